// MainWindow: the keyboard. Return presses the default button (Next), Ctrl+E exports from
// anywhere, Esc leaves presentation mode, and the first page starts with a visible focus.
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QPushButton>
#include <QStackedWidget>

namespace stagecraft {

namespace {

bool isPlainReturn(const QKeyEvent *key)
{
    Qt::KeyboardModifiers modifiers = key->modifiers();
    modifiers.setFlag(Qt::KeypadModifier, false); // Enter on the keypad
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && modifiers == Qt::NoModifier;
}

} // namespace

// A key press reaches the window only when the widget with the focus did not use it: line
// edits, spin boxes, combo boxes and lists pass Return on, as they do inside a dialog.
void MainWindow::keyPressEvent(QKeyEvent *event)
{
    if (isPlainReturn(event)) {
        // As in a dialog, a focused button is the one Return presses; otherwise Next.
        auto *focused = qobject_cast<QPushButton *>(QApplication::focusWidget());
        QPushButton *target = focused && focused->window() == this && focused->isEnabled() ? focused : m_next;
        if (target->isEnabled() && target->isVisible()) {
            target->click();
            event->accept();
            return;
        }
    }
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && m_presentation) {
        setPresentationMode(false);
        event->accept();
        return;
    }
    QMainWindow::keyPressEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // A text field claims Ctrl+E ("end of line") before shortcuts are looked up; in this
    // window the export shortcut wins, wherever the focus is.
    if (event->type() == QEvent::ShortcutOverride && m_exportAction) {
        auto *widget = qobject_cast<QWidget *>(watched);
        auto *key = static_cast<QKeyEvent *>(event);
        if (widget && widget->window() == this && m_exportAction->isEnabled()
            && m_exportAction->shortcuts().contains(QKeySequence(key->keyCombination()))) {
            event->ignore();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_focusedOnce) {
        m_focusedOnce = true;
        focusFirstControl();
    }
}

// The current page's first control takes the focus, marked as keyboard focus so the style
// draws its focus frame from the start (styles hide it until the keyboard is used).
void MainWindow::focusFirstControl()
{
    QWidget *page = m_steps->currentWidget();
    if (!page)
        return;
    QWidget *first = page->nextInFocusChain();
    while (first && first != page && (!page->isAncestorOf(first) || !first->isVisibleTo(page) || !first->isEnabled()
                                      || !(first->focusPolicy() & Qt::TabFocus)))
        first = first->nextInFocusChain();
    if (first && first != page) {
        setAttribute(Qt::WA_KeyboardFocusChange);
        first->setFocus(Qt::TabFocusReason);
    }
}

} // namespace stagecraft
