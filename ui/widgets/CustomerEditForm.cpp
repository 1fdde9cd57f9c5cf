#include "domain/Clock.h"
#include "CustomerEditForm.h"

#include "customers/CustomerEditor.h"
#include "storage/CustomFieldRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "security/PhoneVisibility.h"
#include "security/Session.h"
#include "widgets/PhoneDisplay.h"
#include "i18n/LocalDates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace clientele::ui {

using core::io::ImportField;
namespace importfield = core::io::importfield;

CustomerEditForm::CustomerEditForm(core::storage::Database& database, qint64 customerId, QWidget* parent)
    : QWidget(parent), m_database(database), m_customerId(customerId)
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    const auto placeholder = [](ImportField field) -> QString {
        switch (field) {
        case ImportField::Phone: return tr("e.g. 138 0013 8000 or +86 138-0013-8000");
        case ImportField::Birthday: return tr("e.g. 1990-05-01, 1990年5月1日, or without the year 5月1日");
        case ImportField::JoinedOn: return tr("e.g. 1990-05-01 or 1990年5月1日");
        case ImportField::Tags: return tr("separated by commas, e.g. VIP, new mum");
        default: return {};
        }
    };
    for (const ImportField field : core::customers::CustomerForm::fields()) {
        QWidget* editor = nullptr;
        switch (field) {
        case ImportField::Gender:
            m_gender = new QComboBox(this);
            m_gender->addItem(tr("Not given"), QString());
            m_gender->addItem(tr("Female"), QStringLiteral("F"));
            m_gender->addItem(tr("Male"), QStringLiteral("M"));
            connect(m_gender, &QComboBox::currentIndexChanged, this, [this] { m_modified = true; });
            editor = m_gender;
            break;
        case ImportField::Notes:
            m_notes = new QPlainTextEdit(this);
            m_notes->setMaximumHeight(80);
            connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { m_modified = true; });
            editor = m_notes;
            break;
        case ImportField::MarketingConsent:
            m_consent = new QCheckBox(tr("May receive offers and campaign messages"), this);
            connect(m_consent, &QCheckBox::toggled, this, [this] { m_modified = true; });
            editor = m_consent;
            break;
        default: {
            auto* edit = new QLineEdit(this);
            edit->setPlaceholderText(placeholder(field));
            connect(edit, &QLineEdit::textEdited, this, [this] { m_modified = true; });
            m_edits.insert(field, edit);
            editor = edit;
        }
        }
        editor->setObjectName(QStringLiteral("field_") + importfield::key(field));
        if (field == ImportField::Phone) {
            // Masked as everywhere (core rule); Show reveals it for editing, recorded in the audit log.
            auto* row = new QWidget(this);
            auto* rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            rowLayout->addWidget(editor, 1);
            m_revealPhone = new QPushButton(tr("Show"), row);
            m_revealPhone->setObjectName(QStringLiteral("revealPhone"));
            m_revealPhone->setToolTip(tr("Show the full number to see or change it (recorded in the audit log)"));
            connect(m_revealPhone, &QPushButton::clicked, this, &CustomerEditForm::revealPhone);
            rowLayout->addWidget(m_revealPhone);
            editor = row;
        }
        form->addRow(importfield::label(field) + u':', editor);
    }
    addShopFields(form);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("formProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_problems->hide();
    layout->addWidget(m_problems);
    layout->addStretch(1);
    reload();
}

