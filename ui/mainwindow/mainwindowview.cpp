// MainWindow: the View and Help menus, the one zoom, presentation mode.
#include "mainwindow/mainwindow.h"

#include "chart/sizechart.h"
#include "common/version.h"
#include "preview/previewpanel.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace stagecraft {

namespace {

// Every font grows by this much in presentation mode: the system's 9-10 pt becomes about
// 15 pt, readable on a 1280x720 projector from the back of a room.
constexpr qreal PresentationScale = 1.6;

QString readmeMarkdown()
{
    QFile file(QStringLiteral(":/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    // The screenshots are files next to the README, not part of the program.
    text.remove(QRegularExpression(QStringLiteral("^!\\[[^\\n]*\\n"), QRegularExpression::MultilineOption));
    return text;
}

} // namespace

void MainWindow::createViewMenu(KSyntaxHighlighting::Repository &repository)
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));

    m_viewActions = new QActionGroup(this);
    const auto addView = [&](const QString &text, const char *name, PreviewPanel::View which, Qt::Key key) {
        QAction *action = view->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        action->setCheckable(true);
        action->setData(int(which));
        action->setShortcut(QKeySequence(Qt::CTRL | key));
        m_viewActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, which] { m_previewPanel->setView(which); });
    };
    addView(tr("&Multi-stage"), "viewMultiStageAction", PreviewPanel::View::MultiStage, Qt::Key_1);
    addView(tr("&Single-stage"), "viewSingleStageAction", PreviewPanel::View::SingleStage, Qt::Key_2);
    addView(tr("Side &by side"), "viewSideBySideAction", PreviewPanel::View::SideBySide, Qt::Key_3);
    const auto checkView = [this](PreviewPanel::View which) {
        for (QAction *action : m_viewActions->actions())
            action->setChecked(action->data().toInt() == int(which));
    };
    checkView(m_previewPanel->view());
    connect(m_previewPanel, &PreviewPanel::viewChanged, this, checkView);

    QMenu *themes = view->addMenu(tr("&Theme"));
    themes->setObjectName(QStringLiteral("themeMenu"));
    m_themeActions = new QActionGroup(this);
    const auto addTheme = [&](const QString &text, const QString &name) {
        QAction *action = themes->addAction(text);
        action->setCheckable(true);
        action->setData(name);
        m_themeActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { m_previewPanel->setThemeName(name); });
    };
    addTheme(tr("Follow the system palette"), QString());
    themes->addSeparator();
    for (const KSyntaxHighlighting::Theme &theme : repository.themes())
        addTheme(theme.translatedName(), theme.name());
    const auto checkTheme = [this](const QString &name) {
        for (QAction *action : m_themeActions->actions())
            action->setChecked(action->data().toString() == name);
    };
    checkTheme(m_previewPanel->themeName());
    connect(m_previewPanel, &PreviewPanel::themeNameChanged, this, checkTheme);

    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Zoom &in"));
    zoomIn->setObjectName(QStringLiteral("zoomInAction"));
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(zoomIn, &QAction::triggered, this, [this] { setZoom(m_zoom + 1); });
    QAction *zoomOut = view->addAction(tr("Zoom &out"));
    zoomOut->setObjectName(QStringLiteral("zoomOutAction"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, this, [this] { setZoom(m_zoom - 1); });
    QAction *zoomReset = view->addAction(tr("&Reset zoom"));
    zoomReset->setObjectName(QStringLiteral("zoomResetAction"));
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoomReset, &QAction::triggered, this, [this] { setZoom(0); });

    view->addSeparator();
    m_presentationAction = view->addAction(tr("&Presentation mode"));
    m_presentationAction->setObjectName(QStringLiteral("presentationAction"));
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *readme = help->addAction(tr("&Read me"));
    readme->setObjectName(QStringLiteral("readmeAction"));
    readme->setShortcut(QKeySequence::HelpContents);
    connect(readme, &QAction::triggered, this, [this] {
        auto *dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("readmeDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Stagecraft: read me"));
        auto *layout = new QVBoxLayout(dialog);
        auto *browser = new QTextBrowser;
        browser->setObjectName(QStringLiteral("readmeText"));
        browser->setOpenExternalLinks(true);
        browser->setMarkdown(readmeMarkdown());
        layout->addWidget(browser);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        layout->addWidget(buttons);
        dialog->resize(820, 640);
        dialog->show();
    });
    QAction *about = help->addAction(tr("&About Stagecraft"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Stagecraft"), aboutText(), QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("aboutDialog"));
        box->setIconPixmap(windowIcon().pixmap(64, 64));
        box->setTextFormat(Qt::RichText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

QString MainWindow::aboutText() const
{
    // The span of dates of the size figures: each figure describes one published build.
    QString oldest;
    QString newest;
    for (const ImageSizes &image : m_imageSizes.images()) {
        for (const SizeFigure *figure : {&image.disk, &image.compressed}) {
            const QString date = QString::fromStdString(figure->asOf);
            if (date.isEmpty())
                continue;
            if (oldest.isEmpty() || date < oldest)
                oldest = date;
            if (newest.isEmpty() || date > newest)
                newest = date;
        }
    }
    QString text = tr("<h3>Stagecraft %1</h3>"
                      "<p>Teaches and writes production-grade multi-stage Dockerfiles.</p>"
                      "<p>Licence: Apache-2.0.</p>")
                       .arg(QStringLiteral(STAGECRAFT_VERSION));
    if (!newest.isEmpty()) {
        text += tr("<p>Image sizes: %1 base images, figures published between %2 and %3.</p>")
                    .arg(m_imageSizes.images().size())
                    .arg(oldest.toHtmlEscaped(), newest.toHtmlEscaped());
    }
    return text;
}

void MainWindow::setZoom(int steps)
{
    m_zoom = std::clamp(steps, MinZoom, MaxZoom);
    applyFonts();
}

void MainWindow::applyFonts()
{
    const qreal scale = (1.0 + 0.1 * m_zoom) * (m_presentation ? PresentationScale : 1.0);
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    else
        font.setPixelSize(std::max(6, int(std::lround(font.pixelSize() * scale))));
    centralWidget()->setFont(font);
    // The code keeps its fixed-width family; its size follows the same scale.
    const qreal fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont).pointSizeF();
    m_previewPanel->setZoom(fixed > 0 ? int(std::lround(fixed * scale - fixed)) : m_zoom);
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    {
        const QSignalBlocker blocker(m_presentationAction);
        m_presentationAction->setChecked(on);
    }
    if (on) {
        m_stateBeforePresentation = windowState();
        m_sizesBeforePresentation = m_splitter->sizes();
    }
    m_stepPane->setVisible(!on);
    applyFonts();
    if (on) {
        showFullScreen();
    } else {
        setWindowState(m_stateBeforePresentation);
        if (!m_sizesBeforePresentation.isEmpty())
            m_splitter->setSizes(m_sizesBeforePresentation);
    }
}

} // namespace stagecraft
