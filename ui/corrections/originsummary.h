#pragma once

#include "core/correctionkind.h"
#include "core/remoteinvoice.h"

#include <QGroupBox>

class QFormLayout;
class QLabel;

namespace einvoice {

// The invoice being corrected, read-only at the top of the correction window: template and
// series, number, date, tax-authority code, buyer and total, and the legal reference line the
// correction will carry (in Vietnamese, as printed).
class OriginSummary : public QGroupBox
{
    Q_OBJECT

public:
    OriginSummary(const InvoiceDetail &origin, QWidget *parent = nullptr);

    // The template is known once the provider account is read; the line follows the kind.
    void setReference(CorrectionKind kind, const QString &templateCode);
    QString referenceLine() const;
    QString fieldText(const QString &objectName) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addField(const char *objectName);
    void retranslateUi();

    InvoiceDetail m_origin;
    QString m_templateCode;
    QFormLayout *m_form;
    QLabel *m_reference;
};

} // namespace einvoice