void CustomerEditForm::reload()
{
    core::Customer customer;
    if (m_customerId > 0) {
        core::storage::CustomerRepository repo(m_database);
        if (const auto found = repo.findById(m_customerId); found && found->has_value())
            customer = **found;
        if (const auto tags = repo.tags(m_customerId))
            customer.tags = *tags;
    }
    const auto values = core::customers::CustomerForm::valuesOf(customer);
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        it.value()->setText(values.value(it.key()));
    m_storedPhone = values.value(ImportField::Phone);
    m_phoneMasked = !m_storedPhone.isEmpty() && !core::security::PhoneVisibility::showsFull(fullPhonesRequested());
    if (m_phoneMasked)
        lineEdit(ImportField::Phone)->setText(core::security::PhoneVisibility::shown(m_storedPhone, false));
    updatePhone();
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(customer.gender)));
    m_notes->setPlainText(customer.notes);
    m_consent->setChecked(customer.marketingConsent);
    QHash<QString, QString> shop;
    if (m_customerId > 0)
        if (auto stored = core::storage::CustomFieldRepository(m_database).values(m_customerId))
            shop = *stored;
    showShopValues(shop);
    m_modified = false;
}

namespace {
// A date edit's lowest date stands for "no date" (a QDateEdit always holds some date).
const QDate kNoDate(1900, 1, 1);
} // namespace

