#include "cataloguemanagerdialog.h"

#include "catalogueimportdialog.h"
#include "editor/catalogueexporttable.h"
#include "editor/numberinput.h"
#include "i18n/uinumbers.h"
#include "store/cataloguerepository.h"
#include "ui/common/dialogbuttons.h"
#include "ui/common/excelexport.h"
#include "ui/common/questions.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace einvoice {

namespace {

enum CustomerColumn { CustomerName, CustomerTaxCode, CustomerAddress, CustomerEmail, CustomerColumns };
enum ProductColumn { ProductCode, ProductName, ProductUnit, ProductPrice, ProductColumns };

QTableWidget *makeTable(const char *name, int columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(QLatin1String(name));
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

QWidget *tab(QTableWidget *table, const std::function<void()> &add, const std::function<void()> &remove)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(table);
    auto *buttons = new QHBoxLayout;
    auto *addButton = new QPushButton(page);
    addButton->setObjectName(QStringLiteral("addButton"));
    auto *removeButton = new QPushButton(page);
    removeButton->setObjectName(QStringLiteral("removeButton"));
    QObject::connect(addButton, &QPushButton::clicked, page, add);
    QObject::connect(removeButton, &QPushButton::clicked, page, remove);
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    return page;
}

} // namespace

CatalogueManagerDialog::CatalogueManagerDialog(
    CatalogueRepository *catalogue, const QString &environment, QWidget *parent)
    : QDialog(parent),
      m_catalogue(catalogue),
      m_environment(environment),
      m_customersTable(makeTable("customersTable", CustomerColumns, this)),
      m_productsTable(makeTable("productsTable", ProductColumns, this)),
      m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("catalogueManager"));
    m_tabs->addTab(
        tab(
            m_customersTable, [this] { addCustomer(); }, [this] { removeSelected(m_customersTable); }),
        QString());
    m_tabs->addTab(
        tab(
            m_productsTable, [this] { addProduct(); }, [this] { removeSelected(m_productsTable); }),
        QString());
    auto *buttons = new DialogButtons(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_exportExcel = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_exportExcel->setObjectName(QStringLiteral("exportExcelButton"));
    connect(m_exportExcel, &QPushButton::clicked, this, &CatalogueManagerDialog::exportExcel);
    m_import = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("importFileButton"));
    connect(m_import, &QPushButton::clicked, this, &CatalogueManagerDialog::importFile);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    connect(m_customersTable, &QTableWidget::itemChanged, this, &CatalogueManagerDialog::onCustomerEdited);
    connect(m_productsTable, &QTableWidget::itemChanged, this, &CatalogueManagerDialog::onProductEdited);
    resize(760, 480);
    retranslateUi();
    reload();
}

void CatalogueManagerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload(); // the prices in the new language's numbers, as they are typed back
    }
    QDialog::changeEvent(event);
}

void CatalogueManagerDialog::retranslateUi()
{
    setWindowTitle(tr("Customers and products"));
    m_customersTable->setHorizontalHeaderLabels({tr("Name"), tr("Tax code"), tr("Address"), tr("Email")});
    m_productsTable->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Unit"), tr("Unit price")});
    m_tabs->setTabText(0, tr("&Customers"));
    m_tabs->setTabText(1, tr("&Products"));
    m_exportExcel->setText(ExcelExport::actionText());
    m_import->setText(tr("&Import from a file…"));
    for (QPushButton *button : findChildren<QPushButton *>(QStringLiteral("addButton")))
        button->setText(tr("&Add"));
    for (QPushButton *button : findChildren<QPushButton *>(QStringLiteral("removeButton")))
        button->setText(tr("&Remove"));
}

void CatalogueManagerDialog::reload()
{
    const auto customers = m_catalogue->customers().list(m_environment);
    const auto products = m_catalogue->products().list(m_environment);
    m_customers = customers.ok() ? customers.value() : QList<Customer>();
    m_products = products.ok() ? products.value() : QList<Product>();
    const QSignalBlocker customerBlocker(m_customersTable);
    const QSignalBlocker productBlocker(m_productsTable);
    m_customersTable->setRowCount(int(m_customers.size()));
    for (int row = 0; row < m_customers.size(); ++row) {
        const Buyer &buyer = m_customers.at(row).buyer;
        const QStringList values {buyer.name, buyer.taxCode, buyer.address, buyer.email};
        for (int column = 0; column < CustomerColumns; ++column)
            m_customersTable->setItem(row, column, new QTableWidgetItem(values.at(column)));
    }
    m_productsTable->setRowCount(int(m_products.size()));
    for (int row = 0; row < m_products.size(); ++row) {
        const Product &product = m_products.at(row);
        const QStringList values {
            product.code, product.name, product.unit, NumberInput::format(product.defaultPrice)};
        for (int column = 0; column < ProductColumns; ++column)
            m_productsTable->setItem(row, column, new QTableWidgetItem(values.at(column)));
    }
}

