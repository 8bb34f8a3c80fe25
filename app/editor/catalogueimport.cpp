#include "catalogueimport.h"

#include "batch/batchfilereader.h"
#include "cataloguerowreader.h"
#include "store/customercatalogue.h"
#include "store/productcatalogue.h"

#include <QHash>

namespace einvoice {

namespace {

using Outcome = CatalogueImportRow::Outcome;

// Where each key is in the plan: the entry to save (an index into the plan's list), or the
// catalogue's stored entry not yet touched.
template<typename Entry> class KeyedEntries
{
public:
    KeyedEntries(const QList<Entry> &stored, QList<Entry> &toSave, QString (*keyOf)(const Entry &))
        : m_toSave(toSave), m_keyOf(keyOf)
    {
        for (const Entry &entry : stored)
            m_stored.insert(keyOf(entry), entry);
    }

    // Adds or merges the entry read from row `where` (the plan's row `rowIndex`); its outcome, and
    // for a merge the row merged into. An update may turn out unchanged: see finish().
    Outcome take(const Entry &read, const QString &where, qsizetype rowIndex, QString *mergedInto)
    {
        const QString key = m_keyOf(read);
        if (const auto seen = m_slots.constFind(key); seen != m_slots.cend()) {
            *mergedInto = seen->where;
            merge(m_toSave[seen->saveIndex], read);
            return Outcome::Merged;
        }
        const auto stored = m_stored.constFind(key);
        Slot slot {m_toSave.size(), where, rowIndex, std::nullopt};
        if (stored == m_stored.cend()) {
            m_toSave.append(read);
        } else {
            slot.stored = *stored;
            m_toSave.append(*stored);
            merge(m_toSave.last(), read);
        }
        m_slots.insert(key, slot);
        return slot.stored ? Outcome::Updated : Outcome::Added;
    }

    // Once every row is read: a stored entry that the rows leave as it was is not saved, and its
    // first row is Unchanged.
    void finish(QList<CatalogueImportRow> &rows)
    {
        QList<qsizetype> unchanged;
        for (const Slot &slot : std::as_const(m_slots)) {
            if (slot.stored && m_toSave.at(slot.saveIndex) == *slot.stored) {
                rows[slot.rowIndex].outcome = Outcome::Unchanged;
                unchanged.append(slot.saveIndex);
            }
        }
        std::sort(unchanged.rbegin(), unchanged.rend());
        for (const qsizetype index : unchanged)
            m_toSave.removeAt(index);
    }

private:
    static void mergeText(QString &into, const QString &read)
    {
        if (!read.isEmpty())
            into = read;
    }
    static void merge(Customer &into, const Customer &read)
    {
        const Buyer &b = read.buyer;
        for (auto [to, from] : {std::pair {&into.buyer.name, &b.name}, {&into.buyer.legalName, &b.legalName},
                 {&into.buyer.taxCode, &b.taxCode}, {&into.buyer.address, &b.address},
                 {&into.buyer.email, &b.email}, {&into.buyer.phone, &b.phone}})
            mergeText(*to, *from);
        if (into.id == 0)
            into.buyer.type = read.buyer.type;
    }
    static void merge(Product &into, const Product &read)
    {
        mergeText(into.code, read.code);
        mergeText(into.name, read.name);
        mergeText(into.unit, read.unit);
        if (read.defaultPrice)
            into.defaultPrice = read.defaultPrice;
        if (read.defaultTaxRate)
            into.defaultTaxRate = read.defaultTaxRate;
    }

    QList<Entry> &m_toSave;
    QString (*m_keyOf)(const Entry &);
    QHash<QString, Entry> m_stored;
    struct Slot
    {
        qsizetype saveIndex; // in m_toSave
        QString where; // the first row with the key
        qsizetype rowIndex; // that row in the plan
        std::optional<Entry> stored; // the catalogue's entry, for an update
    };
    QHash<QString, Slot> m_slots;
};

QString customerKey(const Customer &customer)
{
    return CustomerCatalogue::keyOf(customer.buyer);
}

struct Planner
{
    CatalogueImportPlan plan;
    KeyedEntries<Customer> customers;
    KeyedEntries<Product> products;
    QString environment;

    Planner(const QString &env, const QList<Customer> &storedCustomers, const QList<Product> &storedProducts)
        : customers(storedCustomers, plan.customers, &customerKey),
          products(storedProducts, plan.products, &ProductCatalogue::keyOf),
          environment(env)
    {
    }

