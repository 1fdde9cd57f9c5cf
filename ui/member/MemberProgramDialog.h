#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// The shop's visit-card plans and coupon types: lists (coupon types with issued, redeemed and the
// redemption rate) and a form to add each. Adding is the owner's (core::member checks and audits).
class MemberProgramDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MemberProgramDialog(core::storage::Database& database, QWidget* parent = nullptr);

    // The actions behind the Add buttons (the tests call them too); false with a message box when refused.
    bool addPlan();
    bool addCouponType();
    void reload();

private:
    QWidget* buildPlans();
    QWidget* buildCouponTypes();
    void updateKind();

    core::storage::Database& m_database;
    QTableWidget* m_plans = nullptr;
    QLineEdit* m_planName = nullptr;
    QSpinBox* m_planUses = nullptr;
    QLineEdit* m_planPrice = nullptr;
    QSpinBox* m_planMonths = nullptr;
    QLineEdit* m_planItems = nullptr;

    QTableWidget* m_types = nullptr;
    QLineEdit* m_typeName = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_amount = nullptr;
    QSpinBox* m_percent = nullptr;
    QLineEdit* m_cap = nullptr;
    QLineEdit* m_item = nullptr;
    QLineEdit* m_minSpend = nullptr;
    QComboBox* m_validity = nullptr;
    QSpinBox* m_days = nullptr;
    QDateEdit* m_until = nullptr;
    QSpinBox* m_perCustomer = nullptr;
    QCheckBox* m_stackable = nullptr;
};

} // namespace clientele::ui
