#pragma once

#include "store/catalogueentry.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QTabWidget;
class QTableWidget;
class QTableWidgetItem;

namespace einvoice {

class CatalogueRepository;
class Questions;

// A small manager for the local catalogue: customers and products of one environment, edited in
// place (each change is saved at once), added and removed, imported from a file (CSV or Excel, with
// a preview) and exported to Excel.
class CatalogueManagerDialog : public QDialog
{
    Q_OBJECT

public:
    CatalogueManagerDialog(
        CatalogueRepository *catalogue, const QString &environment, QWidget *parent = nullptr);

    QTableWidget *customersTable() const { return m_customersTable; }
    QTableWidget *productsTable() const { return m_productsTable; }
    // Where "Import…" and "Export to Excel…" ask for the file; the file dialogs when none is set.
    void setQuestions(Questions *questions) { m_questions = questions; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    void reload();
    void onCustomerEdited(QTableWidgetItem *item);
    void onProductEdited(QTableWidgetItem *item);
    void addCustomer();
    void addProduct();
    void removeSelected(QTableWidget *table);
    void exportExcel();
    void importFile();

    CatalogueRepository *m_catalogue;
    QString m_environment;
    QTableWidget *m_customersTable;
    QTableWidget *m_productsTable;
    QTabWidget *m_tabs;
    QPushButton *m_exportExcel = nullptr;
    QPushButton *m_import = nullptr;
    Questions *m_questions = nullptr;
    QList<Customer> m_customers;
    QList<Product> m_products;
};

} // namespace einvoice
