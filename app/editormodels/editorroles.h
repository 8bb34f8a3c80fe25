#pragma once

#include <Qt>

namespace einvoice {

// Custom item data roles of the editor models (app/editormodels). Views and delegates read raw
// values here, never by parsing display text.
namespace editorroles {

enum Role {
    // The cell's raw value: int for line type (wire code) and tax rate (wire code, invalid when
    // unset), QString for texts, qint64 Decimal units for numbers (invalid when unset).
    RawValueRole = Qt::UserRole + 200,
    FieldPathRole, // QString, the API path of the cell: "items[2].quantity"
    IssueTextRole, // QString, the validation messages of the cell joined by newlines; empty if none
    HasErrorRole, // bool, an error (not only a warning) is reported for the cell
    EditableRole, // bool, whether the cell can be edited for the line's type
};

} // namespace editorroles
} // namespace einvoice
