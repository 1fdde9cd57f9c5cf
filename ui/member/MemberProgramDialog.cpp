#include "MemberProgramDialog.h"

#include "domain/Clock.h"
#include "domain/Money.h"
#include "member/Coupons.h"
#include "member/VisitCards.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "i18n/LocalDates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele::ui {

using core::member::Coupons;
using core::member::VisitCards;

namespace {
QTableWidget* makeTable(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLineEdit* moneyEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(QStringLiteral("0.00"));
    return edit;
}

// Empty is 0; anything else must be an amount.
bool moneyValue(const QLineEdit* edit, core::Fen* fen)
{
    if (edit->text().trimmed().isEmpty()) {
        *fen = 0;
        return true;
    }
    const auto parsed = core::money::parse(edit->text());
    if (!parsed || *parsed < 0)
        return false;
    *fen = *parsed;
    return true;
}
} // namespace

MemberProgramDialog::MemberProgramDialog(core::storage::Database& database, QWidget* parent)
    : QDialog(parent), m_database(database)
{
    setObjectName(QStringLiteral("memberProgramDialog"));
    setWindowTitle(tr("Visit-Card Plans and Coupon Types"));
    resize(860, 600);
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("memberProgramTabs"));
    tabs->addTab(buildPlans(), tr("Visit-card plans"));
    tabs->addTab(buildCouponTypes(), tr("Coupon types"));
    layout->addWidget(tabs, 1);
    // Typing goes into the form, not the table above it: the cursor starts in the first field of
    // the tab in front (a new user typed a plan's name into the list).
    connect(tabs, &QTabWidget::currentChanged, this, [this](int index) {
        (index == 0 ? m_planName : m_typeName)->setFocus(Qt::TabFocusReason);
    });
    m_planName->setFocus();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reload();
}

QWidget* MemberProgramDialog::buildPlans()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_plans = makeTable(QStringLiteral("planTable"),
                        {tr("Plan"), tr("Uses"), tr("Price"), tr("Per use"), tr("Months valid"), tr("Covers")}, page);
    layout->addWidget(m_plans, 1);
    auto* form = new QFormLayout;
    m_planName = new QLineEdit(page);
    m_planName->setObjectName(QStringLiteral("planName"));
    m_planName->setPlaceholderText(tr("e.g. 10 haircuts"));
    m_planUses = new QSpinBox(page);
    m_planUses->setObjectName(QStringLiteral("planUses"));
    m_planUses->setRange(1, 1000);
    m_planUses->setValue(10);
    m_planPrice = moneyEdit(QStringLiteral("planPrice"), page);
    m_planMonths = new QSpinBox(page);
    m_planMonths->setObjectName(QStringLiteral("planMonths"));
    m_planMonths->setRange(1, 120);
    m_planMonths->setValue(12);
    m_planItems = new QLineEdit(page);
    m_planItems->setObjectName(QStringLiteral("planItems"));
    m_planItems->setPlaceholderText(tr("Services or product codes the card covers"));
    form->addRow(tr("&Name:"), m_planName);
    form->addRow(tr("&Uses:"), m_planUses);
    form->addRow(tr("&Price (¥):"), m_planPrice);
    form->addRow(tr("&Months valid:"), m_planMonths);
    form->addRow(tr("Co&vers:"), m_planItems);
    auto* add = new QPushButton(tr("&Add Plan"), page);
    add->setObjectName(QStringLiteral("addPlanButton"));
    const bool allowed = core::security::Session::can(core::security::Permission::ChangeRules) && !m_database.isReadOnly();
    add->setEnabled(allowed);
    if (!allowed)
        add->setToolTip(tr("Only the owner may change the plans."));
    connect(add, &QPushButton::clicked, this, &MemberProgramDialog::addPlan);
    form->addRow(QString(), add);
    layout->addLayout(form);
    return page;
}

