#pragma once

class QMenu;
class QTableView;

namespace clientele::ui {

class CustomerFilterBar;
class CustomerTableModel;

// The customer list's optional columns: the shop's own fields (the model's extra columns) and a
// chain's home store, hidden until chosen in the header's context menu (the choice is remembered
// by field key), and the filter bar's row of shop fields.
namespace shopfieldcolumns {
// Reads the fields again (after they changed) and shows the chosen columns.
void refresh(QTableView* table, CustomerTableModel* model, CustomerFilterBar* filters);
// Shows the chosen optional columns and hides the others (after the header's saved state, which
// may predate a column, was restored).
void applyChoices(QTableView* table);
// Right-click on the header: a checkable entry for the home store (a shop with stores) and per shop field.
void installHeaderMenu(QTableView* table);
// The same entries in `menu` (the Customers menu's "Shop Field Columns").
void fillMenu(QMenu* menu, QTableView* table);
} // namespace shopfieldcolumns

} // namespace clientele::ui
