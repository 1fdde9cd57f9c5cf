#pragma once

#include "storage/CustomerQueries.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace clientele::ui {

// Search box plus tier and stage filters above the customer list; emits the combined filter
// (debounced while typing).
class CustomerFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerFilterBar(QWidget* parent = nullptr);
    core::storage::CustomerFilter filter() const;
    void focusSearch();
    // Tier keys of the active scheme, best first (labels are translated here).
    void setTiers(const QStringList& tierKeys);

Q_SIGNALS:
    void filterChanged(const clientele::core::storage::CustomerFilter& filter);

private:
    void emitFilter();

    QLineEdit* m_search;
    QComboBox* m_tier;
    QComboBox* m_stage;
    QTimer* m_delay;
};

} // namespace clientele::ui
