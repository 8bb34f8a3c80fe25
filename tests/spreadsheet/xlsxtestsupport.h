#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// Workbooks and zips made by the tests themselves, for what no producer writes on purpose:
// sparse and out-of-order cells, strict namespaces, damaged or hostile files.
namespace xlsxtest {

using Entries = QList<QPair<QString, QByteArray>>;

QString fixture(const QString &name);

// A zip with these entries, deflated (stored when `stored`), written with QuaZip.
bool writeZip(const QString &path, const Entries &entries, bool stored = false);

// The parts of a minimal transitional workbook around the given sheets.
struct Workbook
{
    struct Sheet
    {
        QString name;
        QByteArray sheetData; // the inside of <sheetData> (plus e.g. <mergeCells> after it)
        QByteArray state; // "", "hidden"
        QByteArray afterSheetData;
    };
    QList<Sheet> sheets;
    QByteArray sharedStrings; // the <si> elements; no part when empty
    QByteArray numFmts; // the <numFmt> elements
    QByteArray cellXfs; // the <xf> elements; one General xf when empty
    bool date1904 = false;

    Entries entries() const;
    bool write(const QString &path) const;
};

// An OLE compound file header and one directory sector holding entries with these names.
QByteArray compoundFile(const QStringList &entryNames);

// The VmHWM (peak resident memory) of this process, in KiB.
qint64 peakResidentKiB();

} // namespace xlsxtest
