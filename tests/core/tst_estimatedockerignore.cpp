#include "estimate/dockerignore.h"

#include <QStandardPaths>
#include <QTest>

using namespace stagecraft;

// Docker's .dockerignore rules, against the examples in Docker's documentation
// (build/concepts/context, "dockerignore files") and the edge cases of its matcher.
class TestEstimateDockerIgnore : public QObject
{
    Q_OBJECT

private:
    static DockerIgnore parsed(const char *text)
    {
        auto ignore = DockerIgnore::parse(text);
        if (!ignore)
            qFatal("unexpected parse failure: %s", ignore.error().c_str());
        return ignore.value();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void matches_data()
    {
        QTest::addColumn<QString>("ignore");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("excluded");

        // The documentation's first example file.
        const QString docs = QStringLiteral("# comment\n*/temp*\n*/*/temp*\ntemp?\n");
        QTest::addRow("docs: */temp* one level down") << docs << QStringLiteral("somedir/temporary.txt") << true;
        QTest::addRow("docs: */temp* folder") << docs << QStringLiteral("somedir/temp/file.txt") << true;
        QTest::addRow("docs: */temp* not at the root") << docs << QStringLiteral("temporary.txt") << false;
        QTest::addRow("docs: */*/temp* two levels") << docs << QStringLiteral("a/b/temporary.txt") << true;
        QTest::addRow("docs: */*/temp* not three") << docs << QStringLiteral("a/b/c/temporary.txt") << false;
        QTest::addRow("docs: temp? one character") << docs << QStringLiteral("tempa") << true;
        QTest::addRow("docs: temp? not two") << docs << QStringLiteral("tempab") << false;
        QTest::addRow("docs: comment line is no pattern") << docs << QStringLiteral("# comment") << false;

        // The documentation's README examples: the last matching line wins.
        const QString readme = QStringLiteral("*.md\n!README*.md\nREADME-secret.md\n");
        QTest::addRow("docs: *.md") << readme << QStringLiteral("CHANGES.md") << true;
        QTest::addRow("docs: !README*.md") << readme << QStringLiteral("README.md") << false;
        QTest::addRow("docs: README-secret.md last") << readme << QStringLiteral("README-secret.md") << true;
        QTest::addRow("docs: *.md only at the root") << readme << QStringLiteral("docs/guide.md") << false;
        const QString reordered = QStringLiteral("*.md\nREADME-secret.md\n!README*.md\n");
        QTest::addRow("docs: re-include after") << reordered << QStringLiteral("README-secret.md") << false;
        QTest::addRow("docs: **/*.go") << QStringLiteral("**/*.go") << QStringLiteral("a/b/main.go") << true;
        QTest::addRow("docs: **/*.go at root") << QStringLiteral("**/*.go") << QStringLiteral("main.go") << true;

        // Negation after a folder exclude.
        const QString keep = QStringLiteral("node_modules\n!node_modules/keep.js\n");
        QTest::addRow("folder excluded") << keep << QStringLiteral("node_modules/other.js") << true;
        QTest::addRow("file re-included") << keep << QStringLiteral("node_modules/keep.js") << false;
        QTest::addRow("folder and below") << QStringLiteral("build\n") << QStringLiteral("build/a/b/c.o") << true;
        const QString backOut = QStringLiteral("logs\n!logs/keep\nlogs/keep/secret\n");
        QTest::addRow("re-excluded inside re-include") << backOut << QStringLiteral("logs/keep/secret/x") << true;
        QTest::addRow("re-include keeps siblings") << backOut << QStringLiteral("logs/keep/ok") << false;

        // ** forms.
        QTest::addRow("**/ matches at the root") << QStringLiteral("**/.git") << QStringLiteral(".git/HEAD") << true;
        QTest::addRow("**/ matches deep") << QStringLiteral("**/.git") << QStringLiteral("a/b/.git/HEAD") << true;
        QTest::addRow("**/ needs the whole name") << QStringLiteral("**/.git") << QStringLiteral("a/x.git") << false;
        QTest::addRow("a/**/b zero folders") << QStringLiteral("a/**/b") << QStringLiteral("a/b") << true;
        QTest::addRow("a/**/b many folders") << QStringLiteral("a/**/b") << QStringLiteral("a/x/y/b") << true;
        QTest::addRow("trailing ** everything below") << QStringLiteral("docs/**") << QStringLiteral("docs/a/b") << true;
        QTest::addRow("** alone") << QStringLiteral("**") << QStringLiteral("anything/at/all") << true;
        // Docker's suffix shortcut: `**foo` is a plain suffix test, so it matches "barfoo".
        QTest::addRow("**foo quirk") << QStringLiteral("**foo") << QStringLiteral("barfoo") << true;

        // Slashes.
        QTest::addRow("trailing slash ignored") << QStringLiteral("dist/") << QStringLiteral("dist") << true;
        QTest::addRow("trailing slash, file inside") << QStringLiteral("dist/") << QStringLiteral("dist/a.js") << true;
        QTest::addRow("leading slash ignored") << QStringLiteral("/dist") << QStringLiteral("dist/a.js") << true;
        QTest::addRow("leading slash is root only") << QStringLiteral("/dist") << QStringLiteral("src/dist") << false;
        QTest::addRow("!/ re-include") << QStringLiteral("dist\n!/dist/keep.js") << QStringLiteral("dist/keep.js") << false;
        QTest::addRow("cleaned ./ and //") << QStringLiteral("./a//b/../c") << QStringLiteral("a/c") << true;

        // Wildcards never cross a slash.
        QTest::addRow("* stops at /") << QStringLiteral("src*") << QStringLiteral("src/x") << true; // via parent "src"
        QTest::addRow("* within a name") << QStringLiteral("a*b") << QStringLiteral("a/b") << false;
        QTest::addRow("? stops at /") << QStringLiteral("a?b") << QStringLiteral("a/b") << false;
        QTest::addRow("class range") << QStringLiteral("[a-c].txt") << QStringLiteral("b.txt") << true;
        QTest::addRow("class range miss") << QStringLiteral("[a-c].txt") << QStringLiteral("d.txt") << false;
        QTest::addRow("negated class") << QStringLiteral("[^a].txt") << QStringLiteral("b.txt") << true;
        QTest::addRow("dot is literal") << QStringLiteral("a.txt") << QStringLiteral("abtxt") << false;

        // Escapes and comments.
        QTest::addRow("escaped star is literal") << QStringLiteral("\\*.txt") << QStringLiteral("*.txt") << true;
        QTest::addRow("escaped star not a wildcard") << QStringLiteral("\\*.txt") << QStringLiteral("a.txt") << false;
        QTest::addRow("escaped brackets") << QStringLiteral("file\\[1\\].txt") << QStringLiteral("file[1].txt") << true;
        QTest::addRow("escaped question mark") << QStringLiteral("what\\?") << QStringLiteral("whatx") << false;
        QTest::addRow("escaped hash is a pattern") << QStringLiteral("\\#notes") << QStringLiteral("#notes") << true;
        QTest::addRow("indented hash is a pattern") << QStringLiteral("  #notes") << QStringLiteral("#notes") << true;
        QTest::addRow("hash in column one is a comment") << QStringLiteral("#notes") << QStringLiteral("#notes") << false;
        QTest::addRow("CRLF line endings") << QStringLiteral("a.txt\r\nb.txt\r\n") << QStringLiteral("b.txt") << true;
        QTest::addRow("byte order mark") << QStringLiteral("\uFEFFsecret") << QStringLiteral("secret") << true;
        QTest::addRow("spaces trimmed") << QStringLiteral("   dist   ") << QStringLiteral("dist/x") << true;
        QTest::addRow("empty file") << QString() << QStringLiteral("anything") << false;

        // Walks match an entry's name from its folder's state; these cross that boundary.
        QTest::addRow("**/ then a name, many levels") << QStringLiteral("a/**/c/*.js") << QStringLiteral("a/b/c/d/c/x.js") << true;
        QTest::addRow("**/ twice, zero folders each") << QStringLiteral("**/b/**/x") << QStringLiteral("b/x") << true;
        QTest::addRow("* never spans a folder") << QStringLiteral("a*/x") << QStringLiteral("ab/c/x") << false;
        const QString wildKeep = QStringLiteral("node_modules\n!node_modules/**/package.json\n");
        QTest::addRow("wildcard re-include inside an excluded folder")
            << wildKeep << QStringLiteral("node_modules/a/package.json") << false;
        QTest::addRow("the rest of that folder stays out") << wildKeep << QStringLiteral("node_modules/a/index.js") << true;
        QTest::addRow("*, then !*.go: a folder's files stay out")
            << QStringLiteral("*\n!*.go") << QStringLiteral("dir/a.go") << true;
        QTest::addRow("*, then !*.go: a root file comes back") << QStringLiteral("*\n!*.go") << QStringLiteral("a.go") << false;
        QTest::addRow("trailing slash on a re-include")
            << QStringLiteral("dist\n!dist/keep/") << QStringLiteral("dist/keep/a") << false;
        QTest::addRow("? is one character, not one byte") << QStringLiteral("caf?") << QStringLiteral("caf\u00e9") << true;
        QTest::addRow("?? is two characters") << QStringLiteral("caf??") << QStringLiteral("caf\u00e9") << false;
        QTest::addRow("class of a non-ASCII character") << QStringLiteral("[\u00e9\u00e8]t\u00e9")
                                                        << QStringLiteral("\u00e8t\u00e9") << true;
        QTest::addRow("range of non-ASCII characters") << QStringLiteral("[\u03b1-\u03c9]") << QStringLiteral("\u03b2") << true;
        QTest::addRow("escaped non-ASCII character") << QStringLiteral("\\\u00e9") << QStringLiteral("\u00e9") << true;
        QTest::addRow("escaped escape") << QStringLiteral("a\\\\b") << QStringLiteral("a\\b") << true;
        QTest::addRow("escaped slash is a slash") << QStringLiteral("a\\/b") << QStringLiteral("a/b") << true;
        QTest::addRow("a negated class matches / too (Docker copies classes into its regex)") << QStringLiteral("a[^x]b") << QStringLiteral("a/b") << true;
    }

    void matches()
    {
        QFETCH(QString, ignore);
        QFETCH(QString, path);
        QFETCH(bool, excluded);
        const DockerIgnore parsedIgnore = parsed(ignore.toUtf8().constData());
        QCOMPARE(parsedIgnore.excludes(path.toStdString()), excluded);
    }

    // Names are bytes: one that is not UTF-8 reads as one U+FFFD per byte, as Go reads it.
    void invalidUtf8()
    {
        QVERIFY(parsed("a?\n").excludes("a\xff"));
        QVERIFY(!parsed("a??\n").excludes("a\xff"));
        QVERIFY(parsed("a??\n").excludes("a\xc3\x28")); // a lead byte, then '('
        QVERIFY(!parsed("a\xff\n").excludes("a\xfe")); // a pattern without wildcards compares bytes
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("ignore");
        QTest::addColumn<QString>("error");
        QTest::addRow("unclosed class") << QStringLiteral("ok\n[abc") << QStringLiteral("line 2: malformed pattern '[abc'");
        QTest::addRow("empty class") << QStringLiteral("[]a]") << QStringLiteral("line 1: malformed pattern '[]a]'");
        QTest::addRow("open range") << QStringLiteral("[a-]") << QStringLiteral("line 1: malformed pattern '[a-]'");
        QTest::addRow("dangling escape") << QStringLiteral("foo\\") << QStringLiteral("line 1: malformed pattern 'foo\\'");
        QTest::addRow("bare !") << QStringLiteral("# x\n!") << QStringLiteral("line 2: a '!' needs a pattern after it");
    }

    void malformed()
    {
        QFETCH(QString, ignore);
        QFETCH(QString, error);
        auto result = DockerIgnore::parse(ignore.toStdString());
        QVERIFY(!result.ok());
        QCOMPARE(QString::fromStdString(result.error()), error);
    }

    void patternsAreCleaned()
    {
        const DockerIgnore ignore = parsed("# c\n/dist/\n! /keep//me/.\n\n**/x\n");
        QCOMPARE(ignore.patterns().size(), size_t(3));
        QCOMPARE(QString::fromStdString(ignore.patterns()[0].text), QStringLiteral("dist"));
        QCOMPARE(ignore.patterns()[0].line, 2);
        QCOMPARE(QString::fromStdString(ignore.patterns()[1].text), QStringLiteral("keep/me"));
        QVERIFY(ignore.patterns()[1].exclusion);
        QCOMPARE(ignore.patterns()[2].line, 5);
    }

    // BuildKit skips an excluded folder unless a plain re-include names something in it;
    // any wildcard re-include makes it look everywhere.
    void walksInto()
    {
        QVERIFY(!parsed("node_modules\n").walksInto("node_modules"));
        QVERIFY(parsed("node_modules\n!node_modules/keep.js\n").walksInto("node_modules"));
        QVERIFY(!parsed("node_modules\n!src/keep.js\n").walksInto("node_modules"));
        QVERIFY(parsed("node_modules\n!**/keep.js\n").walksInto("node_modules"));
        QVERIFY(parsed("a\n!a/b/c\n").walksInto("a/b"));
        QVERIFY(!parsed("a\n!a/bc\n").walksInto("a/b"));
    }

    void cleanPath_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::addRow("empty") << QString() << QStringLiteral(".");
        QTest::addRow("dots and doubles") << QStringLiteral("a//b/./c/..") << QStringLiteral("a/b");
        QTest::addRow("leading ..") << QStringLiteral("../a") << QStringLiteral("../a");
        QTest::addRow("rooted ..") << QStringLiteral("/../a") << QStringLiteral("/a");
        QTest::addRow("all gone") << QStringLiteral("a/..") << QStringLiteral(".");
        QTest::addRow("trailing slash") << QStringLiteral("dist/") << QStringLiteral("dist");
        QTest::addRow("root") << QStringLiteral("/") << QStringLiteral("/");
        QTest::addRow("stacked ..") << QStringLiteral("a/b/../../../c") << QStringLiteral("../c");
    }

    void cleanPath()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(QString::fromStdString(stagecraft::cleanPath(in.toStdString())), out);
    }
};

QTEST_GUILESS_MAIN(TestEstimateDockerIgnore)
#include "tst_estimatedockerignore.moc"
