#include "mainwindow/mainwindow.h"

#include "generate/generator.h"
#include "preview/dockerfilepreview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace stagecraft {

MainWindow::MainWindow(const Catalog &catalog, KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_stack(new QComboBox)
    , m_preview(new DockerfilePreview(repository))
    , m_explanation(new QLabel)
{
    setWindowTitle(tr("Stagecraft"));
    m_stack->setObjectName(QStringLiteral("stack"));
    m_stack->setAccessibleName(tr("Stack"));
    for (const StackDefinition &stack : m_catalog.stacks())
        m_stack->addItem(QString::fromStdString(stack.name), QString::fromStdString(stack.id));

    auto *choices = new QWidget;
    auto *form = new QFormLayout(choices);
    form->addRow(tr("&Stack:"), m_stack);

    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addWidget(m_explanation);

    auto *splitter = new QSplitter;
    splitter->addWidget(choices);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    resize(1280, 800);

    connect(m_stack, &QComboBox::currentIndexChanged, this, [this] {
        const StackDefinition *stack = m_catalog.find(m_stack->currentData().toString().toStdString());
        if (stack)
            setConfig(switchStack(m_config, *stack));
    });
    connect(m_preview, &QPlainTextEdit::cursorPositionChanged, this, &MainWindow::showExplanationForCursor);

    if (!m_catalog.stacks().empty())
        setConfig(defaultConfig(m_catalog.stacks().front()));
}

void MainWindow::setConfig(const Config &config)
{
    m_config = config;
    const int index = m_stack->findData(QString::fromStdString(config.stack));
    if (index >= 0 && index != m_stack->currentIndex()) {
        const QSignalBlocker blocker(m_stack);
        m_stack->setCurrentIndex(index);
    }
    regenerate();
}

void MainWindow::regenerate()
{
    Outcome<Generated> generated = generate(m_catalog, m_config);
    if (!generated) {
        m_explanation->setText(QString::fromStdString(generated.error()));
        return;
    }
    m_document = generated->multiStage;
    m_rendered = stagecraft::render(m_document);
    m_preview->setDockerfile(QString::fromStdString(m_rendered.text));
    showExplanationForCursor();
}

void MainWindow::showExplanationForCursor()
{
    const int line = m_preview->textCursor().blockNumber();
    m_explanation->setText(QString::fromStdString(explanationForLine(m_document, m_rendered, line)));
}

} // namespace stagecraft
