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

} // namespace stagecraft
