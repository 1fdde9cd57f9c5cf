#pragma once

#include <QList>
#include <QWidget>

#include <optional>

class QChartView;

namespace clientele::ui {

// A small line of twelve months (a card's trend): months without a figure are left out of the
// line. Mouse clicks pass through to the widget it sits in (a card opens its customers).
class TrendChart : public QWidget
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget* parent = nullptr);
    // values in display units (e.g. percent, yuan); labels one per value (short month names).
    void setTrend(const QStringList& labels, const QList<std::optional<double>>& values, const QColor& colour);
    int pointCount() const { return m_points; }

private:
    QChartView* m_view;
    int m_points = 0;
};

} // namespace clientele::ui