QWidget* MemberProgramDialog::buildCouponTypes()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_types = makeTable(QStringLiteral("couponTypeTable"),
                        {tr("Type"), tr("Gives"), tr("Valid"), tr("Per customer"), tr("Issued"), tr("Redeemed"),
                         tr("Redemption rate")},
                        page);
    layout->addWidget(m_types, 1);
    m_typeName = new QLineEdit(page);
    m_typeName->setObjectName(QStringLiteral("typeName"));
    m_typeName->setPlaceholderText(tr("e.g. ¥20 off ¥200"));
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("typeKind"));
    for (auto kind : {core::CouponKind::Amount, core::CouponKind::Percent, core::CouponKind::Item})
        m_kind->addItem(Coupons::kindLabel(kind), int(kind));
    m_amount = moneyEdit(QStringLiteral("typeAmount"), page);
    m_percent = new QSpinBox(page);
    m_percent->setObjectName(QStringLiteral("typePercent"));
    m_percent->setRange(1, 100);
    m_percent->setValue(10);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_cap = moneyEdit(QStringLiteral("typeCap"), page);
    m_cap->setPlaceholderText(tr("no cap"));
    m_item = new QLineEdit(page);
    m_item->setObjectName(QStringLiteral("typeItem"));
    m_minSpend = moneyEdit(QStringLiteral("typeMinSpend"), page);
    m_validity = new QComboBox(page);
    m_validity->setObjectName(QStringLiteral("typeValidity"));
    m_validity->addItem(tr("Days after issue"));
    m_validity->addItem(tr("Until a date"));
    m_days = new QSpinBox(page);
    m_days->setObjectName(QStringLiteral("typeDays"));
    m_days->setRange(1, 3650);
    m_days->setValue(30);
    m_until = new QDateEdit(core::Clock::today().addMonths(1), page);
    m_until->setObjectName(QStringLiteral("typeUntil"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(core::i18n::LocalDates::shortFormat());
    m_perCustomer = new QSpinBox(page);
    m_perCustomer->setObjectName(QStringLiteral("typePerCustomer"));
    m_perCustomer->setRange(0, 100);
    m_perCustomer->setValue(1);
    m_perCustomer->setSpecialValueText(tr("no limit"));
    m_stackable = new QCheckBox(tr("&Stackable with other stackable coupons"), page);
    m_stackable->setObjectName(QStringLiteral("typeStackable"));
    // Two columns: what the coupon gives, and when and to whom it applies (fits a 700-pixel screen).
    auto* columns = new QHBoxLayout;
    auto* gives = new QFormLayout;
    gives->addRow(tr("&Name:"), m_typeName);
    gives->addRow(tr("&Kind:"), m_kind);
    gives->addRow(tr("&Amount off / item value (¥):"), m_amount);
    gives->addRow(tr("&Percent off:"), m_percent);
    gives->addRow(tr("At m&ost (¥):"), m_cap);
    gives->addRow(tr("&Free item:"), m_item);
    auto* applies = new QFormLayout;
    applies->addRow(tr("M&inimum spend (¥):"), m_minSpend);
    applies->addRow(tr("&Valid:"), m_validity);
    applies->addRow(tr("&Days:"), m_days);
    applies->addRow(tr("&Last day:"), m_until);
    applies->addRow(tr("Per c&ustomer:"), m_perCustomer);
    applies->addRow(QString(), m_stackable);
    columns->addLayout(gives, 1);
    columns->addLayout(applies, 1);
    layout->addLayout(columns);
    auto* add = new QPushButton(tr("Add &Coupon Type"), page);
    add->setObjectName(QStringLiteral("addCouponTypeButton"));
    const bool allowed = core::security::Session::can(core::security::Permission::ChangeRules) && !m_database.isReadOnly();
    add->setEnabled(allowed);
    if (!allowed)
        add->setToolTip(tr("Only the owner may change the coupon types."));
    connect(add, &QPushButton::clicked, this, &MemberProgramDialog::addCouponType);
    auto* addRow = new QHBoxLayout;
    addRow->addStretch(1);
    addRow->addWidget(add);
    layout->addLayout(addRow);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MemberProgramDialog::updateKind);
    connect(m_validity, &QComboBox::currentIndexChanged, this, &MemberProgramDialog::updateKind);
    updateKind();
    return page;
}

void MemberProgramDialog::updateKind()
{
    const auto kind = core::CouponKind(m_kind->currentData().toInt());
    m_amount->setEnabled(kind != core::CouponKind::Percent);
    m_percent->setEnabled(kind == core::CouponKind::Percent);
    m_cap->setEnabled(kind == core::CouponKind::Percent);
    m_item->setEnabled(kind == core::CouponKind::Item);
    m_days->setEnabled(m_validity->currentIndex() == 0);
    m_until->setEnabled(m_validity->currentIndex() == 1);
}

