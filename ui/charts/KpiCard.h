#pragma once

#include <QFrame>

class QLabel;

namespace clientele::ui {

// One key figure: its name, this month's value, the change from last month, and a border that
// turns amber or red when the owner's threshold is crossed. The tooltip says how it is computed.
class KpiCard : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Normal, Amber, Red };
    explicit KpiCard(const QString& title, QWidget* parent = nullptr);
    void setFigure(const QString& value, const QString& change, bool changeIsGood, Level level, const QString& tooltip);
    QString valueText() const;

private:
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_change;
};

} // namespace clientele::ui
