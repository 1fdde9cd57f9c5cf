#include "CustomFieldDialogs.h"

#include "customers/CustomFieldCatalog.h"
#include "io/CustomFieldParser.h"
#include "storage/CustomFieldRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele::ui {

using core::CustomField;
using core::customers::CustomFieldCatalog;

namespace {
QStringList lines(const QString& text)
{
    QStringList out;
    for (const QString& line : text.split(u'\n'))
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    return out;
}
} // namespace

NewFieldDialog::NewFieldDialog(core::storage::Database& database, QWidget* parent)
    : QDialog(parent), m_database(database), m_label(new QLineEdit(this)), m_key(new QLineEdit(this)),
      m_type(new QComboBox(this)), m_choices(new QPlainTextEdit(this)), m_choicesLabel(new QLabel(this)),
      m_required(new QCheckBox(tr("The profile cannot be saved without a value"), this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("New Customer Field"));
    m_label->setObjectName(QStringLiteral("newFieldLabel"));
    m_key->setObjectName(QStringLiteral("newFieldKey"));
    m_type->setObjectName(QStringLiteral("newFieldType"));
    m_choices->setObjectName(QStringLiteral("newFieldChoices"));
    m_label->setPlaceholderText(tr("e.g. Skin type"));
    m_key->setPlaceholderText(tr("made from the label"));
    m_key->setToolTip(tr("A short name for scripts and saved mappings: a-z, 0-9 and _"));
    for (const auto t : {CustomField::Type::Text, CustomField::Type::Choice, CustomField::Type::Number,
                         CustomField::Type::Date})
        m_type->addItem(CustomFieldCatalog::typeLabel(t), int(t));
    m_choices->setPlaceholderText(tr("one choice per line"));
    m_choices->setMaximumHeight(120);
    m_choicesLabel->setText(tr("Choices:"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Label:"), m_label);
    form->addRow(tr("Key:"), m_key);
    form->addRow(tr("Type:"), m_type);
    form->addRow(m_choicesLabel, m_choices);
    form->addRow(QString(), m_required);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Field"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewFieldDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_type, &QComboBox::currentIndexChanged, this, &NewFieldDialog::updateType);
    updateType();
}

void NewFieldDialog::startFrom(const QString& header, const QStringList& values)
{
    m_label->setText(header);
    m_proposed = core::io::CustomFieldParser::proposeChoices(values);
    if (!m_proposed.isEmpty())
        m_choices->setPlainText(m_proposed.join(u'\n'));
    // Few distinct values suggest a choice list.
    if (!m_proposed.isEmpty() && m_proposed.size() < values.size())
        m_type->setCurrentIndex(m_type->findData(int(CustomField::Type::Choice)));
}

void NewFieldDialog::updateType()
{
    const bool choice = m_type->currentData().toInt() == int(CustomField::Type::Choice);
    m_choices->setVisible(choice);
    m_choicesLabel->setVisible(choice);
}

void NewFieldDialog::accept()
{
    CustomField field;
    field.label = m_label->text().trimmed();
    field.type = CustomField::Type(m_type->currentData().toInt());
    field.choices = lines(m_choices->toPlainText());
    field.required = m_required->isChecked();
    field.key = m_key->text().trimmed();
    if (field.key.isEmpty()) {
        auto key = CustomFieldCatalog::keyFor(m_database, field.label);
        if (!key) {
            QMessageBox::warning(this, windowTitle(), key.error().message);
            return;
        }
        field.key = *key;
    }
    auto made = CustomFieldCatalog::define(m_database, field);
    if (!made) {
        m_problem->setText(made.error().message);
        m_problem->show();
        return;
    }
    m_field = *made;
    QDialog::accept();
}

// ---- Tools ▸ Customer Fields… -----------------------------------------------------------------

CustomFieldsDialog::CustomFieldsDialog(core::storage::Database& database, QWidget* parent)
    : QDialog(parent), m_database(database), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Customer Fields"));
    m_table->setObjectName(QStringLiteral("customFields"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Label"), tr("Key"), tr("Type"), tr("Choices"), tr("Customers with a value")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    auto* intro = new QLabel(tr("Fields of your own for every customer — skin type, size, a WeChat group … "
                                "They show on the profile, as optional list columns and filters, in exports, and "
                                "imports fill them from a column with the same heading."),
                             this);
    intro->setWordWrap(true);
    auto* addButton = new QPushButton(tr("&Add…"), this);
    auto* renameButton = new QPushButton(tr("&Rename…"), this);
    auto* choicesButton = new QPushButton(tr("Edit &Choices…"), this);
    auto* removeButton = new QPushButton(tr("Re&move…"), this);
    addButton->setObjectName(QStringLiteral("addField"));
    renameButton->setObjectName(QStringLiteral("renameField"));
    choicesButton->setObjectName(QStringLiteral("editChoices"));
    removeButton->setObjectName(QStringLiteral("removeField"));
    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {addButton, renameButton, choicesButton, removeButton}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(close);
    connect(addButton, &QPushButton::clicked, this, &CustomFieldsDialog::add);
    connect(renameButton, &QPushButton::clicked, this, &CustomFieldsDialog::rename);
    connect(choicesButton, &QPushButton::clicked, this, &CustomFieldsDialog::editChoices);
    connect(removeButton, &QPushButton::clicked, this, &CustomFieldsDialog::remove);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [=, this] {
        const QString key = selectedKey();
        const auto field = std::find_if(m_fields.cbegin(), m_fields.cend(), [&](const CustomField& f) { return f.key == key; });
        renameButton->setEnabled(field != m_fields.cend());
        removeButton->setEnabled(field != m_fields.cend());
        choicesButton->setEnabled(field != m_fields.cend() && field->type == CustomField::Type::Choice);
    });
    resize(720, 380);
    reload();
}

