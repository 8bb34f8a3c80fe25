#include "issuespanel.h"

#include "core/invoicefieldnames.h"
#include "editor/invoicelinesmodel.h"
#include "editor/linecolumns.h"

#include <QStyle>

namespace einvoice {

IssuesPanel::IssuesPanel(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("issuesList"));
    setWordWrap(true);
    // As tall as the forms beside it, never taller: the height it would ask for is the lines
    // table's, the part of the page an accountant types in most.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    connect(this, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { Q_EMIT fieldActivated(item->data(Qt::UserRole).toString()); });
    connect(this, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { Q_EMIT fieldActivated(item->data(Qt::UserRole).toString()); });
}

QString IssuesPanel::fieldLabel(const QString &path)
{
    if (const std::optional<LineColumns::Cell> cell = LineColumns::cellForPath(path)) {
        InvoiceLinesModel names;
        const QString column
            = cell->column < 0 ? QString() : names.headerData(cell->column, Qt::Horizontal).toString();
        return column.isEmpty() ? tr("Line %1").arg(cell->row + 1)
                                : tr("Line %1, %2").arg(cell->row + 1).arg(column);
    }
    return InvoiceFieldNames::label(path);
}

void IssuesPanel::show(const ValidationIssues &issues)
{
    clear();
    ValidationIssues sorted = issues;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const ValidationIssue &a, const ValidationIssue &b) { return a.isError() && !b.isError(); });
    for (const ValidationIssue &issue : sorted) {
        auto *item = new QListWidgetItem(fieldLabel(issue.field) + QStringLiteral(": ") + issue.text(), this);
        item->setData(Qt::UserRole, issue.field);
        item->setIcon(style()->standardIcon(
            issue.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
    }
}

} // namespace einvoice
