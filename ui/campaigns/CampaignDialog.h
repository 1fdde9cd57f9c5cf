#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimer;
class QToolButton;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

class AudienceBuilder;

// A new campaign: name, audience (filter text or a saved filter) with its live size and who is
// left out, hold-out share and seed, message with a preview for the first customer and the
// checks, coupon type, results window. Accepting creates the campaign (createdId()).
class CampaignDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CampaignDialog(core::storage::Database& database, QWidget* parent = nullptr);

    qint64 createdId() const { return m_createdId; }
    void updatePreview(); // the audience size, the message preview and checks (public for tests)

    void accept() override;
    // Asks "Discard this campaign?" (Keep Editing the default) when anything was entered.
    void reject() override;
    bool isModified() const;

private:
    void saveFilter();
    void loadSavedFilters();

    core::storage::Database& m_database;
    QLineEdit* m_name;
    AudienceBuilder* m_builder;
    QToolButton* m_advanced;
    QComboBox* m_savedFilters;
    QLineEdit* m_filter;
    QLabel* m_audience;
    QSpinBox* m_holdout;
    QLineEdit* m_seed;
    QPlainTextEdit* m_message;
    QLabel* m_preview;
    QLabel* m_checks;
    QComboBox* m_coupon;
    QLabel* m_warning;
    QSpinBox* m_window;
    QTimer* m_debounce;
    QString m_initialSeed;
    qint64 m_createdId = 0;
    static constexpr int kDefaultWindow = 14;
};

} // namespace clientele::ui
