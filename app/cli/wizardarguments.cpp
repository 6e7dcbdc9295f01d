#include "cli/wizardarguments.h"

#include "cli/commands.h"

#include <QFileInfo>

namespace stagecraft {

WizardArguments parseWizardArguments(const QStringList &args)
{
    WizardArguments parsed;
    const auto quoted = [](const QString &arg) { return QStringLiteral("'%1'").arg(printableText(arg.toStdString())); };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--preset")) {
            if (i + 1 >= args.size()) {
                parsed.error = QStringLiteral("--preset needs a file");
                return parsed;
            }
            parsed.preset = args.at(++i);
        } else if (arg.startsWith(QLatin1String("--preset="))) {
            parsed.preset = arg.mid(9);
        } else if (arg.startsWith(QLatin1Char('-'))) {
            parsed.error = QStringLiteral("unknown option %1").arg(quoted(arg));
            return parsed;
        } else if (!parsed.folder.isEmpty()) {
            parsed.error = QStringLiteral("only one project folder can be opened, got %1 and %2").arg(quoted(parsed.folder), quoted(arg));
            return parsed;
        } else if (!QFileInfo(arg).isDir()) {
            parsed.error = QStringLiteral("%1 is not a folder").arg(quoted(arg));
            return parsed;
        } else {
            parsed.folder = QFileInfo(arg).absoluteFilePath();
        }
    }
    return parsed;
}

} // namespace stagecraft
