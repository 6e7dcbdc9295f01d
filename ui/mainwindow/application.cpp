#include "mainwindow/application.h"

#include "catalog/catalog.h"
#include "mainwindow/indicatorstyle.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/translations.h"
#include "preview/codetheme.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QSettings>
#include <QStyle>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <future>

namespace stagecraft {

namespace {

// STAGECRAFT_QUIT_AFTER_FIRST_PAINT: the wizard quits once its window has painted, and says
// so on stderr. Start-up benchmarks time the process with it, and the launcher's test uses it
// to see that a real window opened.
class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTextStream(stderr) << "stagecraft: first paint\n";
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

// The window's slow one-time work that needs no template: the font database, the
// highlighting theme for this palette and the Dockerfile definition. Done first, it overlaps
// the templates loading on the other core, and the preview finds it all ready.
void prepareHighlighting(const KSyntaxHighlighting::Repository &repository)
{
    (void)QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).height();
    (void)themeForPalette(repository, QApplication::palette());
    (void)repository.definitionForName(QStringLiteral("Dockerfile")).formats();
}

} // namespace

bool migrateLegacySettings()
{
    QSettings current;
    const QFileInfo file(current.fileName());
    // The same file name, in the folder Qt uses when the organisation name is empty.
    const QString legacyPath = QDir::cleanPath(file.absolutePath() + QStringLiteral("/../Unknown Organization/") + file.fileName());
    if (legacyPath == QDir::cleanPath(file.absoluteFilePath()) || !QFileInfo::exists(legacyPath) || !current.allKeys().isEmpty())
        return false;
    const QSettings legacy(legacyPath, current.format());
    const QStringList keys = legacy.allKeys();
    for (const QString &key : keys)
        current.setValue(key, legacy.value(key));
    current.sync();
    if (current.status() != QSettings::NoError)
        return false;
    QFile::remove(legacyPath);
    QDir().rmdir(QFileInfo(legacyPath).absolutePath()); // only when nothing else lives there
    return !keys.isEmpty();
}

int runWizard(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("io.github.stagecraft.stagecraft"));
    // Before anything is built or loaded: the catalog translates the templates as it reads them.
    installTranslations(QLocale());
    migrateLegacySettings();
    QApplication::setStyle(new IndicatorStyle(QApplication::style()->name()));

    const WizardArguments arguments = parseWizardArguments(QApplication::arguments().mid(1));
    if (!arguments.error.isEmpty()) {
        QTextStream(stderr) << "stagecraft: " << arguments.error << '\n';
        return 2;
    }

    // The templates load while KSyntaxHighlighting and the fonts are set up (after the
    // translators are installed: the catalog translates the templates as it reads them).
    std::future<Catalog> loading = std::async(std::launch::async, &Catalog::loadDefault);
    KSyntaxHighlighting::Repository repository;
    prepareHighlighting(repository);
    const Catalog catalog = loading.get();
    MainWindow window(catalog, repository);
    if (qEnvironmentVariableIsSet("STAGECRAFT_QUIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(new QuitAfterFirstPaint(&window));
    window.show();
    if (!arguments.folder.isEmpty())
        window.setProjectFolder(arguments.folder);
    // A broken preset is reported in the window; the wizard still opens with defaults.
    if (!arguments.preset.isEmpty())
        window.loadPresetFile(arguments.preset);
    return QApplication::exec();
}

} // namespace stagecraft