void MemberProgramDialog::reload()
{
    const QLocale locale;
    m_plans->setRowCount(0);
    if (auto plans = VisitCards::plans(m_database)) {
        for (const auto& p : *plans) {
            const int row = m_plans->rowCount();
            m_plans->insertRow(row);
            const QStringList cells = {p.name,
                                       locale.toString(p.uses),
                                       core::money::format(p.price),
                                       core::money::format((p.price * 2 + p.uses) / (2 * p.uses)),
                                       locale.toString(p.monthsValid),
                                       p.items};
            for (int col = 0; col < cells.size(); ++col)
                m_plans->setItem(row, col, new QTableWidgetItem(cells[col]));
        }
    }
    m_types->setRowCount(0);
    if (auto types = Coupons::types(m_database)) {
        for (const auto& t : *types) {
            const int row = m_types->rowCount();
            m_types->insertRow(row);
            const QString valid = t.validDays > 0
                                      ? tr("%1 days after issue").arg(t.validDays)
                                      : tr("until %1").arg(core::i18n::LocalDates::shortDate(t.validTo));
            const QStringList cells = {t.name,
                                       Coupons::describe(t),
                                       valid,
                                       t.perCustomer > 0 ? locale.toString(t.perCustomer) : tr("no limit"),
                                       locale.toString(t.issued),
                                       locale.toString(t.redeemed),
                                       locale.toString(Coupons::redemptionRate(t) * 100.0, 'f', 1) +
                                           locale.percent()};
            for (int col = 0; col < cells.size(); ++col)
                m_types->setItem(row, col, new QTableWidgetItem(cells[col]));
        }
    }
    m_plans->resizeColumnsToContents();
    m_types->resizeColumnsToContents();
}

bool MemberProgramDialog::addPlan()
{
    core::CardPlan plan;
    plan.name = m_planName->text();
    plan.uses = m_planUses->value();
    plan.monthsValid = m_planMonths->value();
    plan.items = m_planItems->text();
    if (!moneyValue(m_planPrice, &plan.price) || m_planPrice->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, tr("Add Plan"), tr("The price \"%1\" is not an amount.").arg(m_planPrice->text()));
        return false;
    }
    auto id = VisitCards::addPlan(m_database, plan);
    if (!id) {
        QMessageBox::warning(this, tr("Add Plan"), id.error().message);
        return false;
    }
    m_planName->clear();
    m_planItems->clear();
    m_planPrice->clear();
    reload();
    m_planName->setFocus(); // ready for the next plan
    return true;
}

bool MemberProgramDialog::addCouponType()
{
    core::CouponType type;
    type.name = m_typeName->text();
    type.kind = core::CouponKind(m_kind->currentData().toInt());
    const auto notAmount = [this](const QLineEdit* edit) {
        QMessageBox::warning(this, tr("Add Coupon Type"), tr("\"%1\" is not an amount.").arg(edit->text()));
        return false;
    };
    if (!moneyValue(m_minSpend, &type.minSpend))
        return notAmount(m_minSpend);
    switch (type.kind) {
    case core::CouponKind::Amount:
    case core::CouponKind::Item:
        if (!moneyValue(m_amount, &type.amount))
            return notAmount(m_amount);
        type.item = type.kind == core::CouponKind::Item ? m_item->text() : QString();
        break;
    case core::CouponKind::Percent:
        type.percent = m_percent->value();
        if (!moneyValue(m_cap, &type.cap))
            return notAmount(m_cap);
        break;
    }
    if (m_validity->currentIndex() == 0)
        type.validDays = m_days->value();
    else
        type.validTo = m_until->date();
    type.perCustomer = m_perCustomer->value();
    type.stackable = m_stackable->isChecked();
    auto id = Coupons::addType(m_database, type);
    if (!id) {
        QMessageBox::warning(this, tr("Add Coupon Type"), id.error().message);
        return false;
    }
    m_typeName->clear();
    reload();
    m_typeName->setFocus();
    return true;
}

} // namespace clientele::ui
