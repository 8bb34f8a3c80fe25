#include "storeerror.h"

#include <QCoreApplication>

namespace einvoice {

QString StoreError::toString() const
{
    return operation + QStringLiteral(": ") + detail;
}

QString StoreError::userMessage() const
{
    switch (kind) {
    case Kind::Open:
        return QCoreApplication::translate("StoreError", "The local database could not be opened.");
    case Kind::Migration:
        return QCoreApplication::translate(
            "StoreError", "The local database could not be updated to this version.");
    case Kind::NotFound:
        return QCoreApplication::translate("StoreError", "The local record no longer exists.");
    case Kind::InvalidTransition:
        return QCoreApplication::translate(
            "StoreError", "This step is not allowed in the current state of the job.");
    case Kind::Conflict:
        return QCoreApplication::translate("StoreError", "This invoice is already being sent.");
    case Kind::InvalidData:
        return QCoreApplication::translate("StoreError", "A local record could not be read.");
    case Kind::Query:
    case Kind::Transaction:
        break;
    }
    return QCoreApplication::translate("StoreError", "Saving to the local database failed.");
}

} // namespace einvoice
