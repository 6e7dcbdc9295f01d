#include "mainwindow/application.h"

#include "catalog/catalog.h"
#include "mainwindow/mainwindow.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>

namespace stagecraft {

int runWizard(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Stagecraft"));
    QApplication::setOrganizationName(QStringLiteral("Stagecraft"));
    QApplication::setApplicationVersion(QStringLiteral(STAGECRAFT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.stagecraft.Stagecraft"));

    KSyntaxHighlighting::Repository repository;
    const Catalog catalog = Catalog::loadDefault();
    MainWindow window(catalog, repository);
    window.show();
    return QApplication::exec();
}

} // namespace stagecraft
