// std::regex recurses once per character it matches, so a long input overflows the stack.
// The core runs it in exactly one place, searchLine (app/detect/textsearch.cpp), which
// refuses lines longer than maxSearchedLine; this test keeps every other file off it, so a
// new regex on unbounded input fails here instead of crashing on a hostile project.
#include <QDirIterator>
#include <QFile>
#include <QTest>

class TestRegexBounds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTheBoundedSearchRunsStdRegex()
    {
        const QString source = QStringLiteral(STAGECRAFT_SOURCE_DIR);
        const QStringList allowed{QStringLiteral("app/detect/textsearch.cpp")};
        const QStringList calls{QStringLiteral("regex_search"), QStringLiteral("regex_match"),
                                QStringLiteral("regex_replace"), QStringLiteral("regex_iterator"),
                                QStringLiteral("regex_token_iterator")};
        QStringList offenders;
        int filesRead = 0;
        for (const char *folder : {"app", "ui"}) {
            QDirIterator it(source + QLatin1Char('/') + QLatin1String(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                ++filesRead;
                const QString relative = path.mid(source.size() + 1);
                if (allowed.contains(relative))
                    continue;
                for (const QString &call : calls) {
                    if (text.contains(call))
                        offenders << relative + QStringLiteral(": ") + call;
                }
            }
        }
        QVERIFY2(filesRead > 50, "the source tree was not found");
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QStringLiteral("; "))));
    }

    void theBoundedSearchChecksTheLength()
    {
        QFile file(QStringLiteral(STAGECRAFT_SOURCE_DIR "/app/detect/textsearch.cpp"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const qsizetype guard = text.indexOf(QStringLiteral("line.size() > maxSearchedLine"));
        const qsizetype search = text.indexOf(QStringLiteral("std::regex_search"));
        QVERIFY(guard >= 0 && search > guard);
        QCOMPARE(text.count(QStringLiteral("std::regex_search")), 1);
    }
};

QTEST_GUILESS_MAIN(TestRegexBounds)
#include "tst_regexbounds.moc"
