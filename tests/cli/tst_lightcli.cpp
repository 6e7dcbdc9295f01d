// The stagecraft program runs every command on the core alone: it links QtCore and no
// widget, display or KSyntaxHighlighting library, which only the wizard module loads,
// and it still opens the wizard when no command is given.
#include "clibinary.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft::testing;

namespace {

// The shared libraries `path` loads, as ldd lists them (the dynamic loader resolves the
// whole tree, so indirect dependencies count too).
QStringList loadedLibraries(const QString &path)
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {path});
    if (!ldd.waitForFinished(20000) || ldd.exitCode() != 0)
        return {};
    QStringList names;
    static const QRegularExpression name(QStringLiteral(R"(^\s*(\S+\.so[^\s]*))"));
    for (const QString &line : QString::fromLocal8Bit(ldd.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = name.match(line);
        if (match.hasMatch())
            names << QFileInfo(match.captured(1)).fileName();
    }
    return names;
}

QStringList matching(const QStringList &libraries, const QString &pattern)
{
    const QRegularExpression expression(pattern);
    QStringList found;
    for (const QString &library : libraries)
        if (expression.match(library).hasMatch())
            found << library;
    return found;
}

const QString heavy = QStringLiteral(R"(^lib(Qt6(Gui|Widgets|Network|DBus|OpenGL|XcbQpa)|KF6|X11|xcb|EGL|GL|gnutls|curl|krb5|ldap))");

} // namespace

class TestLightCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theProgramLinksOnlyTheCore()
    {
        const QStringList libraries = loadedLibraries(stagecraftBinary());
        QVERIFY2(!libraries.isEmpty(), qPrintable(stagecraftBinary()));
        QVERIFY2(!matching(libraries, QStringLiteral("^libQt6Core")).isEmpty(), qPrintable(libraries.join(u' ')));
        QCOMPARE(matching(libraries, heavy), QStringList());
    }

    void theWizardModuleCarriesTheGui()
    {
        const QString module = QFileInfo(stagecraftBinary()).absolutePath() + QStringLiteral("/stagecraft-wizard.so");
        QVERIFY2(QFileInfo(module).isFile(), qPrintable(module));
        const QStringList libraries = loadedLibraries(module);
        QVERIFY2(!matching(libraries, QStringLiteral("^libQt6Widgets")).isEmpty(), qPrintable(libraries.join(u' ')));
        QVERIFY2(!matching(libraries, QStringLiteral("^libKF6SyntaxHighlighting")).isEmpty(), qPrintable(libraries.join(u' ')));
    }

    void commandsRunWithoutTheModule()
    {
        QProcessEnvironment environment = environmentWithoutDisplay();
        environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        const ProcessRun run = runBinary({QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("go")}, environment);
        QVERIFY(run.finished);
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith(QLatin1String("# syntax=docker/dockerfile:1")));
        // The loader names every object it opens: the module is not among them.
        QVERIFY2(!run.err.contains(QLatin1String("stagecraft-wizard.so")), qPrintable(run.err.left(2000)));
    }

    // The handout highlights with KSyntaxHighlighting: the program loads the module for it.
    void theHandoutRunsThroughTheModule()
    {
        QProcessEnvironment environment = environmentWithoutDisplay();
        environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        const ProcessRun run = runBinary({QStringLiteral("handout"), QStringLiteral("--stack"), QStringLiteral("go")}, environment);
        QVERIFY(run.finished);
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(run.out.contains(QLatin1String("golang:")));
        QVERIFY2(run.err.contains(QLatin1String("stagecraft-wizard.so")), qPrintable(run.err.left(2000)));
    }

    void theWizardOpensThroughTheModule()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("STAGECRAFT_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        QTemporaryDir home;
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        const ProcessRun run = runBinary({}, environment, {}, 60000);
        QVERIFY(run.finished);
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.contains(QLatin1String("stagecraft: first paint")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestLightCli)
#include "tst_lightcli.moc"
