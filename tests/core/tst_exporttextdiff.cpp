// unifiedDiff and changedLines: the diff the wizard shows before overwriting a file,
// and the lines the preview marks after an edit.
#include "export/textdiff.h"

#include <QTest>

using namespace stagecraft;

class TestExportTextDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalTextsHaveNoDiff()
    {
        QCOMPARE(unifiedDiff("a\nb\n", "a\nb\n", "old", "new"), std::string());
        QVERIFY(changedLines("a\nb\n", "a\nb\n").empty());
    }

    void diffs_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::addRow("one line changed in the middle")
            << QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n")
            << QStringLiteral("1\n2\n3\n4\nFIVE\n6\n7\n8\n9\n")
            << QStringLiteral("--- a\n+++ b\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+FIVE\n 6\n 7\n 8\n");
        QTest::addRow("line added at the end")
            << QStringLiteral("1\n2\n")
            << QStringLiteral("1\n2\n3\n")
            << QStringLiteral("--- a\n+++ b\n@@ -1,2 +1,3 @@\n 1\n 2\n+3\n");
        QTest::addRow("new file")
            << QString()
            << QStringLiteral("x\ny\n")
            << QStringLiteral("--- a\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n");
        QTest::addRow("far apart changes make two hunks")
            << QStringLiteral("a\n1\n2\n3\n4\n5\n6\n7\n8\nb\n")
            << QStringLiteral("A\n1\n2\n3\n4\n5\n6\n7\n8\nB\n")
            << QStringLiteral("--- a\n+++ b\n@@ -1,4 +1,4 @@\n-a\n+A\n 1\n 2\n 3\n@@ -7,4 +7,4 @@\n 6\n 7\n 8\n-b\n+B\n");
        QTest::addRow("close changes share a hunk")
            << QStringLiteral("a\n1\n2\nb\n")
            << QStringLiteral("A\n1\n2\nB\n")
            << QStringLiteral("--- a\n+++ b\n@@ -1,4 +1,4 @@\n-a\n+A\n 1\n 2\n-b\n+B\n");
        QTest::addRow("removed lines")
            << QStringLiteral("keep\ndrop1\ndrop2\nkeep2\n")
            << QStringLiteral("keep\nkeep2\n")
            << QStringLiteral("--- a\n+++ b\n@@ -1,4 +1,2 @@\n keep\n-drop1\n-drop2\n keep2\n");
    }

    void diffs()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(stagecraft::unifiedDiff(before.toStdString(), after.toStdString(), "a", "b")), expected);
    }

    void changedLinesAreTheInsertedOnes()
    {
        const std::vector<int> lines = changedLines("FROM a\nRUN x\nCMD y\n", "FROM a\nRUN x\nUSER 1\nCMD z\n");
        QCOMPARE(lines, (std::vector<int>{2, 3}));
    }

    void removalsMarkNothing()
    {
        QVERIFY(changedLines("a\nb\nc\n", "a\nc\n").empty());
    }

    // Removed lines keep their place: the line of the new text they stood before.
    void removedLinesKeepTheirPlace()
    {
        const LineChanges changes = lineChanges("FROM a\nUSER 1\nRUN x\nCMD y\n", "FROM a\nRUN x\nCMD z\n");
        QCOMPARE(changes.added, (std::vector<int>{2}));
        QCOMPARE(changes.removed.size(), std::size_t(2));
        QCOMPARE(changes.removed[0], (LineChanges::Removed{1, "USER 1"}));
        QCOMPARE(changes.removed[1], (LineChanges::Removed{2, "CMD y"}));
        const LineChanges atEnd = lineChanges("a\nb\nc\n", "a\n");
        QCOMPARE(atEnd.removed.size(), std::size_t(2));
        QCOMPARE(atEnd.removed[0], (LineChanges::Removed{1, "b"}));
        QCOMPARE(atEnd.removed[1], (LineChanges::Removed{1, "c"}));
        QVERIFY(lineChanges("a\n", "a\n").removed.empty());
    }

    // A view applies only the hunks: each run of differing lines, with where it sits in both.
    void hunksAreTheRunsThatDiffer()
    {
        using Lines = std::vector<std::string>;
        QVERIFY(lineHunks({"a", "b"}, {"a", "b"}).empty());
        QCOMPARE(lineHunks({"a", "b", "c"}, {"a", "x", "c"}), (std::vector<LineHunk>{{1, 1, 1, 1}}));
        QCOMPARE(lineHunks({"a", "c"}, {"a", "b", "c"}), (std::vector<LineHunk>{{1, 0, 1, 1}}));
        QCOMPARE(lineHunks({"a", "b", "c"}, {"a"}), (std::vector<LineHunk>{{1, 2, 1, 0}}));
        QCOMPARE(lineHunks({"p", "a", "q", "b", "r"}, {"p", "A", "q", "B", "B2", "r"}),
                 (std::vector<LineHunk>{{1, 1, 1, 1}, {3, 1, 3, 2}}));
        QCOMPARE(lineHunks(Lines{}, {"a"}), (std::vector<LineHunk>{{0, 0, 0, 1}}));
    }

    // Applying the hunks from the last to the first turns before into after, whatever the texts.
    void hunksRebuildTheNewLines()
    {
        const std::vector<std::vector<std::string>> texts = {
            {}, {"a"}, {"a", "b", "c"}, {"c", "b", "a"}, {"a", "a", "b", "b"}, {"x", "a", "y", "b", "z"}, {"b"}, {"", "", "a"}};
        for (const auto &before : texts) {
            for (const auto &after : texts) {
                std::vector<std::string> lines = before;
                const std::vector<LineHunk> hunks = lineHunks(before, after);
                for (auto hunk = hunks.rbegin(); hunk != hunks.rend(); ++hunk) {
                    lines.erase(lines.begin() + hunk->beforeStart, lines.begin() + hunk->beforeStart + hunk->beforeCount);
                    lines.insert(lines.begin() + hunk->beforeStart, after.begin() + hunk->afterStart,
                                 after.begin() + hunk->afterStart + hunk->afterCount);
                }
                QCOMPARE(lines, after);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestExportTextDiff)
#include "tst_exporttextdiff.moc"
