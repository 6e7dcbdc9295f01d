#pragma once
// The floors the keystroke-to-paint figures are read against, measured in the same run on
// the same two Dockerfile texts the wizard alternated between.

#include <QSize>
#include <QString>

#include <array>
#include <vector>

namespace KSyntaxHighlighting {
class Repository;
}

namespace stagecraft::bench {

// Milliseconds per sample for KSyntaxHighlighting alone: the whole text highlighted line by
// line by an AbstractHighlighter that only counts the formats, texts alternating.
std::vector<double> rawHighlighterSamples(KSyntaxHighlighting::Repository &repository, const std::array<QString, 2> &texts,
                                          int samples);

// Milliseconds per sample for a bare QPlainTextEdit with a SyntaxHighlighter, shown in its own
// offscreen window of `size`: setPlainText of the other text, until the editor has painted.
std::vector<double> bareEditorSamples(KSyntaxHighlighting::Repository &repository, const std::array<QString, 2> &texts,
                                      QSize size, int samples);

} // namespace stagecraft::bench
