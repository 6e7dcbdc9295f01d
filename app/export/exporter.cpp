#include "export/exporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>

namespace stagecraft {

namespace {

constexpr qint64 MaxComparedBytes = 16 * 1024 * 1024;

// The first free name of the form NAME.stagecraft-backup, NAME.stagecraft-backup-2, ...
QString freeBackupPath(const QString &path)
{
    QString candidate = path + QStringLiteral(".stagecraft-backup");
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = path + QStringLiteral(".stagecraft-backup-") + QString::number(n);
    return candidate;
}

} // namespace

Outcome<std::vector<PlannedWrite>> planExport(const std::string &folder, const std::vector<ExportFile> &files)
{
    using Result = Outcome<std::vector<PlannedWrite>>;
    const QDir dir(QString::fromStdString(folder));
    if (!QFileInfo(dir.path()).isDir())
        return Result::failure("the folder " + folder + " does not exist");
    std::vector<PlannedWrite> plan;
    for (const ExportFile &file : files) {
        PlannedWrite entry;
        const QString path = dir.filePath(QString::fromStdString(file.name));
        entry.path = path.toStdString();
        const QFileInfo info(path);
        entry.exists = info.exists();
        if (entry.exists) {
            if (info.isDir())
                return Result::failure(entry.path + " is a folder; remove or rename it first");
            QFile existing(path);
            if (info.size() > MaxComparedBytes || !existing.open(QIODevice::ReadOnly))
                return Result::failure(entry.path + " exists and cannot be read, so it cannot be backed up safely");
            entry.existingContent = existing.readAll().toStdString();
            entry.identical = entry.existingContent == file.content;
            if (!entry.identical)
                entry.backupPath = freeBackupPath(path).toStdString();
        }
        plan.push_back(std::move(entry));
    }
    return Result::success(std::move(plan));
}

Outcome<ExportResult> exportFiles(const std::string &folder, const std::vector<ExportFile> &files, bool overwrite)
{
    using Result = Outcome<ExportResult>;
    Outcome<std::vector<PlannedWrite>> plan = planExport(folder, files);
    if (!plan)
        return Result::failure(plan.error());
    if (!QFileInfo(QString::fromStdString(folder)).isWritable())
        return Result::failure("the folder " + folder + " is not writable");
    for (const PlannedWrite &entry : plan.value()) {
        if (entry.exists && !entry.identical && !overwrite)
            return Result::failure(entry.path + " already exists; nothing was written (overwrite keeps a backup of it)");
    }

    // Stage every new file first: a full disk or a permission problem shows up here,
    // before any backup or any user file has been touched.
    ExportResult result;
    std::vector<std::unique_ptr<QSaveFile>> staged;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const PlannedWrite &entry = plan.value()[i];
        if (entry.identical) {
            result.unchanged.push_back(entry.path);
            staged.push_back(nullptr);
            continue;
        }
        auto file = std::make_unique<QSaveFile>(QString::fromStdString(entry.path));
        const std::string &content = files[i].content;
        if (!file->open(QIODevice::WriteOnly)
            || file->write(content.data(), static_cast<qint64>(content.size())) != static_cast<qint64>(content.size()))
            return Result::failure("cannot write " + entry.path + ": " + file->errorString().toStdString()
                                   + "; nothing was changed");
        staged.push_back(std::move(file));
    }
    for (const PlannedWrite &entry : plan.value()) {
        if (entry.backupPath.empty())
            continue;
        if (!QFile::copy(QString::fromStdString(entry.path), QString::fromStdString(entry.backupPath)))
            return Result::failure("cannot keep a backup of " + entry.path + " at " + entry.backupPath
                                   + "; nothing was overwritten");
        result.backups.push_back(entry.backupPath);
    }
    for (std::size_t i = 0; i < staged.size(); ++i) {
        if (!staged[i])
            continue;
        if (!staged[i]->commit())
            return Result::failure("cannot replace " + plan.value()[i].path + ": " + staged[i]->errorString().toStdString()
                                   + (result.backups.empty() ? std::string() : "; the previous version is kept in the backup"));
        result.written.push_back(plan.value()[i].path);
    }
    return Result::success(std::move(result));
}

} // namespace stagecraft
