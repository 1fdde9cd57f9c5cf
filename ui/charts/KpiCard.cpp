#include "KpiCard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace clientele::ui {

KpiCard::KpiCard(const QString& title, QWidget* parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_value(new QLabel(this)), m_change(new QLabel(this))
{
    setObjectName(QStringLiteral("kpiCard"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    m_title->setStyleSheet(QStringLiteral("color: #475569;"));
    m_title->setWordWrap(true);
    m_value->setStyleSheet(QStringLiteral("font-size: 17pt; font-weight: 600; color: #0f172a;"));
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    setFigure(QString(), QString(), Tone::Neutral, Level::Normal, QString());
}

void KpiCard::setFigure(const QString& value, const QString& change, Tone tone, Level level, const QString& tooltip)
{
    m_value->setText(value);
    m_change->setText(change);
    m_tone = tone;
    m_change->setStyleSheet(tone == Tone::Good  ? QStringLiteral("color: #15803d;")
                            : tone == Tone::Bad ? QStringLiteral("color: #b91c1c;")
                                                : QStringLiteral("color: #64748b;"));
    const QString border = level == Level::Red     ? QStringLiteral("#dc2626")
                           : level == Level::Amber ? QStringLiteral("#f59e0b")
                                                   : QStringLiteral("#e2e8f0");
    const QString background = level == Level::Red     ? QStringLiteral("#fef2f2")
                               : level == Level::Amber ? QStringLiteral("#fffbeb")
                                                       : QStringLiteral("white");
    setStyleSheet(QStringLiteral("#kpiCard { border: 2px solid %1; border-radius: 6px; background: %2; }")
                      .arg(border, background));
    setToolTip(tooltip);
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

} // namespace clientele::ui
