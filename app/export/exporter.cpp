#include "export/exporter.h"

#include "common/translated.h"
#include "io/boundedfile.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <climits>
#include <cstring>
#include <memory>
#include <optional>
#include <set>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace stagecraft {

namespace {

constexpr std::size_t MaxComparedBytes = 16 * 1024 * 1024;
constexpr int MaxBackups = 10000;

std::string folderOf(const std::string &path)
{
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? std::string("/") : path.substr(0, slash);
}

std::string nameOf(const std::string &path)
{
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Whether anything has this name, a dangling link included (lstat, unlike QFileInfo::exists).
bool nameTaken(const std::string &path)
{
    struct stat status {};
    return ::lstat(path.c_str(), &status) == 0;
}

std::string backupName(const std::string &path, int n)
{
    return path + ".stagecraft-backup" + (n == 1 ? std::string() : "-" + std::to_string(n));
}

// The first free name of the form NAME.stagecraft-backup, NAME.stagecraft-backup-2, ...
std::string freeBackupPath(const std::string &path)
{
    int n = 1;
    while (n < MaxBackups && nameTaken(backupName(path, n)))
        ++n;
    return backupName(path, n);
}

// The permission bits of an existing regular file, which its replacement keeps.
std::optional<mode_t> regularFileMode(const std::string &path)
{
    struct stat status {};
    if (::lstat(path.c_str(), &status) != 0 || !S_ISREG(status.st_mode))
        return std::nullopt;
    return status.st_mode & 07777;
}

bool writeAll(int fd, const std::string &content)
{
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += std::size_t(n);
    }
    return true;
}

// Creates `path` (never through a link: O_EXCL) holding `content`, on disk; 0 or an errno.
// A partly written file is removed again.
int createFile(const std::string &path, const std::string &content, std::optional<mode_t> mode)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
    if (fd < 0)
        return errno;
    const bool written = (!mode || ::fchmod(fd, *mode) == 0) && writeAll(fd, content) && ::fsync(fd) == 0;
    int error = written ? 0 : errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error != 0)
        ::unlink(path.c_str());
    return error;
}

// New content in a temporary file next to its target; removed again unless renamed over it.
class StagedFile
{
public:
    StagedFile() = default;
    StagedFile(const StagedFile &) = delete;
    StagedFile &operator=(const StagedFile &) = delete;
    ~StagedFile()
    {
        if (!m_path.empty())
            ::unlink(m_path.c_str());
    }

    int stage(const std::string &folder, const std::string &content, std::optional<mode_t> mode)
    {
        for (int attempt = 0; attempt < 100; ++attempt) {
            const std::string candidate = folder + "/.stagecraft-"
                                          + QString::number(QRandomGenerator::global()->generate64(), 36).toStdString() + ".tmp";
            const int error = createFile(candidate, content, mode);
            if (error == EEXIST)
                continue;
            if (error == 0)
                m_path = candidate;
            return error;
        }
        return EEXIST;
    }

    // rename() replaces the target's name, whatever it is; a link's target is left alone.
    int replace(const std::string &target)
    {
        if (::rename(m_path.c_str(), target.c_str()) != 0)
            return errno;
        m_path.clear();
        return 0;
    }

private:
    std::string m_path;
};

// Makes `backup` hold what `entry.path` holds now, without following a link: a second name
// for the same file or link, or, where the filesystem has no hard links, a copy of the link
// or of the content read for the plan. 0 or an errno (EEXIST: the name is taken).
int preserveAs(const PlannedWrite &entry, const std::string &backup)
{
    if (::linkat(AT_FDCWD, entry.path.c_str(), AT_FDCWD, backup.c_str(), 0) == 0)
        return 0;
    if (errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP && errno != EMLINK)
        return errno;
    if (!entry.isLink)
        return createFile(backup, entry.existingContent, regularFileMode(entry.path));
    std::string target(PATH_MAX, '\0');
    const ssize_t length = ::readlink(entry.path.c_str(), target.data(), target.size());
    if (length < 0)
        return errno;
    target.resize(std::size_t(length));
    return ::symlink(target.c_str(), backup.c_str()) == 0 ? 0 : errno;
}

Outcome<std::string> keepBackup(const PlannedWrite &entry)
{
    for (int n = 1; n <= MaxBackups; ++n) {
        const std::string candidate = backupName(entry.path, n);
        const int error = preserveAs(entry, candidate);
        if (error == 0)
            return Outcome<std::string>::success(candidate);
        if (error != EEXIST)
            return Outcome<std::string>::failure(candidate + ": " + std::strerror(error));
    }
    return Outcome<std::string>::failure(coreText("export", "no free backup name"));
}

} // namespace

