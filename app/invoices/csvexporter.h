#pragma once

#include "store/storeresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace einvoice {

class InvoiceListModel;

// The filtered rows of the list as CSV: UTF-8 with a byte order mark (so that Excel shows
// Vietnamese correctly), CRLF line ends, RFC 4180 quoting, plain amounts ("280000", "12.5"),
// ISO dates. Text that a spreadsheet would run as a formula is prefixed with an apostrophe. A
// series the app does not know yet (the list answer has none) says so instead of a blank.
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::CsvExporter)

public:
    static QByteArray toCsv(const InvoiceListModel &rows);
    // Writes atomically; false with a translated message in error. `written`: the invoices written.
    static bool writeFile(
        const InvoiceListModel &rows, const QString &path, QString *error = nullptr, int *written = nullptr);

    // Reads CSV text (with or without the BOM) back into rows of fields.
    static QList<QStringList> parse(const QByteArray &csv);
    static QString quoted(const QString &field);
    static QString safeText(const QString &text);

private:
    // The header and every row of the view to out, part by part; false when out refused one.
    static bool write(const InvoiceListModel &rows, const std::function<bool(const QByteArray &)> &out,
        StoreStatus *read, int *written = nullptr);
};

} // namespace einvoice
