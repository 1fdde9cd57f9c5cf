#pragma once

#include "customers/CustomerForm.h"
#include "domain/CustomField.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// Contact and personal fields, editable, validated by the import's own normalizers on Save.
// Problems are shown beside the form with the field and value; nothing is saved until all pass.
class CustomerEditForm : public QWidget
{
    Q_OBJECT
public:
    CustomerEditForm(core::storage::Database& database, qint64 customerId, QWidget* parent = nullptr);

    // Validates and saves; true when saved (then customerId() is set for a new customer).
    bool save();
    qint64 customerId() const { return m_customerId; }
    bool isModified() const { return m_modified; }
    void setEditable(bool editable);
    void reload(); // the stored values, dropping unsaved edits

Q_SIGNALS:
    void saved(qint64 customerId);

private:
    core::customers::CustomerForm::Values values() const;
    // The shop's own fields: a combo for a choice list, a date edit, a line edit for text and
    // numbers (checked on Save by the core, which explains a bad value).
    void addShopFields(QFormLayout* form);
    QHash<QString, QString> shopValues() const;
    void showShopValues(const QHash<QString, QString>& values);
    struct ShopEditor
    {
        core::CustomField field;
        QWidget* editor = nullptr;
    };
    QList<ShopEditor> m_shopEditors;
    void revealPhone();
    void updatePhone();
    QLineEdit* lineEdit(core::io::ImportField field) const { return m_edits.value(field); }

    core::storage::Database& m_database;
    qint64 m_customerId;
    QHash<core::io::ImportField, QLineEdit*> m_edits;
    QComboBox* m_gender;
    QPlainTextEdit* m_notes;
    QCheckBox* m_consent;
    QLabel* m_problems;
    QPushButton* m_revealPhone = nullptr;
    QString m_storedPhone; // as stored; the edit shows it masked until revealed
    bool m_phoneMasked = false;
    bool m_editable = true;
    bool m_modified = false;
};

} // namespace clientele::ui
