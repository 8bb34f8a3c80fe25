#pragma once

#include "core/itemroles.h"

namespace einvoice {

// Custom item data roles of the editor's models (app/editor and the item models of ui/editor's
// widgets), in itemroles::editorBase's range. Views and delegates read raw values here, never by
// parsing display text.
namespace editorroles {

enum Role {
    // The cell's raw value: int for line type (wire code) and tax rate (wire code, invalid when
    // unset), QString for texts, qint64 Decimal units for numbers (invalid when unset).
    RawValueRole = itemroles::editorBase,
    FieldPathRole, // QString, the API path of the cell: "items[2].quantity"
    IssueTextRole, // QString, the validation messages of the cell joined by newlines; empty if none
    HasErrorRole, // bool, an error (not only a warning) is reported for the cell
    EditableRole, // bool, whether the cell can be edited for the line's type

    // The catalogue completer's suggestions (ui/editor/cataloguecompleter.cpp)
    CompletionTextRole = itemroles::editorBase + 50, // QString, what goes into the field
    CompletionKeyRole, // int, the catalogue entry's key

    // The header form's combo boxes (ui/editor/headerform.cpp)
    TemplateSeriesRole, // QString, the series of the template
    NotOfferedRole, // bool, a template or account the current account list does not offer
    EditorRolesEnd
};
static_assert(itemroles::fitsFamily(itemroles::editorBase, RawValueRole, EditorRolesEnd));

} // namespace editorroles
} // namespace einvoice
