#pragma once

#include "corrections/correctionchain.h"

#include <QLabel>

namespace einvoice {

// The correction chain of the invoice in the detail pane: the invoice it corrects and the
// replacements and adjustments of it, each a link (mouse, or Tab and Enter) that shows that
// invoice in the list. Hidden when the invoice has none.
class CorrectionChainView : public QLabel
{
    Q_OBJECT

public:
    explicit CorrectionChainView(QWidget *parent = nullptr);

    void showChain(const CorrectionChain &chain);
    void clearChain();
    const CorrectionChain &chain() const { return m_chain; }

    static QString kindText(CorrectionKind kind);

Q_SIGNALS:
    void invoiceRequested(const QString &referenceCode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    static QString anchor(const CorrectionChain::Link &link);
    static QString dateText(const QDate &date);

    CorrectionChain m_chain;
};

} // namespace einvoice
