#include "HealthPage.h"

#include "ServiceSettingsDialog.h"

#include "charts/KpiCard.h"
#include "charts/TrendChart.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "report/ReportRenderer.h"
#include "security/Session.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace clientele::ui {

namespace service = core::service;

namespace {
KpiCard::Level cardLevel(core::report::KpiLevel level)
{
    switch (level) {
    case core::report::KpiLevel::Red: return KpiCard::Level::Red;
    case core::report::KpiLevel::Amber: return KpiCard::Level::Amber;
    case core::report::KpiLevel::Normal: break;
    }
    return KpiCard::Level::Normal;
}

// The trend in the card's display unit: per mille as percent, fen as yuan.
double displayValue(const QString& key, qint64 value)
{
    if (key == QLatin1String("repurchase") || key == QLatin1String("sla"))
        return double(value) / 10.0;
    if (key == QLatin1String("clv"))
        return double(value) / 100.0;
    return double(value);
}

TrendChart::Scale scaleOf(const QString& key)
{
    if (key == QLatin1String("repurchase") || key == QLatin1String("sla"))
        return TrendChart::Scale::Percent;
    if (key == QLatin1String("nps"))
        return TrendChart::Scale::Score;
    if (key == QLatin1String("clv"))
        return TrendChart::Scale::Money;
    return TrendChart::Scale::Count;
}

bool higherIsBetter(const QString& key)
{
    return key != QLatin1String("churn");
}
} // namespace

