#pragma once

#include <string>
#include <vector>

namespace stagecraft {

// A unified diff (diff -u style, 3 lines of context) turning `before` into `after`;
// empty when the texts are equal. The names appear in the ---/+++ header.
std::string unifiedDiff(const std::string &before, const std::string &after,
                        const std::string &beforeName, const std::string &afterName);

// The 0-based line numbers of `after` that are not in `before` (inserted or changed
// lines), so a view can mark what one edit did.
std::vector<int> changedLines(const std::string &before, const std::string &after);

// What one edit did to a text, line by line: the lines of `after` it inserted or changed,
// and the lines of `before` it removed, each placed before the `after` line it preceded
// (after's line count for lines removed at the end), in order.
struct LineChanges
{
    struct Removed
    {
        int beforeAfterLine; // 0-based index into `after` the removed line stood before
        std::string text;
        bool operator==(const Removed &) const = default;
    };
    std::vector<int> added;
    std::vector<Removed> removed;
};
LineChanges lineChanges(const std::string &before, const std::string &after);

// One run of lines that differs: before[beforeStart, beforeStart + beforeCount) became
// after[afterStart, afterStart + afterCount). Either count may be 0 (a pure insertion or removal).
struct LineHunk
{
    int beforeStart = 0;
    int beforeCount = 0;
    int afterStart = 0;
    int afterCount = 0;
    bool operator==(const LineHunk &) const = default;
};
// The runs that turn the lines `before` into `after`, in order; empty when they are equal. A view
// applies only these to what it shows instead of replacing everything.
std::vector<LineHunk> lineHunks(const std::vector<std::string> &before, const std::vector<std::string> &after);

} // namespace stagecraft
