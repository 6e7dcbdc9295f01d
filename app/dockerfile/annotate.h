#pragma once

#include "dockerfile/document.h"

#include <cstddef>
#include <string>
#include <vector>

namespace stagecraft {

// Where explanations wrap, "# " included: about where docker init wraps its comments.
inline constexpr std::size_t CommentWidth = 100;

// Untrusted text (template explanations) as Dockerfile comment lines, each "# " and at most
// `width` columns, wrapped at spaces. Every control character and every line or paragraph
// separator (LF, CR, VT, FF, NEL, U+2028, U+2029, ...) becomes a space, so no part of the
// text can leave its comment; a line never ends in a backslash. A word longer than the
// width keeps a line of its own. Empty text gives no lines.
std::vector<std::string> commentLines(const std::string &text, std::size_t width = CommentWidth);

// A Dockerfile with each line's explanation written as a comment above it.
struct AnnotatedDockerfile
{
    std::string text;
    std::vector<int> lineOf; // for each line of render(document).text (0-based): its line in `text`
};

// The annotated export, as docker init writes it: render(document) with each instruction's
// explanation (a stage's for its FROM line) as comments above its first line, a blank line
// between commented instructions. Parser directives keep the first lines, and a fixed
// comment or the blank line after them comes before any explanation, so no explanation
// can be read as a directive (syntax, check, escape). Every line of the rendering stays,
// in order and unchanged; only comment and blank lines are added.
AnnotatedDockerfile annotate(const Document &document);

// The Dockerfile text an export writes: annotate(document) when `comments`, else render(document).
std::string dockerfileText(const Document &document, bool comments);

} // namespace stagecraft