void CatalogueManagerDialog::onCustomerEdited(QTableWidgetItem *item)
{
    Customer customer = m_customers.value(item->row());
    const QString text = item->text().trimmed();
    QString *fields[]
        = {&customer.buyer.name, &customer.buyer.taxCode, &customer.buyer.address, &customer.buyer.email};
    *fields[item->column()] = text;
    if (customer.buyer.type == BuyerType::Unspecified)
        customer.buyer.type = customer.buyer.taxCode.isEmpty() ? BuyerType::Personal : BuyerType::Company;
    customer.environment = m_environment;
    (void)m_catalogue->customers().save(customer);
    reload();
}

void CatalogueManagerDialog::onProductEdited(QTableWidgetItem *item)
{
    Product product = m_products.value(item->row());
    const QString text = item->text().trimmed();
    switch (item->column()) {
    case ProductCode:
        product.code = text;
        break;
    case ProductName:
        product.name = text;
        break;
    case ProductUnit:
        product.unit = text;
        break;
    case ProductPrice:
        if (text.isEmpty()) {
            product.defaultPrice.reset();
        } else if (const auto price = NumberInput::parse(text, UiNumbers::locale())) {
            product.defaultPrice = price;
        } else {
            // Never guessed, never dropped: the price stays as it was and the user is told.
            reload();
            Questions::orDefault(m_questions)
                .warn(this, tr("Unit price"),
                    tr("Unit price: “%1” is not a number: type digits, grouped and with decimals as in %2.")
                        .arg(text, UiNumbers::money(*Decimal::fromString(u"1234.5"))));
            return;
        }
        break;
    }
    product.environment = m_environment;
    (void)m_catalogue->products().save(product);
    reload();
}

void CatalogueManagerDialog::addCustomer()
{
    Customer customer;
    customer.environment = m_environment;
    customer.buyer.type = BuyerType::Company;
    customer.buyer.name = tr("New customer");
    (void)m_catalogue->customers().save(customer);
    reload();
}

void CatalogueManagerDialog::addProduct()
{
    Product product;
    product.environment = m_environment;
    product.name = tr("New product");
    (void)m_catalogue->products().save(product);
    reload();
}

void CatalogueManagerDialog::removeSelected(QTableWidget *table)
{
    const int row = table->currentRow();
    if (row < 0)
        return;
    if (table == m_customersTable && row < m_customers.size())
        (void)m_catalogue->customers().remove(m_customers.at(row).id);
    else if (table == m_productsTable && row < m_products.size())
        (void)m_catalogue->products().remove(m_products.at(row).id);
    reload();
}

// Both lists, one sheet each.
void CatalogueManagerDialog::exportExcel()
{
    ExcelExport::save(this, Questions::orDefault(m_questions),
        {CatalogueExportTable::customers(m_customers), CatalogueExportTable::products(m_products)},
        tr("catalogue.xlsx"));
}

// A file read and shown first; saved, all or nothing, only when the user says so.
void CatalogueManagerDialog::importFile()
{
    Questions &questions = Questions::orDefault(m_questions);
    const QString path = questions.openFile(this,
        {tr("Import customers and products"), QDir::homePath(),
            tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)")});
    if (path.isEmpty())
        return;
    const CatalogueImportPlan plan = CatalogueImport::plan(path, m_environment, m_customers, m_products);
    if (!plan.problem.isEmpty()) {
        questions.warn(this, tr("Import customers and products"),
            tr("Nothing was imported from %1.\n\n%2").arg(QFileInfo(path).fileName(), plan.problem));
        return;
    }
    auto *dialog = new CatalogueImportDialog(
        plan,
        [this](const CatalogueImportPlan &toSave) {
            const StoreStatus saved = m_catalogue->saveAll(toSave.customers, toSave.products);
            reload();
            return saved ? QString() : saved.error().userMessage();
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace einvoice
