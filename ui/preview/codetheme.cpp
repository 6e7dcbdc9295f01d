#include "preview/codetheme.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QCryptographicHash>
#include <QPalette>
#include <QPlainTextEdit>
#include <QSettings>

namespace stagecraft {

void applyCodeTheme(QPlainTextEdit &view, KSyntaxHighlighting::SyntaxHighlighter &highlighter,
                    const KSyntaxHighlighting::Theme &theme)
{
    QPalette pal = view.palette();
    pal.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    pal.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    pal.setColor(QPalette::Highlight, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    view.setPalette(pal);
    highlighter.setTheme(theme);
    highlighter.rehighlight();
}

namespace {

// Every colour of the palette's active group: whatever themeForPalette compares.
QString paletteKey(const QPalette &palette)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (int role = 0; role < QPalette::NColorRoles; ++role) {
        const QRgb rgba = palette.color(QPalette::Active, static_cast<QPalette::ColorRole>(role)).rgba();
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&rgba), sizeof rgba));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace

KSyntaxHighlighting::Theme themeForPalette(const KSyntaxHighlighting::Repository &repository, const QPalette &palette)
{
    QSettings settings;
    const QString setting = QStringLiteral("highlighting/themeForPalette/") + paletteKey(palette);
    const QString remembered = settings.value(setting).toString();
    KSyntaxHighlighting::Theme theme;
    if (!remembered.isEmpty())
        theme = repository.theme(remembered);
    // A theme removed since, or a name that never was one: choose again.
    if (!theme.isValid() || theme.name() != remembered) {
        theme = repository.themeForPalette(palette);
        settings.setValue(setting, theme.name());
    }
    return theme;
}

} // namespace stagecraft
