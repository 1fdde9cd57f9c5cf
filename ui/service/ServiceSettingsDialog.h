#pragma once

#include <QDialog>

#include <array>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace clientele::core::storage {
class Database;
}
namespace clientele::core::service {
struct ServiceSettings;
}

namespace clientele::ui {

// The owner's service settings: opening hours per weekday, time to resolve per priority (the first
// response is due within a quarter of it, shown beside) and the NPS warning line. Reads and saves
// core::service::ServiceSettings; read-only for staff and read-only files.
class ServiceSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServiceSettingsDialog(core::storage::Database& database, QWidget* parent = nullptr);

    core::service::ServiceSettings settings() const; // what the form shows
    bool save();                                      // validates, saves; false shows why

    void accept() override;

private:
    void updateFirstResponse();

    core::storage::Database& m_database;
    bool m_allowed = false;
    struct Day
    {
        QCheckBox* open = nullptr;
        QTimeEdit* from = nullptr;
        QTimeEdit* to = nullptr;
    };
    std::array<Day, 7> m_days;
    struct Priority
    {
        QSpinBox* hours = nullptr;
        QSpinBox* minutes = nullptr;
        QLabel* firstResponse = nullptr;
    };
    std::array<Priority, 4> m_priorities;
    QSpinBox* m_npsBelow;
    QSpinBox* m_npsDrop;
};

} // namespace clientele::ui