void CustomerEditForm::addShopFields(QFormLayout* form)
{
    const auto fields = core::storage::CustomFieldRepository(m_database).list();
    if (!fields)
        return;
    for (const core::CustomField& field : *fields) {
        QWidget* editor = nullptr;
        switch (field.type) {
        case core::CustomField::Type::Choice: {
            auto* combo = new QComboBox(this);
            combo->addItem(tr("Not given"), QString());
            for (const QString& choice : field.choices)
                combo->addItem(choice, choice);
            connect(combo, &QComboBox::activated, this, [this] { m_modified = true; });
            editor = combo;
            break;
        }
        case core::CustomField::Type::Date: {
            auto* date = new QDateEdit(this);
            date->setCalendarPopup(true);
            date->setMinimumDate(kNoDate);
            date->setSpecialValueText(tr("No date"));
            date->setDisplayFormat(core::i18n::LocalDates::shortFormat());
            connect(date, &QDateEdit::userDateChanged, this, [this] { m_modified = true; });
            editor = date;
            break;
        }
        case core::CustomField::Type::Number:
        case core::CustomField::Type::Text: {
            auto* edit = new QLineEdit(this);
            if (field.type == core::CustomField::Type::Number)
                edit->setPlaceholderText(tr("a number, e.g. 12 or 12.5"));
            connect(edit, &QLineEdit::textEdited, this, [this] { m_modified = true; });
            editor = edit;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("shopfield_") + field.key);
        form->addRow((field.required ? field.label + u" *" : field.label) + u':', editor);
        m_shopEditors.append({field, editor});
    }
}

void CustomerEditForm::showShopValues(const QHash<QString, QString>& values)
{
    for (const ShopEditor& shop : std::as_const(m_shopEditors)) {
        const QString value = values.value(shop.field.key);
        if (auto* combo = qobject_cast<QComboBox*>(shop.editor)) {
            int index = combo->findData(value);
            if (index < 0 && !value.isEmpty()) { // a value from before its choice was renamed: kept, shown
                combo->addItem(value, value);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(std::max(0, index));
        } else if (auto* date = qobject_cast<QDateEdit*>(shop.editor)) {
            const QDate d = QDate::fromString(value, Qt::ISODate);
            date->setDate(d.isValid() ? d : kNoDate);
        } else if (auto* edit = qobject_cast<QLineEdit*>(shop.editor)) {
            edit->setText(value);
            edit->setStyleSheet(QString());
        }
    }
}

QHash<QString, QString> CustomerEditForm::shopValues() const
{
    QHash<QString, QString> values;
    for (const ShopEditor& shop : m_shopEditors) {
        if (const auto* combo = qobject_cast<const QComboBox*>(shop.editor))
            values.insert(shop.field.key, combo->currentData().toString());
        else if (const auto* date = qobject_cast<const QDateEdit*>(shop.editor))
            values.insert(shop.field.key, date->date() == kNoDate ? QString() : date->date().toString(Qt::ISODate));
        else if (const auto* edit = qobject_cast<const QLineEdit*>(shop.editor))
            values.insert(shop.field.key, edit->text());
    }
    return values;
}

core::customers::CustomerForm::Values CustomerEditForm::values() const
{
    core::customers::CustomerForm::Values values;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        values.insert(it.key(), it.value()->text());
    if (m_phoneMasked) // the masked text is not a value to save
        values.insert(ImportField::Phone, m_storedPhone);
    values.insert(ImportField::Gender, m_gender->currentData().toString());
    values.insert(ImportField::Notes, m_notes->toPlainText());
    values.insert(ImportField::MarketingConsent, m_consent->isChecked() ? QStringLiteral("Y") : QStringLiteral("N"));
    return values;
}

bool CustomerEditForm::save()
{
    for (QLineEdit* edit : std::as_const(m_edits))
        edit->setStyleSheet(QString());
    const auto outcome =
        core::customers::CustomerEditor::save(m_database, m_customerId, values(), core::Clock::today(), shopValues());
    if (!outcome) {
        QMessageBox::warning(this, tr("Cannot save"), outcome.error().message);
        return false;
    }
    if (!outcome->saved()) {
        QStringList lines;
        for (const auto& problem : outcome->problems) {
            lines.append(problem.value.isEmpty() ? tr("%1: %2").arg(problem.column, problem.reason)
                                                 : tr("%1 “%2”: %3").arg(problem.column, problem.value, problem.reason));
            for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
                if (importfield::label(it.key()) == problem.column)
                    it.value()->setStyleSheet(QStringLiteral("border: 1px solid #dc2626;"));
            for (const ShopEditor& shop : std::as_const(m_shopEditors))
                if (shop.field.label == problem.column)
                    shop.editor->setStyleSheet(QStringLiteral("border: 1px solid #dc2626;"));
        }
        m_problems->setText(lines.join(u'\n'));
        m_problems->show();
        // The form scrolls (a shop's own fields make it long): bring the explanation into view.
        QTimer::singleShot(0, this, [this] {
            for (QWidget* p = parentWidget(); p; p = p->parentWidget())
                if (auto* scroll = qobject_cast<QScrollArea*>(p)) {
                    scroll->ensureWidgetVisible(m_problems);
                    break;
                }
        });
        return false;
    }
    m_problems->hide();
    m_customerId = outcome->id;
    reload(); // show the values as stored (normalized phone, ISO dates)
    Q_EMIT saved(m_customerId);
    return true;
}

void CustomerEditForm::setEditable(bool editable)
{
    m_editable = editable;
    for (QLineEdit* edit : std::as_const(m_edits))
        edit->setReadOnly(!editable);
    updatePhone();
    m_gender->setEnabled(editable);
    m_notes->setReadOnly(!editable);
    m_consent->setEnabled(editable);
    for (const ShopEditor& shop : std::as_const(m_shopEditors))
        shop.editor->setEnabled(editable);
}

void CustomerEditForm::revealPhone()
{
    if (!m_phoneMasked)
        return;
    const auto phone = core::security::PhoneVisibility::reveal(m_database, m_customerId, m_storedPhone, tr("profile"));
    if (!phone) {
        QMessageBox::warning(this, tr("Phone Number"), phone.error().message);
        return;
    }
    m_phoneMasked = false;
    lineEdit(ImportField::Phone)->setText(*phone);
    updatePhone();
}

void CustomerEditForm::updatePhone()
{
    lineEdit(ImportField::Phone)->setReadOnly(!m_editable || m_phoneMasked);
    m_revealPhone->setVisible(m_phoneMasked);
    m_revealPhone->setEnabled(core::security::Session::can(core::security::Permission::RevealSensitive));
    if (!m_revealPhone->isEnabled())
        m_revealPhone->setToolTip(tr("Only the owner may see full phone numbers"));
}

} // namespace clientele::ui