std::vector<FileWrite> filesInFolder(const std::string &folder, const std::vector<ExportFile> &files)
{
    const QDir dir(QString::fromStdString(folder));
    std::vector<FileWrite> writes;
    for (const ExportFile &file : files)
        writes.push_back({dir.filePath(QString::fromStdString(file.name)).toStdString(), file.content, file.whenDifferent});
    return writes;
}

Outcome<std::vector<PlannedWrite>> planWrites(const std::vector<FileWrite> &files)
{
    using Result = Outcome<std::vector<PlannedWrite>>;
    std::vector<PlannedWrite> plan;
    std::set<std::string> targets;
    for (const FileWrite &file : files) {
        PlannedWrite entry;
        entry.path = file.path;
        const std::string folder = folderOf(file.path);
        const QFileInfo folderInfo(QString::fromStdString(folder));
        if (!folderInfo.isDir())
            return Result::failure(withArgs(coreText("export", "the folder %1 does not exist"), {folder}));
        if (!targets.insert(folderInfo.canonicalFilePath().toStdString() + '/' + nameOf(file.path)).second)
            return Result::failure(withArgs(coreText("export", "%1 would be written more than once"), {file.path}));
        struct stat status {};
        if (::lstat(file.path.c_str(), &status) != 0) {
            if (errno != ENOENT)
                return Result::failure(file.path + ": " + std::strerror(errno));
            plan.push_back(std::move(entry));
            continue;
        }
        entry.exists = true;
        if (S_ISLNK(status.st_mode)) {
            // Never read through: its target may be anywhere, or a pipe or a device.
            entry.isLink = true;
        } else if (S_ISDIR(status.st_mode)) {
            return Result::failure(withArgs(coreText("export", "%1 is a folder; remove or rename it first"), {file.path}));
        } else if (!S_ISREG(status.st_mode)) {
            return Result::failure(
                withArgs(coreText("export", "%1 is not a regular file (a pipe, socket or device); remove or rename it first"), {file.path}));
        } else {
            Outcome<std::string> existing = readBoundedFile(file.path, {.maxBytes = MaxComparedBytes});
            if (!existing)
                return Result::failure(withArgs(coreText("export", "%1; it cannot be backed up safely"), {existing.error()}));
            entry.existingContent = std::move(existing).value();
            entry.identical = entry.existingContent == file.content;
        }
        if (!entry.identical)
            entry.backupPath = freeBackupPath(file.path);
        plan.push_back(std::move(entry));
    }
    return Result::success(std::move(plan));
}

namespace {

// Writes files whose existing differing targets are all to be replaced (with a backup).
Outcome<ExportResult> replaceAll(const std::vector<FileWrite> &files)
{
    using Result = Outcome<ExportResult>;
    Outcome<std::vector<PlannedWrite>> planned = planWrites(files);
    if (!planned)
        return Result::failure(planned.error());
    const std::vector<PlannedWrite> &plan = planned.value();
    for (const PlannedWrite &entry : plan) {
        if (!entry.identical && ::access(folderOf(entry.path).c_str(), W_OK) != 0)
            return Result::failure(withArgs(coreText("export", "the folder %1 is not writable; nothing was written"),
                                            {folderOf(entry.path)}));
    }

    // Every new file is written in full first: a full disk or a permission problem shows up
    // here, before any backup is made or any name replaced.
    ExportResult result;
    std::vector<std::unique_ptr<StagedFile>> staged(files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (plan[i].identical) {
            result.unchanged.push_back(plan[i].path);
            continue;
        }
        staged[i] = std::make_unique<StagedFile>();
        if (const int error = staged[i]->stage(folderOf(plan[i].path), files[i].content, regularFileMode(plan[i].path)); error != 0)
            return Result::failure(withArgs(coreText("export", "cannot write %1: %2; nothing was changed"),
                                            {plan[i].path, std::strerror(error)}));
    }

    std::vector<std::string> backups(files.size());
    const auto dropBackups = [&] {
        for (const std::string &backup : backups) {
            if (!backup.empty())
                ::unlink(backup.c_str());
        }
    };
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!staged[i] || !plan[i].exists)
            continue;
        Outcome<std::string> kept = keepBackup(plan[i]);
        if (!kept) {
            dropBackups();
            return Result::failure(withArgs(coreText("export", "cannot keep a backup of %1 (%2); nothing was changed"),
                                            {plan[i].path, kept.error()}));
        }
        backups[i] = kept.value();
    }

    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!staged[i])
            continue;
        if (const int error = staged[i]->replace(plan[i].path); error != 0) {
            // Put back what was already replaced: the backups are the old files themselves.
            for (std::size_t j = 0; j < i; ++j) {
                if (!staged[j])
                    continue;
                if (backups[j].empty())
                    ::unlink(plan[j].path.c_str());
                else if (::rename(backups[j].c_str(), plan[j].path.c_str()) == 0)
                    backups[j].clear();
            }
            for (std::size_t k = i; k < files.size(); ++k) {
                if (!backups[k].empty())
                    ::unlink(backups[k].c_str());
            }
            return Result::failure(withArgs(coreText("export", "cannot replace %1: %2; nothing was changed"),
                                            {plan[i].path, std::strerror(error)}));
        }
        result.written.push_back(plan[i].path);
        if (!backups[i].empty())
            result.backups.push_back(backups[i]);
    }
    return Result::success(std::move(result));
}

