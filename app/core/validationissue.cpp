#include "validationissue.h"

#include <QCoreApplication>

namespace einvoice {

QString ValidationIssue::text() const
{
    QString result = QCoreApplication::translate("einvoice::Validation", message);
    for (const QString &argument : arguments)
        result = result.arg(argument);
    return result;
}

bool hasErrors(const ValidationIssues &issues)
{
    for (const ValidationIssue &issue : issues) {
        if (issue.isError())
            return true;
    }
    return false;
}

} // namespace einvoice
