#include "mainwindow/translations.h"

#include "catalog/templatetexts.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace stagecraft {

namespace {

bool install(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    // QTranslator::load tries the locale's UI languages in order (de_AT, de, ...).
    if (translator->load(locale, name, QStringLiteral("_"), folder) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

bool installTranslations(const QLocale &locale)
{
    install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!install(locale, QStringLiteral("stagecraft"), QStringLiteral(":/i18n")))
        return false;
    setTemplateTextsTranslated(true);
    return true;
}

} // namespace stagecraft
