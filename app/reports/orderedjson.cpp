#include "orderedjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace einvoice::orderedjson {

QByteArray object(const QList<Field> &fields)
{
    QByteArray text = "{";
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            text += ", ";
        text += string(QString::fromLatin1(fields.at(i).first)) + ": " + fields.at(i).second;
    }
    return text + '}';
}

QByteArray array(const QList<QByteArray> &items)
{
    QByteArray text = "[";
    for (qsizetype i = 0; i < items.size(); ++i)
        text += (i > 0 ? ", " : "") + items.at(i);
    return text + ']';
}

QByteArray string(const QString &text)
{
    const QByteArray quoted = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return quoted.mid(1, quoted.size() - 2);
}

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray number(Decimal value)
{
    return value.toString().toLatin1();
}

QByteArray boolean(bool value)
{
    return value ? "true" : "false";
}

QByteArray null()
{
    return "null";
}

} // namespace einvoice::orderedjson
