#pragma once

#include <QString>

class QPdfDocument;
class QWidget;

namespace einvoice {

// Every dialog and desktop hand-off of the invoices page, behind one seam so GUI tests can answer
// them (KeePassXC-style). The default implementation shows real dialogs.
class InvoicesDialogs
{
public:
    virtual ~InvoicesDialogs() = default;

    // Empty when cancelled.
    virtual QString saveFileName(
        QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter)
        = 0;
    virtual QString existingFolder(QWidget *parent, const QString &title) = 0;
    virtual void openFolder(const QString &folder) = 0;
    // Asks for a printer and prints every page; false when cancelled or failed.
    virtual bool print(QWidget *parent, QPdfDocument *document) = 0;
    virtual void information(QWidget *parent, const QString &title, const QString &text) = 0;
};

class WidgetInvoicesDialogs final : public InvoicesDialogs
{
public:
    QString saveFileName(
        QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter) override;
    QString existingFolder(QWidget *parent, const QString &title) override;
    void openFolder(const QString &folder) override;
    bool print(QWidget *parent, QPdfDocument *document) override;
    void information(QWidget *parent, const QString &title, const QString &text) override;
};

} // namespace einvoice
