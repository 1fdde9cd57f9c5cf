#pragma once

#include "pages/Page.h"
#include "service/HealthFigures.h"

#include <QHash>

#include <optional>

class QAction;
class QGridLayout;
class QLabel;

namespace clientele::ui {

class KpiCard;
class TrendChart;

// The shop's health on one page: NPS, repurchase rate, average CLV, customers turning dormant and
// tickets resolved within SLA, each with its warning colour and twelve months of trend. The
// figures are core::service::HealthFigures (as `clientele-cli` prints them); clicking a card shows
// the customers behind it in the customer list.
class HealthPage : public Page
{
    Q_OBJECT
public:
    explicit HealthPage(core::storage::Database& database, QWidget* parent = nullptr);

    QString title() const override;
    QString menuText() const override;
    QString guideTopic() const override { return QStringLiteral("service.html"); }
    QString menuTitle() const override;
    QList<QAction*> pageActions() override;
    void refresh() override;

    const std::optional<core::service::HealthFigures>& figures() const { return m_figures; }
    QString cardValue(const QString& key) const;
    void openCard(const QString& key); // the customers behind it
    TrendChart* trend(const QString& key) const { return m_trends.value(key); }
    static QString monthLabel(const QDate& month); // "Nov", "11月"

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAction* m_settings;
    QLabel* m_heading;
    QLabel* m_tickets;
    QGridLayout* m_grid;
    QHash<QString, KpiCard*> m_cards;
    QHash<QString, TrendChart*> m_trends;
    std::optional<core::service::HealthFigures> m_figures;
};

} // namespace clientele::ui
