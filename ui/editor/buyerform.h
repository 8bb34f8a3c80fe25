#pragma once

#include "core/invoice.h"
#include "store/catalogueentry.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace einvoice {

class CatalogueRepository;
class FieldErrors;

// The buyer block: personal or company; name, legal name, tax code (checked live by the page's
// validator), address, email, phone, buyer code, national ID. Name and tax code complete from
// the customer catalogue; picking a customer fills the whole block.
class BuyerForm : public QWidget
{
    Q_OBJECT

public:
    BuyerForm(FieldErrors &errors, QWidget *parent = nullptr);

    void setCatalogue(CatalogueRepository *catalogue, const QString &environment);
    void apply(const Buyer &buyer);
    Buyer buyer() const;
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineEdit *addLine(const char *objectName, const QString &path, FieldErrors &errors);
    void retranslateUi();
    void attachCompleter(QLineEdit *edit);
    void fillFromCustomer(int index);

    QComboBox *m_type;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_legalName = nullptr;
    QLineEdit *m_taxCode = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_buyerCode = nullptr;
    QLineEdit *m_nationalId = nullptr;
    CatalogueRepository *m_catalogue = nullptr;
    QString m_environment;
    QList<Customer> m_hits;
};

} // namespace einvoice
