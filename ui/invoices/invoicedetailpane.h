#pragma once

#include "core/remoteinvoice.h"

#include <QWidget>

#include <optional>

class QAction;
class QBoxLayout;
class QFormLayout;
class QLabel;
class QPushButton;
class QToolButton;
class QTableWidget;

namespace einvoice {

class TranslatedLabel;

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
    // The detail shown; nullopt while loading, after an error or with none selected.
    const std::optional<InvoiceDetail> &detail() const { return m_detail; }
    // A part about the invoice shown (the correction chain), under the fields.
    void addSection(QWidget *section);
    // Further actions on the invoice shown (the corrections'), behind a narrow "⋯" button beside
    // View PDF and View XML: the pane is too narrow for more buttons.
    void addActionMenu(const QList<QAction *> &actions);
    QString fieldText(const QString &objectName) const;

Q_SIGNALS:
    void viewPdfRequested(const QString &referenceCode);
    void viewXmlRequested(const QString &referenceCode);
    void detailChanged(); // detail() changed

protected:
    void changeEvent(QEvent *event) override;

private:
    void addField(const QString &name);
    void fillLines(const QList<RemoteInvoiceLine> &lines);
    void retranslateUi();

    QFormLayout *m_form;
    TranslatedLabel *m_message;
    QTableWidget *m_lines;
    QPushButton *m_viewPdf;
    QPushButton *m_viewXml;
    QBoxLayout *m_buttons;
    QToolButton *m_more = nullptr;
    QString m_reference;
    std::optional<InvoiceDetail> m_detail; // shown, and shown again in another language
};

} // namespace einvoice
