// Version texts as projects write them, reduced to what a template chooses between.
#include "detect/versions.h"

#include <QTest>

using namespace stagecraft;

class TestDetectVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reduce_data();
    void reduce();
};

void TestDetectVersions::reduce_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::addRow("nvmrc v-prefix") << "node" << "v20.11.1" << "20";
    QTest::addRow("engines range") << "node" << ">=18 <21" << "18";
    QTest::addRow("caret") << "node" << "^20.0.0" << "20";
    QTest::addRow("x-range") << "node" << "20.x" << "20";
    QTest::addRow("lts codename") << "node" << "lts/iron" << "20";
    QTest::addRow("lts codename upper") << "node" << "lts/Hydrogen" << "18";
    QTest::addRow("lts star") << "node" << "lts/*" << "";
    QTest::addRow("node empty") << "node" << "" << "";
    QTest::addRow("go patch") << "majorminor" << "1.22.3" << "1.22";
    QTest::addRow("go toolchain") << "majorminor" << "go1.23.1" << "1.23";
    QTest::addRow("requires-python range") << "majorminor" << ">=3.11,<4" << "3.11";
    QTest::addRow("compatible release") << "majorminor" << "~=3.12.0" << "3.12";
    QTest::addRow("runtime.txt") << "majorminor" << "python-3.12.1" << "3.12";
    QTest::addRow("poetry caret") << "majorminor" << "^3.11" << "3.11";
    QTest::addRow("major only") << "majorminor" << "3" << "3";
    QTest::addRow("no digits") << "majorminor" << "stable" << "";
    QTest::addRow("java plain") << "java" << "21" << "21";
    QTest::addRow("java 1.8") << "java" << "1.8" << "8";
    QTest::addRow("gradle enum") << "java" << "VERSION_17" << "17";
    QTest::addRow("gradle enum 1_8") << "java" << "JavaVersion.VERSION_1_8" << "8";
    QTest::addRow("asdf temurin") << "java" << "temurin-21.0.2+13" << "21";
    QTest::addRow("net8") << "dotnet" << "net8.0" << "8.0";
    QTest::addRow("netcoreapp") << "dotnet" << "netcoreapp3.1" << "3.1";
    QTest::addRow("net platform") << "dotnet" << "net8.0-windows" << "8.0";
    QTest::addRow("net framework") << "dotnet" << "net48" << "";
    QTest::addRow("netstandard") << "dotnet" << "netstandard2.0" << "";
}

void TestDetectVersions::reduce()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const std::string input = text.toStdString();
    std::string actual;
    if (kind == QStringLiteral("node"))
        actual = reduceNodeVersion(input);
    else if (kind == QStringLiteral("majorminor"))
        actual = reduceMajorMinor(input);
    else if (kind == QStringLiteral("java"))
        actual = reduceJavaVersion(input);
    else
        actual = reduceDotnetVersion(input);
    QCOMPARE(QString::fromStdString(actual), expected);
}

QTEST_GUILESS_MAIN(TestDetectVersions)
#include "tst_detectversions.moc"
