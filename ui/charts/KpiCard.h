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
    // The colour of the change line: green for a change for the better, red for the worse, grey
    // when there is no change to judge (no last month, or too few answers for a figure).
    enum class Tone { Neutral, Good, Bad };
    explicit KpiCard(const QString& title, QWidget* parent = nullptr);
    void setFigure(const QString& value, const QString& change, Tone tone, Level level, const QString& tooltip);
    QString valueText() const;
    Tone changeTone() const { return m_tone; }

private:
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_change;
    Tone m_tone = Tone::Neutral;
};

} // namespace clientele::ui
