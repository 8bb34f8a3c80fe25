#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace einvoice {

// Legal lists that change with decrees and circulars, loaded from data (:/core/legal-rules.json),
// not scattered as literals (vn-einvoice-domain.md section 0).
class LegalRules
{
public:
    struct Period
    {
        QDate from;
        QDate to;
        QString legalBasis;
    };

    static const LegalRules &current();
    static LegalRules fromJson(const QByteArray &json);

    QString seriesKindLetters() const; // first letter: "CK"
    QString seriesTypeLetters() const; // fourth letter: "TDLMNBGHX"
    QString templateDigits() const; // "123456789"
    QList<Period> vatReductionPeriods() const;
    bool isInVatReductionPeriod(QDate date) const;
    qint64 cashPaymentWarningThreshold() const; // đồng: 5,000,000

private:
    QString m_seriesKindLetters;
    QString m_seriesTypeLetters;
    QString m_templateDigits;
    QList<Period> m_reductionPeriods;
    qint64 m_cashThreshold = 0;
};

} // namespace einvoice