    template<typename Entry>
    void addRow(CatalogueImportRow row, const std::optional<CatalogueRowReader::Rejection> &rejected,
        Entry entry, KeyedEntries<Entry> &entries)
    {
        if (rejected) {
            row.outcome = Outcome::Rejected;
            row.reason = CatalogueImport::tr("%1, %2: %3")
                             .arg(row.where, CatalogueHeader::label(rejected->field), rejected->problem);
        } else {
            entry.environment = environment;
            QString mergedInto;
            row.outcome = entries.take(entry, row.where, plan.rows.size(), &mergedInto);
            if (row.outcome == Outcome::Merged)
                row.reason = CatalogueImport::tr("%1: the same entry as %2; merged into it.")
                                 .arg(row.where, mergedInto);
        }
        plan.rows.append(row);
    }

    void readTable(const CsvFile &table, const CatalogueHeader &header)
    {
        const QList<CsvRecord> rows = table.records.mid(1);
        const CatalogueRowReader reader(header, rows);
        for (const CsvRecord &record : rows) {
            CatalogueImportRow row;
            row.kind = header.kind();
            row.where = table.sheetName.isEmpty()
                ? CatalogueImport::tr("Row %1").arg(record.line)
                : CatalogueImport::tr("%1, row %2").arg(table.sheetName).arg(record.line);
            row.name = header.value(CatalogueField::Name, record.fields);
            if (header.kind() == CatalogueKind::Customers) {
                Customer customer;
                const auto rejected = reader.readCustomer(record, customer);
                addRow(row, rejected, customer, customers);
            } else {
                Product product;
                const auto rejected = reader.readProduct(record, product);
                addRow(row, rejected, product, products);
            }
        }
    }
};

bool isCatalogueHeader(const QStringList &header)
{
    return CatalogueHeader::from(header).has_value();
}

CatalogueImportPlan refused(const QString &problem)
{
    CatalogueImportPlan plan;
    plan.problem = problem;
    return plan;
}

} // namespace

int CatalogueImportPlan::count(CatalogueImportRow::Outcome outcome) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
        [outcome](const CatalogueImportRow &row) { return row.outcome == outcome; }));
}

CatalogueImportPlan CatalogueImport::plan(const QString &path, const QString &environment,
    const QList<Customer> &customers, const QList<Product> &products)
{
    return plan(BatchFileReader::readTables(path, &isCatalogueHeader), environment, customers, products);
}

CatalogueImportPlan CatalogueImport::plan(const QList<CsvFile> &tables, const QString &environment,
    const QList<Customer> &customers, const QList<Product> &products)
{
    Planner planner(environment, customers, products);
    for (const CsvFile &table : tables) {
        if (!table.problem.isEmpty())
            return refused(table.problemLine > 0 ? tr("Line %1: %2").arg(table.problemLine).arg(table.problem)
                                                 : table.problem);
        const QStringList header = table.records.isEmpty() ? QStringList() : table.records.first().fields;
        const std::optional<CatalogueHeader> read = CatalogueHeader::from(header);
        if (!read)
            return refused(tr("The first row is not a header of customers (name, tax code, address…) or "
                              "of products (name, unit, unit price…); it reads: %1")
                               .arg(header.join(QStringLiteral(", ")).left(200)));
        planner.readTable(table, *read);
    }
    planner.customers.finish(planner.plan.rows);
    planner.products.finish(planner.plan.rows);
    if (planner.plan.rows.isEmpty())
        return refused(tr("The file has a header but no rows to import."));
    return planner.plan;
}

QString CatalogueImport::outcomeText(CatalogueImportRow::Outcome outcome)
{
    switch (outcome) {
    case Outcome::Added:
        return tr("Added");
    case Outcome::Updated:
        return tr("Updated");
    case Outcome::Unchanged:
        return tr("Unchanged");
    case Outcome::Merged:
        return tr("Merged");
    case Outcome::Rejected:
        return tr("Rejected");
    }
    return QString();
}

QString CatalogueImport::summary(const CatalogueImportPlan &plan)
{
    return tr("%1 added, %2 updated, %3 unchanged, %4 merged, %5 rejected.")
        .arg(plan.count(Outcome::Added))
        .arg(plan.count(Outcome::Updated))
        .arg(plan.count(Outcome::Unchanged))
        .arg(plan.count(Outcome::Merged))
        .arg(plan.count(Outcome::Rejected));
}

} // namespace einvoice