// A single path component: joined to a folder, it names a file directly inside it.
bool isPlainName(const std::string &name)
{
    return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos
           && name.find('\0') == std::string::npos;
}

Outcome<std::vector<FileWrite>> inFolder(const std::string &folder, const std::vector<ExportFile> &files)
{
    if (!QFileInfo(QString::fromStdString(folder)).isDir())
        return Outcome<std::vector<FileWrite>>::failure(withArgs(coreText("export", "the folder %1 does not exist"), {folder}));
    for (const ExportFile &file : files) {
        if (!isPlainName(file.name))
            return Outcome<std::vector<FileWrite>>::failure(withArgs(coreText("export", "'%1' is not a file name inside %2"),
                                                                     {file.name, folder}));
    }
    return Outcome<std::vector<FileWrite>>::success(filesInFolder(folder, files));
}

} // namespace

std::string newVersionPath(const std::string &path)
{
    return path + ".new";
}

Outcome<ExportResult> writeFiles(const std::vector<FileWrite> &files)
{
    using Result = Outcome<ExportResult>;
    Outcome<std::vector<PlannedWrite>> planned = planWrites(files);
    if (!planned)
        return Result::failure(planned.error());
    // Each choice turns into what is actually written; Keep writes nothing for its file.
    std::vector<FileWrite> writes;
    std::vector<std::string> kept;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const PlannedWrite &entry = planned.value()[i];
        if (!entry.exists || entry.identical) {
            writes.push_back(files[i]);
            continue;
        }
        switch (files[i].whenDifferent) {
        case WhenDifferent::Refuse:
            return Result::failure(withArgs(coreText("export", "%1 already exists; nothing was written (overwrite keeps a backup of it)"),
                                            {entry.path}));
        case WhenDifferent::Replace:
            writes.push_back(files[i]);
            break;
        case WhenDifferent::Keep:
            kept.push_back(entry.path);
            break;
        case WhenDifferent::WriteAsNew:
            kept.push_back(entry.path);
            writes.push_back({newVersionPath(entry.path), files[i].content, WhenDifferent::Replace});
            break;
        }
    }
    Outcome<ExportResult> result = replaceAll(writes);
    if (result)
        result.value().kept = std::move(kept);
    return result;
}

Outcome<ExportResult> writeFiles(const std::vector<FileWrite> &files, bool overwrite)
{
    std::vector<FileWrite> chosen = files;
    for (FileWrite &file : chosen)
        file.whenDifferent = overwrite ? WhenDifferent::Replace : WhenDifferent::Refuse;
    return writeFiles(chosen);
}

Outcome<std::vector<PlannedWrite>> planExport(const std::string &folder, const std::vector<ExportFile> &files)
{
    Outcome<std::vector<FileWrite>> writes = inFolder(folder, files);
    if (!writes)
        return Outcome<std::vector<PlannedWrite>>::failure(writes.error());
    return planWrites(writes.value());
}

Outcome<ExportResult> exportFiles(const std::string &folder, const std::vector<ExportFile> &files)
{
    Outcome<std::vector<FileWrite>> writes = inFolder(folder, files);
    if (!writes)
        return Outcome<ExportResult>::failure(writes.error());
    return writeFiles(writes.value());
}

Outcome<ExportResult> exportFiles(const std::string &folder, const std::vector<ExportFile> &files, bool overwrite)
{
    std::vector<ExportFile> chosen = files;
    for (ExportFile &file : chosen)
        file.whenDifferent = overwrite ? WhenDifferent::Replace : WhenDifferent::Refuse;
    return exportFiles(folder, chosen);
}

} // namespace stagecraft
