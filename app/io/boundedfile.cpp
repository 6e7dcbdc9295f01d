#include "io/boundedfile.h"

#include "common/translated.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace stagecraft {

namespace {

using Result = Outcome<std::string>;

std::string tooLarge(const std::string &path, std::size_t maxBytes)
{
    // The path stays in front of the text, outside it: callers replace or strip "path: ".
    return path + ": " + withArgs(coreText("files", "larger than %1 KiB"), {std::to_string(maxBytes / 1024)});
}

Result readResource(const std::string &path, std::size_t maxBytes)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(path + ": " + coreText("files", "cannot open"));
    const QByteArray bytes = file.read(qint64(maxBytes) + 1);
    if (std::size_t(bytes.size()) > maxBytes)
        return Result::failure(tooLarge(path, maxBytes));
    return Result::success(bytes.toStdString());
}

class Descriptor
{
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor() { if (m_fd >= 0) ::close(m_fd); }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

Result readBoundedFile(const std::string &path, ReadLimits limits)
{
    if (path.rfind(":/", 0) == 0)
        return readResource(path, limits.maxBytes);
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    Descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0) {
        if (errno == ENOENT && limits.missingIsSilent)
            return Result::failure({});
        return Result::failure(path + ": " + (errno == ENOENT ? coreText("files", "no such file") : std::string(std::strerror(errno))));
    }
    struct stat status {};
    if (::fstat(fd.get(), &status) != 0)
        return Result::failure(path + ": " + std::strerror(errno));
    if (S_ISDIR(status.st_mode))
        return Result::failure(path + ": " + coreText("files", "is a folder, not a file"));
    if (!S_ISREG(status.st_mode))
        return Result::failure(path + ": " + coreText("files", "not a regular file (a pipe, socket or device is never read)"));
    // Regular files never block; clear the flag so reads behave normally.
    ::fcntl(fd.get(), F_SETFL, ::fcntl(fd.get(), F_GETFL) & ~O_NONBLOCK);

    std::string text;
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Result::failure(path + ": " + std::strerror(errno));
        }
        if (n == 0)
            break;
        if (text.size() + std::size_t(n) > limits.maxBytes)
            return Result::failure(tooLarge(path, limits.maxBytes));
        text.append(buffer, std::size_t(n));
    }
    return Result::success(std::move(text));
}

bool isPlainRegularFile(const std::string &path)
{
    struct stat status {};
    return ::lstat(path.c_str(), &status) == 0 && S_ISREG(status.st_mode);
}

} // namespace stagecraft
