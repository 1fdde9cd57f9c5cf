#pragma once

#include <QList>
#include <QStringList>
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
    // How the value axis reads: whole counts (integer ticks from 0), shares (0–100 %), a score
    // (−100…+100 points, integer ticks) or money (yuan, whole ticks).
    enum class Scale { Count, Percent, Score, Money };

    struct Axis
    {
        double min = 0;
        double max = 0;
        int ticks = 0;
        QString format;           // printf-style, as the chart renders it
        QStringList monthLabels;  // the labels on the month axis, left to right
    };

    explicit TrendChart(QWidget* parent = nullptr);
    // values in display units (e.g. percent, yuan); labels one per value (month names).
    void setTrend(const QStringList& labels, const QList<std::optional<double>>& values, const QColor& colour,
                  Scale scale = Scale::Count);
    int pointCount() const { return m_points; }
    // The line's last month (the one a card beside it shows), in display units; none if unmeasured.
    std::optional<double> lastValue() const { return m_last; }
    const Axis& axis() const { return m_axis; }

    // The value axis for these values: pure, for tests. Ticks fall on whole numbers.
    static Axis valueAxis(const QList<std::optional<double>>& values, Scale scale);

private:
    QChartView* m_view;
    int m_points = 0;
    std::optional<double> m_last;
    Axis m_axis;
};

} // namespace clientele::ui
