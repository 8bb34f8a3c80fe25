#pragma once

#include "core/validationissue.h"

#include <QHash>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace einvoice {

// Shows validation issues without moving the form (issue 16.15): each field path
// ("buyer.tax_code") has its input widget, which gets the dynamic property "validation" =
// "error" / "warning" / "" (the style sheet frames it) and its messages as tooltip; the page's
// problem list (IssuesPanel, always there) names every issue with its field. Nothing appears
// under a header or buyer field, so no field moves while typing. Only a label given to add() (the
// lines' one, under the stretching table) comes and goes.
class FieldErrors
{
public:
    void add(const QString &path, QWidget *field, QLabel *label);
    void show(const ValidationIssues &issues);
    QWidget *field(const QString &path) const;
    QLabel *label(const QString &path) const;
    bool contains(const QString &path) const { return m_entries.contains(path); }

    // Makes an empty, hidden message label for a field.
    static QLabel *makeLabel(const QString &objectName, QWidget *parent);
    // Registers a field without a message label; returns it, for the form row.
    QWidget *wrap(const QString &path, QWidget *field);

private:
    struct Entry
    {
        QPointer<QWidget> field;
        QPointer<QLabel> label;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace einvoice
