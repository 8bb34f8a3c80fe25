#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace einvoice {

struct ApiError;

// Where the command line writes. In JSON mode standard output carries exactly one JSON document
// (the result, or {"error": {...}}); notes and errors for people go to standard error.
class CliOutput
{
public:
    explicit CliOutput(bool json);

    bool isJson() const { return m_json; }

    // Aligned columns with a header row (table mode only).
    void table(const QStringList &headers, const QList<QStringList> &rows);
    // "label: value" lines, labels aligned (table mode only).
    void fields(const QList<QPair<QString, QString>> &pairs);
    void line(const QString &text); // table mode: stdout; JSON mode: stderr
    void note(const QString &text); // always stderr
    void document(const QJsonObject &object); // JSON mode only: the one document

    // Reports a failure: stderr text, and the {"error": ...} document in JSON mode.
    void error(const ApiError &error);
    void error(const QString &kind, const QString &message);

    static QString yesNo(bool value);

private:
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace einvoice
