// The reference for start-up to first paint (issue #13): the least a window showing a
// highlighted Dockerfile takes, QApplication, a KSyntaxHighlighting Repository and a
// QPlainTextEdit with a SyntaxHighlighter, shown at the wizard's size. It has the wizard's
// STAGECRAFT_QUIT_AFTER_FIRST_PAINT hook: quit once the window has painted.
//
//   stagecraft-bench-reference-window [DOCKERFILE]
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QPlainTextEdit>
#include <QTextStream>
#include <QTimer>

namespace {

class QuitAfterFirstPaint : public QObject
{
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTextStream(stderr) << "stagecraft-bench-reference-window: first paint\n";
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    KSyntaxHighlighting::Repository repository;
    QPlainTextEdit editor;
    editor.setReadOnly(true);
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(editor.document());
    highlighter->setDefinition(repository.definitionForName(QStringLiteral("Dockerfile")));
    highlighter->setTheme(repository.themeForPalette(editor.palette()));
    if (argc > 1) {
        QFile file(QString::fromLocal8Bit(argv[1]));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        editor.setPlainText(QString::fromUtf8(file.readAll()));
    }
    QuitAfterFirstPaint quit;
    if (qEnvironmentVariableIsSet("STAGECRAFT_QUIT_AFTER_FIRST_PAINT"))
        editor.installEventFilter(&quit);
    editor.resize(1280, 800);
    editor.show();
    return QApplication::exec();
}
