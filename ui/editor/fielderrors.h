#pragma once

#include "core/validationissue.h"

#include <QHash>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace einvoice {

// Shows validation issues inline: each field path ("buyer.tax_code") has its input widget and a
// small label under it that holds the messages. The widget gets the dynamic property
// "validation" = "error" / "warning" / "" so that the style sheet can frame it.
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
    // Registers the field and returns a container with the field above its message label.
    QWidget *wrap(const QString &path, QWidget *field, const QString &labelName);

private:
    struct Entry
    {
        QPointer<QWidget> field;
        QPointer<QLabel> label;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace einvoice
