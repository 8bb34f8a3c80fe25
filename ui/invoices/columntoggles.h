#pragma once

class QTableView;

namespace einvoice {

// Gives the table's horizontal header a context menu with one checkable action per column
// (named "toggleColumn<n>"), so the user can hide and show columns. Call after setModel().
void addColumnToggles(QTableView *table);

} // namespace einvoice
