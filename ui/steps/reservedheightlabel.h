#pragma once

#include <QLabel>
#include <QStringList>
#include <QTextLayout>

#include <map>
#include <memory>
#include <tuple>
#include <utility>

namespace stagecraft {

// A word-wrapped label that is as tall as the tallest of the texts it may show. Choosing
// another package manager then changes the words under the list but moves nothing below
// them: no jump on a projector, and no re-layout and repaint of the rest of the page.
//
// With no other texts it is a wrapped label that measures each text once per width (QLabel
// lays its text out again on every question a layout asks), and whose preferred height is the
// one for the width it has.
class ReservedHeightLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ReservedHeightLabel(QWidget *parent = nullptr);

    // The texts setText() may be given later; the label keeps room for the largest.
    void setPossibleTexts(const QStringList &texts);

    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Hints
    {
        QSize preferred;
        QSize minimum;
    };
    int heightOf(const QString &text, int width) const;
    Hints hintsOf(const QString &text) const;
    QLabel &probe(const QString &text) const;
    void forgetSizes();
    bool paintShapedText();
    const QTextLayout &shapedText(const QString &text, int width) const;

    QStringList m_possibleTexts;
    // A hidden child, so it has this label's style and font, which measures other texts.
    mutable QLabel *m_probe = nullptr;
    mutable std::map<std::pair<QString, int>, int> m_heights; // by text and width
    mutable std::map<QString, Hints> m_hints; // by text
    // Drawn lines by text, width and horizontal alignment.
    mutable std::map<std::tuple<QString, int, int>, std::unique_ptr<QTextLayout>> m_shaped;
};

} // namespace stagecraft