void CustomFieldsDialog::reload()
{
    const QString selected = selectedKey();
    core::storage::CustomFieldRepository repo(m_database);
    auto fields = repo.list();
    if (!fields) {
        QMessageBox::warning(this, windowTitle(), fields.error().message);
        return;
    }
    m_fields = *fields;
    m_table->setRowCount(int(m_fields.size()));
    for (int row = 0; row < m_fields.size(); ++row) {
        const CustomField& f = m_fields[row];
        const auto count = repo.valueCount(f.id);
        const QStringList cells = {f.label, f.key, CustomFieldCatalog::typeLabel(f.type), f.choices.join(tr(", ")),
                                   count ? QLocale().toString(*count) : QString()};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
        m_table->item(row, 0)->setData(Qt::UserRole, f.key);
        if (f.key == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    Q_EMIT m_table->itemSelectionChanged();
}

QString CustomFieldsDialog::selectedKey() const
{
    const auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() || !m_table->item(rows.first().row(), 0))
        return {};
    return m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

void CustomFieldsDialog::add()
{
    NewFieldDialog dialog(m_database, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_changed = true;
    reload();
}

void CustomFieldsDialog::rename()
{
    const QString key = selectedKey();
    const auto field = std::find_if(m_fields.cbegin(), m_fields.cend(), [&](const CustomField& f) { return f.key == key; });
    if (field == m_fields.cend())
        return;
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Rename Field"), tr("New label for “%1”:").arg(field->label),
                                                QLineEdit::Normal, field->label, &ok);
    if (!ok)
        return;
    if (auto s = CustomFieldCatalog::rename(m_database, key, label); !s) {
        QMessageBox::warning(this, tr("Rename Field"), s.error().message);
        return;
    }
    m_changed = true;
    reload();
}

void CustomFieldsDialog::editChoices()
{
    const QString key = selectedKey();
    const auto field = std::find_if(m_fields.cbegin(), m_fields.cend(), [&](const CustomField& f) { return f.key == key; });
    if (field == m_fields.cend())
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Edit Choices"),
                                                        tr("Choices of “%1”, one per line:").arg(field->label),
                                                        field->choices.join(u'\n'), &ok);
    if (!ok)
        return;
    if (auto s = CustomFieldCatalog::setChoices(m_database, key, lines(text)); !s) {
        QMessageBox::warning(this, tr("Edit Choices"), s.error().message);
        return;
    }
    m_changed = true;
    reload();
}

void CustomFieldsDialog::remove()
{
    const QString key = selectedKey();
    const auto field = std::find_if(m_fields.cbegin(), m_fields.cend(), [&](const CustomField& f) { return f.key == key; });
    if (field == m_fields.cend())
        return;
    const auto count = core::storage::CustomFieldRepository(m_database).valueCount(field->id);
    if (!count) {
        QMessageBox::warning(this, tr("Remove Field"), count.error().message);
        return;
    }
    const QString question =
        *count == 0 ? tr("Remove the field “%1”? No customer has a value for it.").arg(field->label)
                    : tr("Remove the field “%1”? %Ln customer(s) have a value for it; those values are deleted too.",
                         nullptr, int(*count))
                          .arg(field->label);
    if (QMessageBox::question(this, tr("Remove Field"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) !=
        QMessageBox::Yes)
        return;
    if (auto s = CustomFieldCatalog::remove(m_database, key); !s) {
        QMessageBox::warning(this, tr("Remove Field"), s.error().message);
        return;
    }
    m_changed = true;
    reload();
}

} // namespace clientele::ui
