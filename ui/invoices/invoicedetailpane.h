#pragma once

#include "core/remoteinvoice.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace einvoice {

// The detail of one invoice as GET /v1/invoices/{reference_code} returns it: buyer, lines, totals,
// tax-authority code, provider status and document type in words, with buttons to view its PDF
// and XML.
class InvoiceDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit InvoiceDetailPane(QWidget *parent = nullptr);

    void showLoading(const QString &referenceCode);
    void showDetail(const InvoiceDetail &detail);
    void showError(const QString &message);
    void showEmpty();
    QString referenceCode() const { return m_reference; }
    QString fieldText(const QString &objectName) const;

Q_SIGNALS:
    void viewPdfRequested(const QString &referenceCode);
    void viewXmlRequested(const QString &referenceCode);

private:
    QLabel *addField(const QString &name, const QString &label);
    void fillLines(const QList<RemoteInvoiceLine> &lines);

    QFormLayout *m_form;
    QLabel *m_message;
    QTableWidget *m_lines;
    QPushButton *m_viewPdf;
    QPushButton *m_viewXml;
    QString m_reference;
};

} // namespace einvoice
