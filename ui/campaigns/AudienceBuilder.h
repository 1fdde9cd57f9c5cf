#pragma once

#include "storage/CustomerQueries.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// A campaign's audience built from widgets in the user's language: tier, lifecycle stage, RFM
// segment, tag, city, spend, predicted value and P(alive). It reads and writes the audience text
// (campaigns::FilterText, `stage=at_risk;tier=gold`) that the CLI and saved filters use; parts of a
// text it has no widget for (several tiers, products, search) are kept as they are.
class AudienceBuilder : public QWidget
{
    Q_OBJECT
public:
    explicit AudienceBuilder(core::storage::Database& database, QWidget* parent = nullptr);

    // The audience as text (empty: everyone who may receive marketing).
    QString text() const { return m_text; }
    // Shows a text's conditions in the widgets; false (widgets unchanged) when it does not parse.
    bool setText(const QString& text);

Q_SIGNALS:
    void textChanged(const QString& text); // after a widget changed

private:
    void widgetsChanged();
    void showFilter();

    core::storage::Database& m_database;
    core::storage::CustomerFilter m_filter; // the whole audience, widgets' parts included
    QString m_text;
    QComboBox* m_tier;
    QComboBox* m_stage;
    QComboBox* m_segment;
    QComboBox* m_tag;
    QComboBox* m_city;
    QSpinBox* m_spend;     // yuan, 0 = any
    QSpinBox* m_clvTop;    // percent, 0 = any
    QSpinBox* m_pAlive;    // percent, 0 = any
    QLabel* m_more;        // "and conditions the widgets do not show"
};

} // namespace clientele::ui
