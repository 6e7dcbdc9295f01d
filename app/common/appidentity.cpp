#include "common/appidentity.h"
#include "common/version.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QString>

namespace stagecraft {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("stagecraft"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STAGECRAFT_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("stagecraft"));
    // The reverse of the desktop file's id, io.github.stagecraft.stagecraft.
    QCoreApplication::setOrganizationDomain(QStringLiteral("stagecraft.github.io"));
}

std::string userDataFolder()
{
    // GenericDataLocation, not AppDataLocation: the latter adds the organisation name.
    return (QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/stagecraft")).toStdString();
}

} // namespace stagecraft
