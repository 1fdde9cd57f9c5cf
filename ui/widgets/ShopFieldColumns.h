#pragma once

class QMenu;
class QTableView;

namespace clientele::ui {

class CustomerFilterBar;
class CustomerTableModel;

// The shop's own fields in the customer list: the model's extra columns (hidden until chosen in
// the header's context menu; the choice is remembered by field key) and the filter bar's row.
namespace shopfieldcolumns {
// Reads the fields again (after they changed) and shows the chosen columns.
void refresh(QTableView* table, CustomerTableModel* model, CustomerFilterBar* filters);
// Right-click on the header: a checkable entry per shop field.
void installHeaderMenu(QTableView* table);
// The same entries in `menu` (the Customers menu's "Shop Field Columns").
void fillMenu(QMenu* menu, QTableView* table);
} // namespace shopfieldcolumns

} // namespace clientele::ui
