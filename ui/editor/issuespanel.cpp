#include "issuespanel.h"

#include "editor/invoicelinesmodel.h"
#include "editor/linecolumns.h"

#include <QStyle>

namespace einvoice {

IssuesPanel::IssuesPanel(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("issuesList"));
    setWordWrap(true);
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
    static const std::pair<const char *, const char *> names[] = {
        {"provider_account_id", QT_TR_NOOP("Provider account")},
        {"template_code", QT_TR_NOOP("Template")},
        {"invoice_series", QT_TR_NOOP("Series")},
        {"issued_date", QT_TR_NOOP("Issued at")},
        {"currency", QT_TR_NOOP("Currency")},
        {"payment_method", QT_TR_NOOP("Payment method")},
        {"reference_code", QT_TR_NOOP("Reference code")},
        {"notes", QT_TR_NOOP("Notes")},
        {"items", QT_TR_NOOP("Lines")},
        {"total_amount", QT_TR_NOOP("Grand total")},
        {"buyer.type", QT_TR_NOOP("Buyer type")},
        {"buyer.name", QT_TR_NOOP("Buyer name")},
        {"buyer.legal_name", QT_TR_NOOP("Legal name")},
        {"buyer.tax_code", QT_TR_NOOP("Tax code")},
        {"buyer.address", QT_TR_NOOP("Address")},
        {"buyer.email", QT_TR_NOOP("Email")},
        {"buyer.phone", QT_TR_NOOP("Phone")},
        {"buyer.buyer_code", QT_TR_NOOP("Buyer code")},
        {"buyer.national_id", QT_TR_NOOP("National ID")},
    };
    for (const auto &[key, name] : names) {
        if (path == QLatin1String(key))
            return tr(name);
    }
    return path;
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
