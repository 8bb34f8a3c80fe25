#pragma once

#include "core/validationissue.h"

#include <QListWidget>

namespace einvoice {

// Every validation problem of the invoice in one list, errors first; activating one (click or
// Enter) emits the field path so that the page can jump to the field.
class IssuesPanel : public QListWidget
{
    Q_OBJECT

public:
    explicit IssuesPanel(QWidget *parent = nullptr);

    void show(const ValidationIssues &issues);
    static QString fieldLabel(const QString &path);

Q_SIGNALS:
    void fieldActivated(const QString &path);
};

} // namespace einvoice
