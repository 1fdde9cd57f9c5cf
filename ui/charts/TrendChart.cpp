#include "TrendChart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace clientele::ui {

namespace {
constexpr int kTicks = 3; // a card is small: bottom, middle, top

// A whole step (1, 2, 5 × 10^n) so that kTicks ticks from `low` reach at least `high`.
double wholeStep(double low, double high)
{
    const double needed = std::max(1.0, (high - low) / double(kTicks - 1));
    const double magnitude = std::pow(10.0, std::floor(std::log10(needed)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= needed)
            return std::max(1.0, m * magnitude);
    return std::max(1.0, 10.0 * magnitude);
}
} // namespace

TrendChart::TrendChart(QWidget* parent) : QWidget(parent), m_view(new QChartView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(120);
    m_view->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_view->viewport()->setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

TrendChart::Axis TrendChart::valueAxis(const QList<std::optional<double>>& values, Scale scale)
{
    Axis axis;
    axis.ticks = kTicks;
    if (scale == Scale::Percent) {
        // A share is a share: always 0–100 %, so two cards' lines compare at a glance.
        axis.min = 0;
        axis.max = 100;
        axis.format = QStringLiteral("%.0f%%");
        return axis;
    }
    double low = 0;
    double high = 0;
    bool first = true;
    for (const auto& v : values) {
        if (!v)
            continue;
        low = first ? *v : std::min(low, *v);
        high = first ? *v : std::max(high, *v);
        first = false;
    }
    axis.format = QStringLiteral("%.0f");
    if (scale == Scale::Score) {
        // Points −100…+100: from the lowest to the highest whole step around the line.
        low = std::min(low, 0.0);
        high = std::max(high, 0.0);
    } else {
        // Counts and money never go below zero, and the axis starts at zero.
        low = 0;
        high = std::max(high, 0.0);
    }
    const double step = wholeStep(low, high);
    axis.min = std::floor(low / step) * step;
    axis.max = axis.min + step * (kTicks - 1);
    // A negative start can leave the top short: one more tick (steps divide 100, so a score's
    // axis stays within −100…+100).
    while (axis.max < high) {
        axis.max += step;
        axis.ticks += 1;
    }
    return axis;
}

void TrendChart::setTrend(const QStringList& labels, const QList<std::optional<double>>& values, const QColor& colour,
                          Scale scale)
{
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setBackgroundRoundness(0);
    auto* line = new QLineSeries(chart);
    auto* dots = new QScatterSeries(chart);
    line->setColor(colour);
    dots->setColor(colour);
    dots->setMarkerSize(6);
    m_points = 0;
    m_last = values.isEmpty() ? std::nullopt : values.last();
    for (int i = 0; i < values.size(); ++i) {
        if (!values[i])
            continue;
        line->append(i, *values[i]);
        dots->append(i, *values[i]);
        ++m_points;
    }
    chart->addSeries(line);
    chart->addSeries(dots);
    m_axis = valueAxis(values, scale);
    auto* x = new QCategoryAxis(chart);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Every third month, counted back from this month so that it always has its label (twelve
    // labels do not fit a card).
    QList<int> at;
    for (qsizetype i = labels.size() - 1; i >= 0; i -= 3)
        at.prepend(int(i));
    for (const int i : std::as_const(at)) {
        x->append(labels[i], i);
        m_axis.monthLabels.append(labels[i]);
    }
    x->setRange(-0.3, double(std::max<qsizetype>(1, labels.size() - 1)) + 0.3);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    x->setLabelsFont(small);
    auto* y = new QValueAxis(chart);
    y->setRange(m_axis.min, m_axis.max);
    y->setTickCount(m_axis.ticks);
    y->setLabelFormat(m_axis.format);
    y->setLabelsFont(small);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* s : {static_cast<QAbstractSeries*>(line), static_cast<QAbstractSeries*>(dots)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace clientele::ui
