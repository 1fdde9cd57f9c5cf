#pragma once

#include "domain/CustomField.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// Defines one new shop field (label, key, type, choices, required) and saves it through the core
// (customers::CustomFieldCatalog), which checks it; a refusal is shown and the dialog stays open.
// From the import wizard it starts from a column: its header as label, its values as choices.
class NewFieldDialog : public QDialog
{
    Q_OBJECT
public:
    NewFieldDialog(core::storage::Database& database, QWidget* parent = nullptr);
    // Starts from an import column: label = header, proposed choices = its distinct values (≤ 20).
    void startFrom(const QString& header, const QStringList& values);
    const core::CustomField& field() const { return m_field; } // after accept: as saved

    void accept() override;

private:
    void updateType();

    core::storage::Database& m_database;
    core::CustomField m_field;
    QLineEdit* m_label;
    QLineEdit* m_key;
    QComboBox* m_type;
    QPlainTextEdit* m_choices;
    QLabel* m_choicesLabel;
    QCheckBox* m_required;
    QLabel* m_problem;
    QStringList m_proposed;
};

// Tools ▸ Customer Fields…: the shop's own fields; add, rename, edit a choice list, remove
// (asking first, with how many customers have a value). Owners only (the core refuses others).
class CustomFieldsDialog : public QDialog
{
    Q_OBJECT
public:
    CustomFieldsDialog(core::storage::Database& database, QWidget* parent = nullptr);
    bool changed() const { return m_changed; }

private:
    void reload();
    QString selectedKey() const;
    void add();
    void rename();
    void editChoices();
    void remove();

    core::storage::Database& m_database;
    QTableWidget* m_table;
    QList<core::CustomField> m_fields;
    bool m_changed = false;
};

} // namespace clientele::ui
