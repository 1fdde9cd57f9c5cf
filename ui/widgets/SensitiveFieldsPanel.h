#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// The profile's sensitive fields (ID card, private notes, fields the owner marked): hidden until
// revealed — which needs the owner's rights, the passphrase once per session, and is audited —
// and editable once unlocked. Locked, the rest of the profile works as usual.
class SensitiveFieldsPanel : public QWidget
{
    Q_OBJECT
public:
    SensitiveFieldsPanel(const core::storage::Database& database, qint64 customerId, QWidget* parent = nullptr);
    void reload();
    bool unlock(); // asks for the passphrase; true when unlocked
    void reveal(const QString& field);
    void edit(const QString& field, const QString& text = {}); // empty text: ask

private:
    const core::storage::Database& m_database;
    qint64 m_customerId;
    QGridLayout* m_grid;
    QLabel* m_status;
};

} // namespace clientele::ui
