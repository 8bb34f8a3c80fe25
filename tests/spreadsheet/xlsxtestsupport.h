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

// A zip with these entries, deflated (stored when `stored`).
bool writeZip(const QString &path, const Entries &entries, bool stored = false);
// A zip whose entries are encrypted with the zip format's own password scheme.
bool writeEncryptedZip(const QString &path, const Entries &entries, const char *password);

// The zip of `entries` plus one large part made of `head`, `repeated` written `times` times, and
// `tail`, streamed so that the test itself never holds the part in memory.
bool writeZipWithLargePart(const QString &path, const Entries &entries, const QString &partName,
    const QByteArray &head, const QByteArray &repeated, qint64 times, const QByteArray &tail);

// Rewrites the uncompressed size the zip declares for `partName` (central directory and local
// header), as a zip bomb would.
bool patchDeclaredSize(const QString &path, const QString &partName, quint32 size);

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
