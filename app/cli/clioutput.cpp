#include "clioutput.h"

#include "api/apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace einvoice {

CliOutput::CliOutput(bool json) : m_json(json), m_out(stdout), m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

void CliOutput::table(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    auto print = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c)
            text += c + 1 == cells.size() ? cells.at(c) : cells.at(c).leftJustified(widths.value(c) + 2);
        m_out << text << '\n';
    };
    print(headers);
    for (const QStringList &row : rows)
        print(row);
    m_out.flush();
}

void CliOutput::fields(const QList<QPair<QString, QString>> &pairs)
{
    qsizetype width = 0;
    for (const auto &pair : pairs)
        width = std::max(width, pair.first.size());
    for (const auto &pair : pairs)
        m_out << QString(pair.first + QLatin1Char(':')).leftJustified(width + 2) << pair.second << '\n';
    m_out.flush();
}

void CliOutput::line(const QString &text)
{
    QTextStream &stream = m_json ? m_err : m_out;
    stream << text << '\n';
    stream.flush();
}

void CliOutput::note(const QString &text)
{
    m_err << text << '\n';
    m_err.flush();
}

void CliOutput::document(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliOutput::error(const ApiError &error)
{
    note(QCoreApplication::translate("einvoice::CliOutput", "error: %1").arg(error.text()));
    if (!m_json)
        return;
    QJsonObject object {
        {QStringLiteral("kind"), error.kindName()}, {QStringLiteral("message"), error.text()}};
    if (error.httpStatus)
        object.insert(QStringLiteral("http_status"), error.httpStatus);
    if (!error.code.isEmpty())
        object.insert(QStringLiteral("code"), error.code);
    if (!error.field.isEmpty())
        object.insert(QStringLiteral("field"), error.field);
    document(QJsonObject {{QStringLiteral("error"), object}});
}

void CliOutput::error(const QString &kind, const QString &message)
{
    note(QCoreApplication::translate("einvoice::CliOutput", "error: %1").arg(message));
    if (m_json)
        document(QJsonObject {{QStringLiteral("error"),
            QJsonObject {{QStringLiteral("kind"), kind}, {QStringLiteral("message"), message}}}});
}

QString CliOutput::yesNo(bool value)
{
    return value ? QCoreApplication::translate("einvoice::CliOutput", "yes")
                 : QCoreApplication::translate("einvoice::CliOutput", "no");
}

} // namespace einvoice
