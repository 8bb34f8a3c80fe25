#pragma once

// What openpyxl (an independent reader, through Debian's /usr/bin/python3) sees in a workbook the
// app wrote: check_xlsx.py's JSON (sheets with cells, types, formats, frozen panes, validations,
// widths). Header-only; the test target defines CHECK_XLSX_SCRIPT.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtDebug>

namespace xlsxtest {

inline QJsonObject openpyxlView(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(CHECK_XLSX_SCRIPT), path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0)
        qWarning() << "openpyxl could not read" << path << python.readAllStandardError();
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

// The workbook's first sheet, as openpyxl sees it.
inline QJsonObject firstSheet(const QString &path)
{
    return openpyxlView(path).value(QLatin1String("sheets")).toArray().first().toObject();
}

inline QJsonObject sheetNamed(const QJsonObject &book, const QString &name)
{
    for (const QJsonValue &sheet : book.value(QLatin1String("sheets")).toArray()) {
        if (sheet.toObject().value(QLatin1String("name")).toString() == name)
            return sheet.toObject();
    }
    return {};
}

inline QJsonObject cellOf(const QJsonObject &sheet, const char *name)
{
    return sheet.value(QLatin1String("cells")).toObject().value(QLatin1String(name)).toObject();
}

inline QJsonValue valueOf(const QJsonObject &sheet, const char *name)
{
    return cellOf(sheet, name).value(QLatin1String("value"));
}

} // namespace xlsxtest
