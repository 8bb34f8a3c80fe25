#include "fielderrors.h"

#include <QLabel>
#include <QStyle>
#include <QWidget>

namespace einvoice {

void FieldErrors::add(const QString &path, QWidget *field, QLabel *label)
{
    m_entries.insert(path, Entry {field, label});
}

QWidget *FieldErrors::field(const QString &path) const
{
    return m_entries.value(path).field;
}

QLabel *FieldErrors::label(const QString &path) const
{
    return m_entries.value(path).label;
}

QLabel *FieldErrors::makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

QWidget *FieldErrors::wrap(const QString &path, QWidget *field)
{
    add(path, field, nullptr);
    return field;
}

void FieldErrors::show(const ValidationIssues &issues)
{
    // Several paths may share a widget or label (template code and series): gather first.
    struct Shown
    {
        QStringList texts;
        bool error = false;
    };
    QHash<QWidget *, Shown> fields;
    QHash<QLabel *, Shown> labels;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        Shown &field = fields[it->field.data()];
        Shown &label = labels[it->label.data()];
        for (const ValidationIssue &issue : issues) {
            if (issue.field != it.key())
                continue;
            for (Shown *shown : {&field, &label}) {
                shown->texts.append(issue.text());
                shown->error = shown->error || issue.isError();
            }
        }
    }
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        QWidget *field = it.key();
        const QString state
            = it->texts.isEmpty() ? QString() : QLatin1String(it->error ? "error" : "warning");
        if (field && field->property("validation").toString() != state) {
            field->setProperty("validation", state);
            field->style()->unpolish(field);
            field->style()->polish(field);
        }
        if (field)
            field->setToolTip(it->texts.join(QLatin1Char('\n')));
    }
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (QLabel *label = it.key()) {
            label->setText(it->texts.join(QLatin1Char('\n')));
            label->setToolTip(label->text());
            label->setStyleSheet(
                it->error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #8a5a00;"));
            label->setVisible(!it->texts.isEmpty());
        }
    }
}

} // namespace einvoice
