#include "CustomerPicker.h"

#include "customers/DisplayName.h"
#include "io/PhoneNormalizer.h"
#include "storage/CustomerQueries.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace clientele::ui {

namespace {
constexpr int kMatchesShown = 8;
}

CustomerPicker::CustomerPicker(const core::storage::Database& database, QWidget* parent)
    : QWidget(parent), m_database(database)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerPickerSearch"));
    m_search->setPlaceholderText(tr("Name, phone or member code"));
    m_search->setClearButtonEnabled(true);
    m_matches = new QListWidget(this);
    m_matches->setObjectName(QStringLiteral("customerPickerMatches"));
    m_matches->setMaximumHeight(fontMetrics().height() * (kMatchesShown + 3)); // the matches, no scrolling
    layout->addWidget(m_search);
    layout->addWidget(m_matches);
    setFocusProxy(m_search);

    auto* debounce = new QTimer(this); // one query per pause in typing, not per keystroke
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_search, &QLineEdit::textEdited, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { search(m_search->text()); });
    connect(m_matches, &QListWidget::currentRowChanged, this, [this] { Q_EMIT customerChanged(customerId()); });
    // Enter in the search box searches what was typed at once (no waiting for the pause), picks
    // the first match when none is chosen yet, and says a customer was chosen (the counter moves on
    // to the amount).
    connect(m_search, &QLineEdit::returnPressed, this, [this, debounce] {
        if (debounce->isActive()) {
            debounce->stop();
            search(m_search->text());
        }
        if (m_matches->count() > 0 && m_matches->currentRow() < 0)
            m_matches->setCurrentRow(0);
        if (const qint64 id = customerId(); id > 0)
            Q_EMIT chosen(id);
    });
}

void CustomerPicker::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CustomerPicker::search(const QString& text)
{
    m_matches->clear();
    if (text.trimmed().isEmpty()) {
        Q_EMIT customerChanged(0);
        return;
    }
    core::storage::CustomerFilter filter;
    filter.search = text;
    const auto rows = core::storage::CustomerQueries::list(m_database, filter, core::storage::CustomerSort::Name, false,
                                                           kMatchesShown);
    if (!rows)
        return;
    for (const auto& row : *rows)
        addMatch(row);
    if (m_matches->count() == 1)
        m_matches->setCurrentRow(0);
    Q_EMIT customerChanged(customerId());
}

void CustomerPicker::pick(qint64 customerId)
{
    if (customerId <= 0 || customerId == this->customerId())
        return;
    const auto row = core::storage::CustomerQueries::row(m_database, customerId);
    if (!row || !row->has_value())
        return;
    const QSignalBlocker blocker(m_matches); // one customerChanged, below
    m_matches->clear();
    addMatch(**row);
    m_matches->setCurrentRow(0);
    m_search->setText(core::customers::displayName((*row)->name));
    Q_EMIT customerChanged(customerId);
}

void CustomerPicker::addMatch(const core::storage::CustomerListRow& row)
{
    QStringList parts{core::customers::displayName(row.name)}; // one made from an order file's phone
    if (!row.phone.isEmpty())
        parts.append(core::io::PhoneNormalizer::mask(row.phone)); // staff may be looking over the shoulder
    if (!row.memberCode.isEmpty())
        parts.append(row.memberCode);
    auto* item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), m_matches);
    item->setData(Qt::UserRole, row.id);
    item->setData(Qt::UserRole + 1, row.name);
}

qint64 CustomerPicker::customerId() const
{
    const QListWidgetItem* item = m_matches->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString CustomerPicker::customerName() const
{
    const QListWidgetItem* item = m_matches->currentItem();
    return item ? item->data(Qt::UserRole + 1).toString() : QString();
}

} // namespace clientele::ui
