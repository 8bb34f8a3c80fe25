#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

namespace einvoice {

// Loads the app's embedded translations (:/i18n/sepay-einvoice_<lang>.qm) and Qt's own texts:
// the system's qtbase_<lang>.qm when present, else the embedded :/i18n/qt-dialogs_<lang>.qm
// (Debian ships no Vietnamese one), and installs them on the application.
class Translator : public QObject
{
    Q_OBJECT

public:
    explicit Translator(QObject *parent = nullptr);
    ~Translator() override;

    // The language to use for a setting: "vi" or "en" as chosen; empty follows the system locale
    // (Vietnamese for a Vietnamese locale, English otherwise).
    static QString resolveLanguage(const QString &setting, const QLocale &system = QLocale::system());

    // Installs the translations of language ("vi" or "en"), replacing the previous ones, and makes
    // QLocale's default match. Returns false when the app's translation could not be loaded.
    bool apply(const QString &language);
    QString currentLanguage() const { return m_language; }

private:
    void removeInstalled();

    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    QTranslator *m_qtDialogs = nullptr;
    QString m_language;
};

} // namespace einvoice
