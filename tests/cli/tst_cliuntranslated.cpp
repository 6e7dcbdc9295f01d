// The command line is never translated: whatever LANG says, every command prints the same
// bytes and exits with the same code, its --json above all, which scripts parse. Only the
// wizard installs translators (ui/mainwindow/translations.h).
#include "clibinary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft::testing;

class TestCliUntranslated : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameOutputInGerman_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString fixtures = QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/detect/");
        QTest::newRow("options --json") << QStringList{QStringLiteral("options"), QStringLiteral("--json")};
        QTest::newRow("estimate") << QStringList{QStringLiteral("estimate"), QStringLiteral("--stack"), QStringLiteral("node")};
        QTest::newRow("estimate --json") << QStringList{QStringLiteral("estimate"), QStringLiteral("--stack"), QStringLiteral("node"),
                                                        QStringLiteral("--json")};
        QTest::newRow("generate with a problem") << QStringList{QStringLiteral("generate"), QStringLiteral("--stack"),
                                                                QStringLiteral("node"), QStringLiteral("--port"), QStringLiteral("0")};
        QTest::newRow("generate --comments") << QStringList{QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("go"),
                                                            QStringLiteral("--comments")};
        QTest::newRow("detect --json") << QStringList{QStringLiteral("detect"), fixtures + QStringLiteral("go-loopback"),
                                                      QStringLiteral("--json")};
        QTest::newRow("check --json") << QStringList{QStringLiteral("check"), fixtures + QStringLiteral("go-loopback"),
                                                     QStringLiteral("--json")};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    }

    void sameOutputInGerman()
    {
        QFETCH(QStringList, args);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const auto inLanguage = [&](const QString &lang) {
            QProcessEnvironment environment = hermeticEnvironment(environmentWithoutDisplay(), root.path());
            environment.insert(QStringLiteral("LANG"), lang);
            environment.insert(QStringLiteral("LANGUAGE"), lang.left(2));
            environment.remove(QStringLiteral("LC_ALL"));
            environment.remove(QStringLiteral("LC_MESSAGES"));
            return runBinary(args, environment);
        };
        const ProcessRun english = inLanguage(QStringLiteral("C.UTF-8"));
        const ProcessRun german = inLanguage(QStringLiteral("de_DE.UTF-8"));
        QVERIFY(english.finished && german.finished);
        QVERIFY(!english.out.isEmpty() || !english.err.isEmpty());
        QCOMPARE(german.code, english.code);
        QCOMPARE(german.out, english.out);
        QCOMPARE(german.err, english.err);
    }
};

QTEST_MAIN(TestCliUntranslated)
#include "tst_cliuntranslated.moc"
