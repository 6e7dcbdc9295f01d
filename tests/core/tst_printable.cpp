// printable: untrusted text is shown on one line with its control characters escaped.
#include "common/printable.h"

#include <QTest>

using namespace stagecraft;

class TestPrintable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("plain ascii") << QByteArray("node dist/index.js") << QByteArray("node dist/index.js");
        QTest::addRow("newline forges no line") << QByteArray("a\nRUN x") << QByteArray("a\\nRUN x");
        QTest::addRow("cr and tab") << QByteArray("a\rb\tc") << QByteArray("a\\rb\\tc");
        QTest::addRow("terminal escape") << QByteArray("\x1b[2Jgone") << QByteArray("\\x1b[2Jgone");
        QTest::addRow("nul and del") << QByteArray("a\0b\x7f", 4) << QByteArray("a\\x00b\\x7f");
        QTest::addRow("utf-8 kept") << QByteArray("caf\xc3\xa9 \xe2\x9c\x93") << QByteArray("caf\xc3\xa9 \xe2\x9c\x93");
        QTest::addRow("c1 control escaped") << QByteArray("\xc2\x9b" "31m") << QByteArray("\\xc2\\x9b31m");
        QTest::addRow("invalid utf-8 escaped") << QByteArray("\xff\xc3") << QByteArray("\\xff\\xc3");
        QTest::addRow("overlong escaped") << QByteArray("\xe0\x80\xaf") << QByteArray("\\xe0\\x80\\xaf");
    }

    void escapes()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(QByteArray::fromStdString(printable(input.toStdString())), expected);
    }

    // isPrintable answers "would printable() change it?" without the copy, on the same rows.
    void isPrintableAgreesWithPrintable_data() { escapes_data(); }
    void isPrintableAgreesWithPrintable()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(isPrintable(input.toStdString()), input == expected);
    }
};

QTEST_GUILESS_MAIN(TestPrintable)
#include "tst_printable.moc"
