#pragma once

#include "catalog/catalog.h"
#include "config/config.h"
#include "dockerfile/document.h"

#include <QMainWindow>

class QComboBox;
class QLabel;

namespace KSyntaxHighlighting {
class Repository;
}

namespace stagecraft {

class DockerfilePreview;

// The main window: the choices on the left, the live Dockerfile on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const Catalog &catalog, KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);

    const Config &config() const { return m_config; }
    void setConfig(const Config &config);
    DockerfilePreview *preview() const { return m_preview; }

private:
    void regenerate();
    void showExplanationForCursor();

    const Catalog &m_catalog;
    Config m_config;
    Document m_document;
    RenderedDockerfile m_rendered;
    QComboBox *m_stack;
    DockerfilePreview *m_preview;
    QLabel *m_explanation;
};

} // namespace stagecraft
