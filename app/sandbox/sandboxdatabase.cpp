#include "sandboxdatabase.h"

#include "core/privatefiles.h"
#include "sandboxlog.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>

namespace einvoice {

namespace {

QAtomicInteger<int> s_connectionCounter;

const char *const s_schema[] = {
    "CREATE TABLE IF NOT EXISTS settings(key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE IF NOT EXISTS tokens(token TEXT PRIMARY KEY, expires_ms INTEGER)",
    "CREATE TABLE IF NOT EXISTS accounts(id TEXT PRIMARY KEY, position INTEGER, provider TEXT,"
    " active INTEGER, registration_approved INTEGER, approved_date TEXT, seller_name TEXT,"
    " seller_tax_code TEXT, seller_address TEXT, seller_phone TEXT, seller_email TEXT,"
    " seller_bank TEXT)",
    "CREATE TABLE IF NOT EXISTS templates(account_id TEXT, position INTEGER, template_code TEXT,"
    " invoice_series TEXT, template_name TEXT)",
    "CREATE TABLE IF NOT EXISTS invoices(reference_code TEXT PRIMARY KEY, sequence INTEGER,"
    " account_id TEXT, template_code TEXT, invoice_series TEXT, issued_date TEXT, status TEXT,"
    " invoice_number INTEGER, tax_authority_code TEXT, payload BLOB, source TEXT,"
    " total_before_tax TEXT, tax_amount TEXT, total_amount TEXT, create_tracking TEXT,"
    " issue_tracking TEXT)",
    "CREATE INDEX IF NOT EXISTS invoices_by_date ON invoices(issued_date DESC, sequence DESC)",
    "CREATE TABLE IF NOT EXISTS jobs(tracking_code TEXT PRIMARY KEY, kind TEXT, reference_code TEXT,"
    " polls INTEGER, created_ms INTEGER, state TEXT, message TEXT, also_issue INTEGER)",
    "CREATE TABLE IF NOT EXISTS counters(series_key TEXT PRIMARY KEY, last_number INTEGER)",
};

const char *const s_correctionColumns[] = {
    "document_type INTEGER",
    "provider_status TEXT",
    "original_reference_code TEXT",
    "adjustment_type TEXT",
    // ProviderStatusSchedule: what provider_status becomes, and when (ms since the epoch).
    "provider_next TEXT",
    "provider_due_ms INTEGER",
};

} // namespace

SandboxDatabase::SandboxDatabase(QString file)
    : m_file(std::move(file)),
      m_connectionName(QStringLiteral("einvoice-sandbox-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

SandboxDatabase::~SandboxDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SandboxDatabase::open(QString *error)
{
    // Buyers' data, even made-up ones: owner-only, like the app's own database.
    if (!m_file.isEmpty()
        && (!PrivateFiles::makeDirectory(QFileInfo(m_file).absolutePath())
            || !PrivateFiles::createEmpty(m_file) || !PrivateFiles::restrictDatabase(m_file)))
        qCWarning(lcSandbox) << "could not make the data file private:" << m_file;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_file.isEmpty() ? QStringLiteral(":memory:") : m_file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    if (!m_file.isEmpty())
        exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!createSchema()) {
        *error = QStringLiteral("cannot create the sandbox schema: ") + db.lastError().text();
        return false;
    }
    return true;
}

QSqlDatabase SandboxDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool SandboxDatabase::createSchema()
{
    for (const char *statement : s_schema) {
        if (!exec(QString::fromLatin1(statement)))
            return false;
    }
    // Columns added later (corrections, provider status): files of an earlier version get them.
    for (const char *column : s_correctionColumns) {
        if (!hasColumn(QStringLiteral("invoices"), QString::fromLatin1(column).section(u' ', 0, 0))
            && !exec(QStringLiteral("ALTER TABLE invoices ADD COLUMN ") + QLatin1String(column))
            && !hasColumn(QStringLiteral("invoices"), QString::fromLatin1(column).section(u' ', 0, 0)))
            return false; // another process may have added it meanwhile
    }
    return exec(QStringLiteral(
               "CREATE INDEX IF NOT EXISTS invoices_by_origin ON invoices(original_reference_code)"))
        && exec(
            QStringLiteral("CREATE INDEX IF NOT EXISTS invoices_by_provider_due ON invoices(provider_due_ms)"
                           " WHERE provider_due_ms IS NOT NULL"));
}

bool SandboxDatabase::hasColumn(const QString &table, const QString &column)
{
    QSqlQuery query
        = select(QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name = ?"), {table, column});
    return query.next();
}

bool SandboxDatabase::exec(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(database());
    query.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcSandbox) << "statement failed:" << sql << query.lastError().text();
        return false;
    }
    return true;
}

QSqlQuery SandboxDatabase::select(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        qCWarning(lcSandbox) << "query failed:" << sql << query.lastError().text();
    return query;
}

bool SandboxDatabase::begin()
{
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool SandboxDatabase::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void SandboxDatabase::rollback()
{
    exec(QStringLiteral("ROLLBACK"));
}

QString SandboxDatabase::setting(const QString &key, const QString &fallback)
{
    QSqlQuery query = select(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return query.next() ? query.value(0).toString() : fallback;
}

void SandboxDatabase::setSetting(const QString &key, const QString &value)
{
    exec(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)"), {key, value});
}

qint64 SandboxDatabase::quota()
{
    return setting(QStringLiteral("quota"), QStringLiteral("0")).toLongLong();
}

void SandboxDatabase::setQuota(qint64 value)
{
    setSetting(QStringLiteral("quota"), QString::number(value));
}

void SandboxDatabase::addToken(const QString &token, qint64 expiresMs)
{
    exec(QStringLiteral("INSERT OR REPLACE INTO tokens(token, expires_ms) VALUES(?, ?)"), {token, expiresMs});
}

bool SandboxDatabase::isTokenValid(const QString &token, qint64 nowMs)
{
    QSqlQuery query = select(QStringLiteral("SELECT expires_ms FROM tokens WHERE token = ?"), {token});
    return query.next() && query.value(0).toLongLong() > nowMs;
}

void SandboxDatabase::expireTokens(qint64 nowMs)
{
    exec(QStringLiteral("UPDATE tokens SET expires_ms = ? WHERE expires_ms > ?"), {nowMs, nowMs});
}

void SandboxDatabase::clear()
{
    for (const char *table : {"settings", "tokens", "accounts", "templates", "invoices", "jobs", "counters"})
        exec(QStringLiteral("DELETE FROM ") + QLatin1String(table));
}

} // namespace einvoice
