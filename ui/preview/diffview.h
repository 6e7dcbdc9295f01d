#pragma once

#include "preview/codeview.h"

namespace stagecraft {

// A unified diff (diff -u), highlighted by the theme, with added and removed lines on a
// green and a red band as well, so they stay apart in any theme and for readers who do
// not tell the two text colours apart.
class DiffView : public CodeView
{
    Q_OBJECT

public:
    explicit DiffView(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);

    void setDiff(const QString &diff);

    enum class LineKind { Context, Added, Removed, Header };
    static LineKind lineKind(const QString &line);
    // The band behind a line of this kind; the view's background for context and headers.
    QColor lineBackground(LineKind kind) const;

protected:
    void decorate() override;
};

} // namespace stagecraft
