#include "export/textdiff.h"

#include <algorithm>

namespace stagecraft {

namespace {

std::vector<std::string> splitLines(const std::string &text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        if (end == std::string::npos) {
            lines.push_back(text.substr(start));
            break;
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

enum class Op { Keep, Remove, Add };

struct Edit
{
    Op op;
    int beforeLine; // index into before (Keep/Remove)
    int afterLine;  // index into after (Keep/Add)
};

// Longest common subsequence after trimming the common head and tail. Dockerfiles and
// their neighbours are a few hundred lines, so the quadratic table stays small; very
// large middles fall back to "everything changed", which is still a correct diff.
std::vector<Edit> editScript(const std::vector<std::string> &a, const std::vector<std::string> &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    int head = 0;
    while (head < n && head < m && a[head] == b[head])
        ++head;
    int tail = 0;
    while (tail < n - head && tail < m - head && a[n - 1 - tail] == b[m - 1 - tail])
        ++tail;
    const int rows = n - head - tail;
    const int cols = m - head - tail;

    std::vector<Edit> edits;
    for (int i = 0; i < head; ++i)
        edits.push_back({Op::Keep, i, i});

    constexpr long long MaxCells = 16LL * 1024 * 1024;
    if (static_cast<long long>(rows + 1) * (cols + 1) > MaxCells) {
        for (int i = 0; i < rows; ++i)
            edits.push_back({Op::Remove, head + i, -1});
        for (int j = 0; j < cols; ++j)
            edits.push_back({Op::Add, -1, head + j});
    } else {
        // lcs[i][j] = length of the LCS of a[head+i..] and b[head+j..]
        std::vector<int> lcs(std::size_t(rows + 1) * std::size_t(cols + 1), 0);
        const auto at = [cols](int i, int j) { return std::size_t(i) * std::size_t(cols + 1) + std::size_t(j); };
        for (int i = rows - 1; i >= 0; --i) {
            for (int j = cols - 1; j >= 0; --j) {
                lcs[at(i, j)] = a[head + i] == b[head + j] ? lcs[at(i + 1, j + 1)] + 1
                                                           : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < rows || j < cols) {
            if (i < rows && j < cols && a[head + i] == b[head + j]) {
                edits.push_back({Op::Keep, head + i, head + j});
                ++i;
                ++j;
            } else if (i < rows && (j == cols || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
                // Removals first, as diff -u prints them.
                edits.push_back({Op::Remove, head + i, -1});
                ++i;
            } else {
                edits.push_back({Op::Add, -1, head + j});
                ++j;
            }
        }
    }
    for (int k = 0; k < tail; ++k)
        edits.push_back({Op::Keep, n - tail + k, m - tail + k});
    return edits;
}

std::string range(int start, int count)
{
    // diff -u writes an empty range as "N,0" where N is the line before it.
    if (count == 0)
        return std::to_string(start) + ",0";
    if (count == 1)
        return std::to_string(start + 1);
    return std::to_string(start + 1) + ',' + std::to_string(count);
}

} // namespace

std::string unifiedDiff(const std::string &before, const std::string &after,
                        const std::string &beforeName, const std::string &afterName)
{
    if (before == after)
        return {};
    const std::vector<std::string> a = splitLines(before);
    const std::vector<std::string> b = splitLines(after);
    const std::vector<Edit> edits = editScript(a, b);
    constexpr int Context = 3;

    std::string out = "--- " + beforeName + "\n+++ " + afterName + "\n";
    const int count = int(edits.size());
    int k = 0;
    while (k < count) {
        while (k < count && edits[k].op == Op::Keep)
            ++k;
        if (k == count)
            break;
        // A hunk spans changes that are at most 2*Context kept lines apart.
        const int first = std::max(0, k - Context);
        int last = k;
        int scan = k;
        while (scan < count) {
            if (edits[scan].op != Op::Keep) {
                last = scan;
                ++scan;
                continue;
            }
            int run = scan;
            while (run < count && edits[run].op == Op::Keep)
                ++run;
            if (run == count || run - scan > 2 * Context)
                break;
            scan = run;
        }
        const int end = std::min(count, last + 1 + Context);

        int beforeStart = -1;
        int afterStart = -1;
        int beforeCount = 0;
        int afterCount = 0;
        std::string body;
        for (int e = first; e < end; ++e) {
            const Edit &edit = edits[e];
            if (edit.op != Op::Add) {
                if (beforeStart < 0)
                    beforeStart = edit.beforeLine;
                ++beforeCount;
            }
            if (edit.op != Op::Remove) {
                if (afterStart < 0)
                    afterStart = edit.afterLine;
                ++afterCount;
            }
            const char mark = edit.op == Op::Keep ? ' ' : edit.op == Op::Remove ? '-' : '+';
            body += mark;
            body += edit.op == Op::Remove ? a[edit.beforeLine] : b[edit.afterLine];
            body += '\n';
        }
        // A side without lines in this hunk is positioned after the line before it.
        if (beforeStart < 0) {
            beforeStart = 0;
            for (int e = first - 1; e >= 0; --e) {
                if (edits[e].op != Op::Add) {
                    beforeStart = edits[e].beforeLine + 1;
                    break;
                }
            }
        }
        if (afterStart < 0) {
            afterStart = 0;
            for (int e = first - 1; e >= 0; --e) {
                if (edits[e].op != Op::Remove) {
                    afterStart = edits[e].afterLine + 1;
                    break;
                }
            }
        }
        out += "@@ -" + range(beforeStart, beforeCount) + " +" + range(afterStart, afterCount) + " @@\n" + body;
        k = end;
    }
    return out;
}

std::vector<int> changedLines(const std::string &before, const std::string &after)
{
    return lineChanges(before, after).added;
}

LineChanges lineChanges(const std::string &before, const std::string &after)
{
    const std::vector<std::string> a = splitLines(before);
    LineChanges changes;
    int nextAfterLine = 0;
    for (const Edit &edit : editScript(a, splitLines(after))) {
        if (edit.op == Op::Remove) {
            changes.removed.push_back({nextAfterLine, a[std::size_t(edit.beforeLine)]});
            continue;
        }
        if (edit.op == Op::Add)
            changes.added.push_back(edit.afterLine);
        nextAfterLine = edit.afterLine + 1;
    }
    return changes;
}

std::vector<LineHunk> lineHunks(const std::vector<std::string> &before, const std::vector<std::string> &after)
{
    std::vector<LineHunk> hunks;
    int beforeLine = 0;
    int afterLine = 0;
    for (const Edit &edit : editScript(before, after)) {
        if (edit.op == Op::Keep) {
            beforeLine = edit.beforeLine + 1;
            afterLine = edit.afterLine + 1;
            continue;
        }
        const bool extends = !hunks.empty() && hunks.back().beforeStart + hunks.back().beforeCount == beforeLine
                             && hunks.back().afterStart + hunks.back().afterCount == afterLine;
        if (!extends)
            hunks.push_back({beforeLine, 0, afterLine, 0});
        if (edit.op == Op::Remove) {
            ++hunks.back().beforeCount;
            beforeLine = edit.beforeLine + 1;
        } else {
            ++hunks.back().afterCount;
            afterLine = edit.afterLine + 1;
        }
    }
    return hunks;
}

} // namespace stagecraft
