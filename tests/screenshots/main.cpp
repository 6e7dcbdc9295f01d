// Renders every wizard step in a light and a dark palette to DIR/step-N-<name>-<palette>.png,
// plus the side-by-side preview, the Review step after an export, the dialog a second export
// over the first one's files opens, presentation mode as a 1280x720 projector shows it, and
// (light only) every step in a 1024x700 window. The language follows LANG, as in the wizard.
#include "../support/darkpalette.h"
#include "catalog/catalog.h"
#include "chart/sizechart.h"
#include "mainwindow/indicatorstyle.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/translations.h"
#include "mainwindow/fitchecker.h"
#include "mainwindow/wizardstate.h"
#include "preview/dockerfilepreview.h"
#include "preview/previewpanel.h"
#include "project/projectscanpanel.h"
#include "steps/reviewstep.h"
#include "steps/wizardstep.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QEventLoop>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Screenshots start from defaults and leave the user's own settings alone.
    QTemporaryDir exportRoot;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, exportRoot.filePath(QStringLiteral("settings")));
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: stagecraft-screenshots DIR\n";
        return 2;
    }
    // In the user's language, as the wizard starts (LANG=de_DE.UTF-8 renders the German UI).
    stagecraft::installTranslations(QLocale());
    // Fusion, as the wizard wraps it (a readable radio button ring on a dark palette).
    QApplication::setStyle(new stagecraft::IndicatorStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    KSyntaxHighlighting::Repository repository;
    const stagecraft::Catalog catalog = stagecraft::Catalog::loadDefault();
    const QPalette light = QApplication::style()->standardPalette();
    int written = 0;
    for (const auto &[paletteName, palette] : {std::pair{QStringLiteral("light"), light}, std::pair{QStringLiteral("dark"), stagecraft::testing::darkPalette()}}) {
        QApplication::setPalette(palette);
        stagecraft::MainWindow window(catalog, repository);
        window.prompts().showError = [&err](QWidget *, const QString &, const QString &message) { err << message << '\n'; };
        window.prompts().confirmExportAnyway = [](QWidget *, const QString &, const QStringList &) { return true; };
        window.resize(1280, 800);
        window.show();
        const auto save = [&](const QString &name) {
            QApplication::processEvents();
            const QString path = dir.filePath(QStringLiteral("%1-%2.png").arg(name, paletteName));
            if (!window.grab().save(path)) {
                err << "cannot write " << path << '\n';
                return false;
            }
            err << "wrote " << path << '\n';
            ++written;
            return true;
        };
        // The build check runs on a worker after each change; give it its moment.
        const auto waitForCheck = [&window] {
            for (int wait = 0; wait < 200 && (!window.state().fit() || window.fitChecker()->isChecking()); ++wait) {
                QEventLoop settle;
                QTimer::singleShot(50, &settle, &QEventLoop::quit);
                settle.exec();
            }
        };
        auto *steps = window.findChild<QStackedWidget *>(QStringLiteral("steps"));
        for (int i = 0; i < window.stepCount(); ++i) {
            window.setCurrentStep(i);
            auto *step = qobject_cast<stagecraft::WizardStep *>(steps->widget(i));
            const QString slug = step->title().toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
            if (i == window.stepCount() - 1) {
                // The Review step as it looks after an export, with the commands to try.
                // A copy of a real project, scanned, applied and checked, as a user gets there.
                const QString folder = exportRoot.filePath(paletteName + QStringLiteral("/shop"));
                const QString project = QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/projects/node-nestjs");
                for (const QString &sub : {QString(), QStringLiteral("/src")}) {
                    QDir().mkpath(folder + sub);
                    for (const QString &name : QDir(project + sub).entryList(QDir::Files | QDir::Hidden))
                        QFile::copy(project + sub + QLatin1Char('/') + name, folder + sub + QLatin1Char('/') + name);
                }
                QEventLoop scanned;
                QObject::connect(window.projectScanPanel(), &stagecraft::ProjectScanPanel::scanFinished, &scanned, &QEventLoop::quit);
                QTimer::singleShot(30000, &scanned, &QEventLoop::quit);
                window.setProjectFolder(folder);
                if (window.projectScanPanel()->isScanning())
                    scanned.exec();
                window.state().applyScan();
                waitForCheck();
                auto *review = qobject_cast<stagecraft::ReviewStep *>(step);
                QEventLoop loop;
                QObject::connect(review, &stagecraft::ReviewStep::exportFinished, &loop, &QEventLoop::quit);
                QTimer::singleShot(0, review, &stagecraft::ReviewStep::startExport);
                loop.exec();
            }
            if (!save(QStringLiteral("step-%1-%2").arg(i + 1).arg(slug)))
                return 1;
        }
        {
            // Export again after two more choices: the real dialog shows what would change in
            // the Dockerfile the first export wrote, and is answered with "Keep mine".
            auto *review = window.findChild<stagecraft::ReviewStep *>();
            const stagecraft::Config first = window.config();
            stagecraft::Config changed = first;
            changed.cacheMounts = !changed.cacheMounts;
            changed.port = first.port + 1;
            window.setConfig(changed);
            waitForCheck();
            bool shot = false;
            QTimer poll;
            QObject::connect(&poll, &QTimer::timeout, [&] {
                auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                if (!dialog || dialog->objectName() != QStringLiteral("overwriteDialog") || !dialog->isVisible())
                    return;
                QApplication::processEvents();
                const QString path = dir.filePath(QStringLiteral("overwrite-dialog-%1.png").arg(paletteName));
                shot = dialog->grab().save(path);
                err << (shot ? "wrote " : "cannot write ") << path << '\n';
                written += shot ? 1 : 0;
                if (auto *keep = dialog->findChild<QPushButton *>(QStringLiteral("overwriteKeep")))
                    keep->click();
                else
                    dialog->reject();
            });
            poll.start(20);
            QEventLoop loop;
            QObject::connect(review, &stagecraft::ReviewStep::exportFinished, &loop, &QEventLoop::quit);
            QTimer::singleShot(0, review, &stagecraft::ReviewStep::startExport);
            loop.exec();
            poll.stop();
            window.setConfig(first);
            if (!shot)
                return 1;
        }
        window.setCurrentStep(2);
        window.previewPanel()->setView(stagecraft::PreviewPanel::View::SideBySide);
        if (!save(QStringLiteral("preview-side-by-side")))
            return 1;
        window.previewPanel()->setView(stagecraft::PreviewPanel::View::MultiStage);

        // Teaching: what turning non-root off removed, as ghost lines, with an instruction
        // explained and the build stage linked to its layers in the chart.
        {
            const stagecraft::Config before = window.config();
            window.setCurrentStep(3);
            window.previewPanel()->setShowRemoved(true);
            stagecraft::Config rootConfig = before;
            rootConfig.nonRoot = false;
            window.setConfig(rootConfig);
            const QStringList lines = window.previewPanel()->multiStagePreview()->dockerfile().split(QLatin1Char('\n'));
            int run = 0;
            for (int i = 1; i < lines.size() && !run; ++i) {
                if (lines.at(i - 1).startsWith(QLatin1String("RUN ")) && lines.at(i - 1).endsWith(QLatin1Char('\\')))
                    run = i;
            }
            window.previewPanel()->explainLine(false, run);
            window.previewPanel()->highlightStage(false, 1);
            window.sizeChart()->setHighlightedStage(stagecraft::SizeChart::Bar::MultiStage, 1);
            if (!save(QStringLiteral("preview-what-changed")))
                return 1;
            window.previewPanel()->highlightStage(false, -1);
            window.sizeChart()->setHighlightedStage(stagecraft::SizeChart::Bar::MultiStage, -1);
            window.previewPanel()->setShowRemoved(false);
            window.setConfig(before);

            // Input: a port out of range stays as typed, marked at its field; the preview and
            // the chart keep the last valid result, out of date; Review lists the problems.
            window.setCurrentStep(5);
            window.state().setFieldInput({stagecraft::ConfigField::Port, {}}, "0");
            window.state().setFieldInput({stagecraft::ConfigField::Uid, {}}, "1000");
            if (!save(QStringLiteral("input-invalid-port")))
                return 1;
            window.setCurrentStep(window.stepCount() - 1);
            if (!save(QStringLiteral("review-problems")))
                return 1;
            window.state().replaceConfig(before);
        }

        // The Project step after scanning a real-looking project: findings with evidence.
        QEventLoop scanned;
        QObject::connect(window.projectScanPanel(), &stagecraft::ProjectScanPanel::scanFinished, &scanned, &QEventLoop::quit);
        QTimer::singleShot(30000, &scanned, &QEventLoop::quit);
        window.setProjectFolder(QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/projects/nextjs-standalone"));
        if (window.projectScanPanel()->isScanning())
            scanned.exec();
        window.state().applyScan();
        window.setCurrentStep(0);
        waitForCheck();
        if (!save(QStringLiteral("step-1-project-scanned")))
            return 1;

        // Presentation mode on a 1280x720 projector: full screen there, so a frameless
        // 1280x720 window shows exactly what the room sees.
        window.setCurrentStep(2);
        window.setPresentationMode(true);
        window.setWindowState(Qt::WindowNoState);
        window.resize(1280, 720);
        if (!save(QStringLiteral("presentation-1280x720")))
            return 1;
        window.setPresentationMode(false);

        if (paletteName == QStringLiteral("light")) {
            window.resize(1024, 700);
            for (int i = 0; i < window.stepCount(); ++i) {
                window.setCurrentStep(i);
                auto *step = qobject_cast<stagecraft::WizardStep *>(steps->widget(i));
                const QString slug = step->title().toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
                if (!save(QStringLiteral("narrow-1024x700-step-%1-%2").arg(i + 1).arg(slug)))
                    return 1;
            }
        }
    }
    return written > 0 ? 0 : 1;
}
