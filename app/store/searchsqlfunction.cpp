#include "searchsqlfunction.h"

#include "searchfold.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace einvoice {

namespace {

void foldFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const void *text = sqlite3_value_text16(arguments[0]);
    if (!text) {
        sqlite3_result_text16(context, u"", 0, SQLITE_STATIC);
        return;
    }
    const auto length = qsizetype(sqlite3_value_bytes16(arguments[0]) / 2);
    const QString folded = foldLetters(QStringView(static_cast<const char16_t *>(text), length));
    sqlite3_result_text16(context, folded.utf16(), int(folded.size() * 2), SQLITE_TRANSIENT);
}

StoreError functionError(const QString &detail)
{
    return StoreError {StoreError::Kind::Open, QStringLiteral("database.open"), detail};
}

} // namespace

StoreStatus SearchSqlFunction::registerOn(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return functionError(QStringLiteral("no SQLite handle for einvoice_fold"));
    sqlite3 *const db = *static_cast<sqlite3 *const *>(handle.data());
    const int flags = SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    if (sqlite3_create_function_v2(
            db, "einvoice_fold", 1, flags, nullptr, foldFunction, nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return functionError(QString::fromUtf8(sqlite3_errmsg(db)));
    return {};
}

} // namespace einvoice
