#pragma once

#include <QLabel>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>

namespace stagecraft {

// A word-wrapped label that is as tall as the tallest of the texts it may show. Choosing
// another package manager then changes the words under the list but moves nothing below
// them: no jump on a projector, and no re-layout and repaint of the rest of the page.
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

private:
    void forgetSizes();
    void measure(const std::function<void(const QLabel &)> &withEachText) const;

    QStringList m_possibleTexts;
    mutable QLabel *m_probe = nullptr;
    struct Measured
    {
        QString text;
        int width = -1;
        int height = 0;
    };
    mutable Measured m_own;
    mutable std::map<int, int> m_heightForWidth;
    mutable std::optional<QSize> m_minimumSizeHint;
};

} // namespace stagecraft
