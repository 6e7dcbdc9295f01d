#pragma once

#include <string>
#include <vector>

namespace KSyntaxHighlighting {
class Repository;
}

namespace stagecraft {

// Dockerfile text highlighted by KSyntaxHighlighting (its Dockerfile definition and its
// "Printing" theme, made for paper), as one HTML fragment per line: the text escaped, each
// formatted range a span with inline colours, so the page needs no style sheet for it.
std::vector<std::string> highlightedDockerfileLines(const std::string &text, KSyntaxHighlighting::Repository &repository);

// The colours the fragments assume: the theme's normal text and its background (#rrggbb).
struct CodeColours
{
    std::string text;
    std::string background;
};
CodeColours codeColours(KSyntaxHighlighting::Repository &repository);

} // namespace stagecraft
