#include "TillStoreBar.h"

#include "member/SaleService.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/StoreRepository.h"
#include "stores/StoreService.h"
#include "stores/StoresDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace clientele::ui {

TillStoreBar::TillStoreBar(core::storage::Database& database, QWidget* parent)
    : QWidget(parent), m_database(database), m_till(core::member::SaleService::defaultTill()),
      m_caption(new QLabel(tr("T&ill's store:"), this)), m_name(new QLabel(this)), m_store(new QComboBox(this)),
      m_prompt(new QLabel(this))
{
    setObjectName(u"tillStoreBar"_s);
    m_name->setObjectName(u"tillStoreName"_s);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_store->setObjectName(u"tillStore"_s);
    m_store->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_store->setFocusPolicy(Qt::StrongFocus); // the wheel does not move a till to another store in passing
    m_store->setToolTip(tr("The store this till sells for: its sales and top-ups count for that store. "
                           "Each computer at the counter has its own setting."));
    m_caption->setBuddy(m_store);
    m_prompt->setObjectName(u"tillStorePrompt"_s);
    m_prompt->setWordWrap(true);
    m_prompt->setStyleSheet(u"color: #b35900"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_name);
    layout->addWidget(m_store);
    layout->addWidget(m_prompt, 100);
    layout->addStretch(1); // once the prompt is gone, the list keeps its own width
    connect(m_store, &QComboBox::activated, this, &TillStoreBar::choose);
    reload();
}

void TillStoreBar::reload()
{
    core::storage::StoreRepository repo(m_database);
    const auto stores = repo.list();
    const auto current = repo.storeOfTill(m_till);
    // Where the till's money counts (one rule with the counter's): a shop of one store needs no choice.
    const auto counts = core::member::SaleService::tillStore(m_database, m_till);
    const QString code = current && !current->isEmpty() ? *current
                         : counts && counts->has_value() ? **counts
                                                          : QString();
    const QList<core::storage::Store> list = stores ? *stores : QList<core::storage::Store>();
    setVisible(!list.isEmpty() || !code.isEmpty());
    if (isHidden())
        return;
    const bool owner = core::security::Session::can(core::security::Permission::ManageStores) &&
                       !m_database.isReadOnly();
    QString name = code;
    {
        const QSignalBlocker blocker(m_store);
        m_store->clear();
        if (code.isEmpty())
            m_store->addItem(tr("Choose this till's store…"), QString());
        for (const auto& s : list) {
            m_store->addItem(StoresDialog::label(s), s.code);
            if (s.code == code)
                name = StoresDialog::label(s);
        }
        m_store->setCurrentIndex(std::max(0, m_store->findData(code)));
    }
    m_store->setVisible(owner);
    m_name->setVisible(!owner);
    m_name->setText(code.isEmpty() ? tr("none chosen for this till yet") : name);
    m_caption->setBuddy(owner ? static_cast<QWidget*>(m_store) : m_name);
    m_prompt->setText(!code.isEmpty() ? QString()
                      : owner         ? tr("Choose the store this till stands in, so its sales and top-ups count "
                                           "for that store.")
                                      : tr("An owner chooses the store this till sells for, here."));
    m_prompt->setVisible(code.isEmpty());
    if (!current)
        Q_EMIT message(current.error().message);
}

bool TillStoreBar::canChoose() const
{
    return !isHidden() && !m_store->isHidden();
}

void TillStoreBar::focusChoice()
{
    if (!canChoose())
        return;
    m_store->setFocus(Qt::ShortcutFocusReason);
    m_store->showPopup();
}

void TillStoreBar::choose(int index)
{
    const QString code = m_store->itemData(index).toString();
    if (code.isEmpty())
        return;
    const core::Status set = core::stores::StoreService::setStoreOfTill(m_database, m_till, code);
    const QString label = m_store->itemText(index);
    reload();
    Q_EMIT message(set ? tr("This till now sells for %1.").arg(label) : set.error().message);
}

} // namespace clientele::ui
