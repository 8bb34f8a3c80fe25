#include "translator.h"

#include "i18nlog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

namespace einvoice {

Translator::Translator(QObject *parent) : QObject(parent) { }

Translator::~Translator()
{
    removeInstalled();
}

QString Translator::resolveLanguage(const QString &setting, const QLocale &system)
{
    if (setting == QLatin1String("vi") || setting == QLatin1String("en"))
        return setting;
    return system.language() == QLocale::Vietnamese ? QStringLiteral("vi") : QStringLiteral("en");
}

void Translator::removeInstalled()
{
    for (QTranslator *translator : {m_app, m_qt, m_qtDialogs}) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    m_app = nullptr;
    m_qt = nullptr;
    m_qtDialogs = nullptr;
}

bool Translator::apply(const QString &language)
{
    removeInstalled();
    m_language = language;
    QLocale::setDefault(QLocale(language == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
        language == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedStates));

    // Qt's own texts (standard buttons, file and print dialogs, context menus): the project's
    // translation of those Qt shows, installed first so that Qt's, when the system has one, wins.
    m_qtDialogs = new QTranslator(this);
    if (m_qtDialogs->load(QLatin1String(":/i18n/qt-dialogs_") + language))
        QCoreApplication::installTranslator(m_qtDialogs);

    m_qt = new QTranslator(this);
    if (m_qt->load(QLatin1String("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);

    m_app = new QTranslator(this);
    const bool loaded = m_app->load(QLatin1String(":/i18n/sepay-einvoice_") + language);
    if (loaded)
        QCoreApplication::installTranslator(m_app);
    else
        qCWarning(lcI18n) << "no embedded translation for" << language;
    return loaded;
}

} // namespace einvoice
