#pragma once

#include "spreadsheet/exporttable.h"

#include <QCoreApplication>

class QWidget;

namespace einvoice {

class Questions;

// "Export to Excel…", the same in every window: asks where to save (an .xlsx of the suggested name,
// in the save folder Questions keeps), writes the tables as one workbook, and warns with the
// reason when it cannot.
class ExcelExport
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::ExcelExport)

public:
    static QString actionText() { return tr("Export to E&xcel…"); }
    // The saved path, or empty when cancelled or not written (the user was told why).
    static QString save(QWidget *parent, Questions &questions, const QList<ExportTable> &tables,
        const QString &suggestedName);
};

} // namespace einvoice
