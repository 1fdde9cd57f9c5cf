#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// The dashboard's "last campaigns": the newest few campaigns with their contacted and hold-out
// sizes and conversion lift with its 95% interval — CampaignResults::list, the figures of the
// campaign page and `campaign list --json`. Hidden while the shop has no campaign. Clicking a row
// asks for that campaign on the campaign page.
class LastCampaignsWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kShown = 4;

    explicit LastCampaignsWidget(const core::storage::Database& database, QWidget* parent = nullptr);
    void refresh();
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void openCampaign(qint64 campaignId);

private:
    const core::storage::Database& m_database;
    QLabel* m_heading;
    QTableWidget* m_table;
};

} // namespace clientele::ui
