#include "preview/diffview.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QTextBlock>

namespace stagecraft {

namespace {

// The bands are these hues laid thinly over the theme's background, light or dark.
const QColor AddedHue(0x2d, 0xa4, 0x4e);
const QColor RemovedHue(0xcf, 0x22, 0x2e);
constexpr qreal BandStrength = 0.22;

QColor blend(const QColor &background, const QColor &hue, qreal strength)
{
    return QColor::fromRgbF(float(background.redF() * (1 - strength) + hue.redF() * strength),
                            float(background.greenF() * (1 - strength) + hue.greenF() * strength),
                            float(background.blueF() * (1 - strength) + hue.blueF() * strength));
}

} // namespace

DiffView::DiffView(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : CodeView(repository, parent)
{
}

void DiffView::setDiff(const QString &diff)
{
    setCode(diff, repository().definitionForName(QStringLiteral("Diff")));
}

DiffView::LineKind DiffView::lineKind(const QString &line)
{
    if (line.startsWith(QLatin1String("+++")) || line.startsWith(QLatin1String("---")) || line.startsWith(QLatin1String("@@")))
        return LineKind::Header;
    if (line.startsWith(QLatin1Char('+')))
        return LineKind::Added;
    if (line.startsWith(QLatin1Char('-')))
        return LineKind::Removed;
    return LineKind::Context;
}

QColor DiffView::lineBackground(LineKind kind) const
{
    const QColor base = palette().color(QPalette::Base);
    switch (kind) {
    case LineKind::Added:
        return blend(base, AddedHue, BandStrength);
    case LineKind::Removed:
        return blend(base, RemovedHue, BandStrength);
    case LineKind::Context:
    case LineKind::Header:
        break;
    }
    return base;
}

void DiffView::decorate()
{
    QList<QTextEdit::ExtraSelection> bands;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const LineKind kind = lineKind(block.text());
        if (kind != LineKind::Added && kind != LineKind::Removed)
            continue;
        QTextEdit::ExtraSelection band;
        band.cursor = QTextCursor(block);
        band.format.setBackground(lineBackground(kind));
        band.format.setProperty(QTextFormat::FullWidthSelection, true);
        bands << band;
    }
    setExtraSelections(bands);
}

} // namespace stagecraft