HealthPage::HealthPage(core::storage::Database& db, QWidget* parent) : Page(db, parent)
{
    m_settings = new QAction(tr("Service &Settings…"), this);
    m_settings->setObjectName(QStringLiteral("healthSettingsAction"));
    needs(writes(m_settings), int(core::security::Permission::ChangeRules));
    connect(m_settings, &QAction::triggered, this, [this] {
        ServiceSettingsDialog dialog(database(), this);
        if (dialog.exec() == QDialog::Accepted) {
            refresh(); // the NPS warning line may have moved
            Q_EMIT dataChanged();
        }
    });
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("healthHeading"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: 600;"));
    layout->addWidget(m_heading);
    auto* hint = new QLabel(tr("Click a card to see the customers behind it."), this);
    hint->setStyleSheet(QStringLiteral("color: #475569;"));
    layout->addWidget(hint);
    m_tickets = new QLabel(this);
    m_tickets->setObjectName(QStringLiteral("healthTickets"));
    m_tickets->setWordWrap(true);
    layout->addWidget(m_tickets);
    m_grid = new QGridLayout;
    layout->addLayout(m_grid);
    layout->addStretch(1);
    const QStringList keys = service::HealthFigures::keys();
    for (int i = 0; i < keys.size(); ++i) {
        auto* box = new QWidget(this);
        box->setObjectName(QStringLiteral("healthCard_") + keys[i]);
        box->setCursor(Qt::PointingHandCursor);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        auto* card = new KpiCard(service::HealthFigures::label(keys[i]), box);
        auto* trend = new TrendChart(box);
        card->setAttribute(Qt::WA_TransparentForMouseEvents);
        boxLayout->addWidget(card);
        boxLayout->addWidget(trend);
        box->installEventFilter(this);
        m_cards.insert(keys[i], card);
        m_trends.insert(keys[i], trend);
        m_grid->addWidget(box, i / 3, i % 3);
    }
    for (int column = 0; column < 3; ++column)
        m_grid->setColumnStretch(column, 1);
    refresh();
}

QString HealthPage::title() const
{
    return tr("Health");
}

QString HealthPage::menuText() const
{
    return tr("&Health", "View menu");
}

QString HealthPage::monthLabel(const QDate& month)
{
    // The heading names the month and year; a card's axis has room for short month names only.
    return QLocale().standaloneMonthName(month.month(), QLocale::ShortFormat);
}

QString HealthPage::menuTitle() const
{
    return tr("Hea&lth"); // Alt+H is Help
}

QList<QAction*> HealthPage::pageActions()
{
    return {m_settings};
}

QString HealthPage::cardValue(const QString& key) const
{
    const KpiCard* card = m_cards.value(key);
    return card ? card->valueText() : QString();
}

void HealthPage::refresh()
{
    const QString month = core::Clock::today().toString(QStringLiteral("yyyy-MM"));
    auto figures = service::HealthFigures::build(database(), month);
    if (!figures) {
        m_heading->setText(figures.error().message);
        m_figures.reset();
        return;
    }
    m_figures = std::move(*figures);
    m_heading->setText(tr("Shop health, %1").arg(core::report::ReportRenderer::monthLabel(month)));
    const auto& t = m_figures->tickets;
    const auto minutes = [](const std::optional<qint64>& m) {
        return m ? tr("%1 h %2 min").arg(*m / 60).arg(*m % 60) : QStringLiteral("–");
    };
    m_tickets->setText(tr("Service this month: %Ln ticket(s) opened, %1 resolved; median first response %2, median "
                          "resolution %3 (opening hours).", nullptr, int(t.opened))
                           .arg(t.resolved)
                           .arg(minutes(t.medianFirstResponseMinutes), minutes(t.medianResolutionMinutes)));
    QStringList labels;
    for (const QString& m : m_figures->months)
        labels.append(monthLabel(QDate::fromString(m + QStringLiteral("-01"), Qt::ISODate)));
    for (const service::HealthCard& c : m_figures->cards) {
        QString change;
        // No change to judge (no figure, or no last month): the line is neutral, never "good".
        KpiCard::Tone tone = KpiCard::Tone::Neutral;
        if (c.value && c.previous && *c.value != *c.previous) {
            const double delta = displayValue(c.key, *c.value) - displayValue(c.key, *c.previous);
            const bool percent = c.key == QLatin1String("repurchase") || c.key == QLatin1String("sla");
            const qint64 rawDelta = *c.value - *c.previous;
            const QString amount =
                c.key == QLatin1String("clv")
                    ? QString((rawDelta > 0 ? QStringLiteral("+") : QString()) + core::money::format(rawDelta))
                    // A rate's change is in percentage points, as the dashboard and the report say it.
                    : percent ? tr("%1 pts").arg(QString((delta > 0 ? QStringLiteral("+") : QString()) +
                                                         QLocale().toString(delta, 'f', 1)))
                              : QString((delta > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(delta, 'f', 0));
            change = tr("%1 on last month").arg(amount);
            tone = (delta > 0) == higherIsBetter(c.key) ? KpiCard::Tone::Good : KpiCard::Tone::Bad;
        }
        QString detail;
        if (c.key == QLatin1String("nps"))
            detail = c.value ? tr("%Ln answer(s) this month", nullptr, int(c.count))
                             : tr("%Ln answer(s) this month; a score needs %1", nullptr, int(c.count))
                                   .arg(service::NpsFigure::kMinAnswers);
        else if (c.key == QLatin1String("sla"))
            detail = tr("%Ln ticket(s) resolved this month", nullptr, int(c.count));
        else if (c.key == QLatin1String("clv"))
            detail = tr("12-month spend per buyer, %Ln buyer(s)", nullptr, int(c.count));
        else
            detail = tr("Of %Ln buyer(s) in 12 months", nullptr, int(c.count));
        const QString explanation = service::HealthFigures::explanation(c.key);
        m_cards[c.key]->setFigure(service::HealthFigures::valueText(c), change.isEmpty() ? detail : QString(change + u'\n' + detail),
                                  tone, cardLevel(c.level), explanation.isEmpty() ? detail : explanation);
        QList<std::optional<double>> values;
        for (const auto& v : c.trend)
            values.append(v ? std::optional<double>(displayValue(c.key, *v)) : std::nullopt);
        const QColor colour = c.level == core::report::KpiLevel::Red     ? QColor(0xdc, 0x26, 0x26)
                              : c.level == core::report::KpiLevel::Amber ? QColor(0xf5, 0x9e, 0x0b)
                                                                         : QColor(0x1d, 0x4e, 0xd8);
        m_trends[c.key]->setTrend(labels, values, colour, scaleOf(c.key));
    }
}

void HealthPage::openCard(const QString& key)
{
    if (!m_figures)
        return;
    const auto ids = service::HealthFigures::customers(database(), key, m_figures->month);
    if (!ids)
        return;
    core::storage::CustomerFilter filter;
    filter.ids = *ids;
    if (filter.ids.isEmpty())
        filter.ids = {-1}; // nobody: an empty id list would mean everyone
    const QString month = core::report::ReportRenderer::monthLabel(m_figures->month);
    QString description;
    if (key == QLatin1String("nps"))
        description = tr("Unhappy survey answers in %1").arg(month);
    else if (key == QLatin1String("repurchase"))
        description = tr("Customers with two or more purchases in the 12 months to %1").arg(month);
    else if (key == QLatin1String("clv"))
        description = tr("Customers who bought in the 12 months to %1").arg(month);
    else if (key == QLatin1String("churn"))
        description = tr("Customers who turned dormant in %1").arg(month);
    else
        description = tr("Customers whose ticket was late in %1").arg(month);
    Q_EMIT showCustomers(filter, description);
}

bool HealthPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const QString name = watched->objectName();
        if (name.startsWith(QLatin1String("healthCard_"))) {
            openCard(name.mid(int(qstrlen("healthCard_"))));
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

} // namespace clientele::ui
