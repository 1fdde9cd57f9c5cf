#include "ImportPages.h"

#include "ImportWizard.h"
#include "io/ColumnMapping.h"
#include "io/DelimiterSniffer.h"
#include "io/ImportSource.h"
#include "dialogs/CustomFieldDialogs.h"
#include "storage/CustomFieldRepository.h"
#include "storage/MappingRepository.h"
#include "storage/StoreRepository.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele::ui {

using namespace core::io;

namespace {
constexpr int kPreviewRows = 20;

QTableWidget* readOnlyTable(QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}
} // namespace

// ---- Step 1 ---------------------------------------------------------------------------------

ImportFilePage::ImportFilePage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Choose a file"));
    setSubTitle(tr("An Excel workbook (.xlsx) or a CSV exported from Excel, your till or your online shop. "
                   "Chinese (GBK/GB18030) and UTF-8 files both work."));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("Path of the Excel or CSV file"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setAutoDefault(false); // Enter is Next on every page; Space or Alt+B browses
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    auto* sheetRow = new QHBoxLayout;
    m_sheetLabel = new QLabel(tr("&Sheet:"), this);
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_sheetLabel->setBuddy(m_sheet);
    sheetRow->addWidget(m_sheetLabel);
    sheetRow->addWidget(m_sheet, 1);
    layout->addLayout(sheetRow);
    m_sheetLabel->hide();
    m_sheet->hide();

    auto* kind = new QLabel(tr("The file holds:"), this);
    m_customers = new QRadioButton(tr("&Customers (one row per customer)"), this);
    m_orders = new QRadioButton(tr("&Orders (one row per purchase)"), this);
    m_customers->setObjectName(QStringLiteral("importKindCustomers"));
    m_orders->setObjectName(QStringLiteral("importKindOrders"));
    m_customers->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_customers);
    group->addButton(m_orders);
    m_createCustomers = new QCheckBox(tr("Create a customer for orders whose customer is not known yet"), this);
    m_consentGiven = new QCheckBox(tr("These customers &agreed to receive marketing messages"), this);
    m_consentGiven->setObjectName(QStringLiteral("importConsentGiven"));
    m_consentGiven->setToolTip(tr("Used for rows without a marketing consent column or value. Unticked, no consent is "
                                  "recorded and campaigns leave these customers out until you record it."));
    // A chain: the store of an order file without a store column (or of its empty cells).
    m_storeLabel = new QLabel(tr("S&tore of rows that name none:"), this);
    m_store = new QComboBox(this);
    m_store->setObjectName(QStringLiteral("importStore"));
    m_storeLabel->setBuddy(m_store);
    m_store->setToolTip(tr("A store column (门店, 店铺, store) wins where it has a value; a store it names that is not "
                           "on the store list is added to it."));
    m_store->addItem(tr("None (or from the file's store column)"), QString());
    if (auto stores = core::storage::StoreRepository(wizard->database()).list())
        for (const auto& s : *stores)
            m_store->addItem(s.name == s.code ? s.code : tr("%1 (%2)").arg(s.name, s.code), s.code);
    auto* storeRow = new QHBoxLayout;
    storeRow->addWidget(m_storeLabel);
    storeRow->addWidget(m_store, 1);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #64748b;"));
    layout->addSpacing(12);
    layout->addWidget(kind);
    layout->addWidget(m_customers);
    layout->addWidget(m_orders);
    layout->addWidget(m_createCustomers);
    layout->addWidget(m_consentGiven);
    layout->addLayout(storeRow);
    layout->addSpacing(12);
    layout->addWidget(m_hint);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        listSheets();
        guessKind();
        Q_EMIT completeChanged();
    });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] { guessKind(); });
    connect(m_orders, &QRadioButton::toggled, m_createCustomers, &QWidget::setEnabled);
    m_createCustomers->setEnabled(false);
    const bool chain = m_store->count() > 1;
    const auto updateStore = [this, chain] {
        m_storeLabel->setVisible(chain && m_orders->isChecked());
        m_store->setVisible(chain && m_orders->isChecked());
    };
    connect(m_orders, &QRadioButton::toggled, this, updateStore);
    updateStore();
    // Consent matters where the file makes customers: a customer list, or orders creating them.
    const auto updateConsent = [this] {
        m_consentGiven->setEnabled(m_customers->isChecked() || m_createCustomers->isChecked());
    };
    connect(m_orders, &QRadioButton::toggled, this, updateConsent);
    connect(m_createCustomers, &QCheckBox::toggled, this, updateConsent);
}

void ImportFilePage::initializePage()
{
    if (!m_wizard->state().path.isEmpty())
        m_path->setText(m_wizard->state().path);
    if (const int at = m_sheet->findText(m_wizard->state().options.sheet); at >= 0 && m_sheet->isVisible())
        m_sheet->setCurrentIndex(at);
}

void ImportFilePage::listSheets()
{
    const QSignalBlocker blocker(m_sheet);
    m_sheet->clear();
    const QString path = m_path->text().trimmed();
    const auto sheets = QFileInfo(path).isFile() ? ImportSource::sheetsOf(path) : core::Result<QStringList>(QStringList());
    const bool workbook = sheets.ok() && !sheets->isEmpty();
    if (workbook)
        m_sheet->addItems(*sheets);
    m_sheetLabel->setVisible(workbook);
    m_sheet->setVisible(workbook);
}

void ImportFilePage::browse()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("import/lastFolder")).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a file"), folder,
        tr("Excel and CSV files (*.xlsx *.xlsm *.csv *.tsv *.txt);;Excel workbooks (*.xlsx *.xlsm);;CSV files (*.csv *.tsv "
           "*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastFolder"), QFileInfo(path).absolutePath());
    m_path->setText(path);
}

void ImportFilePage::guessKind()
{
    m_hint->clear();
    const QString path = m_path->text().trimmed();
    if (!QFileInfo(path).isFile())
        return;
    ImportOptions options;
    if (m_sheet->isVisibleTo(this))
        options.sheet = m_sheet->currentText();
    auto source = ImportSource::open(path, options);
    if (!source) {
        m_hint->setText(source.error().message);
        return;
    }
    const bool orders = ImportSource::guessKind((*source)->header()) == ImportKind::Orders;
    (orders ? m_orders : m_customers)->setChecked(true);
    m_hint->setText(orders ? tr("Its header names order fields, so it looks like an order list.")
                           : tr("Its header names customer fields, so it looks like a customer list."));
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(m_path->text().trimmed()).isFile();
}

bool ImportFilePage::validatePage()
{
    auto& state = m_wizard->state();
    const QString path = m_path->text().trimmed();
    const QString sheet = m_sheet->isVisibleTo(this) ? m_sheet->currentText() : QString();
    if (state.path != path || state.options.sheet != sheet) // a new file or sheet: format and mapping detected afresh
        state.options = {};
    state.path = path;
    state.options.sheet = sheet;
    state.options.kind = m_orders->isChecked() ? ImportKind::Orders : ImportKind::Customers;
    state.options.createCustomers = m_orders->isChecked() && m_createCustomers->isChecked();
    state.options.consentGiven = m_consentGiven->isEnabled() && m_consentGiven->isChecked();
    state.options.store = m_orders->isChecked() ? m_store->currentData().toString() : QString();
    return true;
}

// ---- Step 2 ---------------------------------------------------------------------------------

ImportFormatPage::ImportFormatPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Check the text"));
    setSubTitle(tr("Clientele detected how the file is written. If the preview shows garbled characters or "
                   "everything in one column, choose another encoding or delimiter."));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_form = form;
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    layout->addLayout(form);
    m_detected = new QLabel(this);
    m_detected->setWordWrap(true);
    layout->addWidget(m_detected);
    m_preview = readOnlyTable(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    layout->addWidget(m_preview, 1);

    m_encoding->addItem(tr("Detect automatically"), QString());
    for (const QString& name : {QStringLiteral("UTF-8"), QStringLiteral("GB18030"), QStringLiteral("Big5")})
        m_encoding->addItem(name == QLatin1String("GB18030") ? tr("GB18030 / GBK (Chinese Excel)") : name, name);
    m_delimiter->addItem(tr("Detect automatically"), QString());
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar |"), QStringLiteral("|"));
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFormatPage::refreshPreview);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportFormatPage::refreshPreview);
}

void ImportFormatPage::initializePage()
{
    const auto& options = m_wizard->state().options;
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(options.encoding)));
    m_delimiter->setCurrentIndex(
        std::max(0, m_delimiter->findData(options.delimiter.isNull() ? QString() : QString(options.delimiter))));
    refreshPreview();
}

void ImportFormatPage::refreshPreview()
{
    ImportOptions options = m_wizard->state().options;
    options.encoding = m_encoding->currentData().toString();
    const QString delimiter = m_delimiter->currentData().toString();
    options.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    options.mapping.reset();
    m_preview->clear();
    m_preview->setRowCount(0);
    auto source = ImportSource::open(m_wizard->state().path, options);
    m_readable = source.ok();
    if (!source) {
        m_detected->setText(QStringLiteral("<span style='color:#b91c1c'>%1</span>").arg(source.error().message.toHtmlEscaped()));
        Q_EMIT completeChanged();
        return;
    }
    ImportSource& s = **source;
    // A workbook has no encoding or delimiter to choose: the page shows its sheet instead.
    m_form->setRowVisible(m_encoding, !s.isWorkbook());
    m_form->setRowVisible(m_delimiter, !s.isWorkbook());
    setTitle(s.isWorkbook() ? tr("Check the sheet") : tr("Check the text"));
    setSubTitle(s.isWorkbook() ? tr("A workbook needs no encoding or delimiter. Check that the header and the first "
                                    "rows read as in Excel; to read another sheet, go back and choose it.")
                               : tr("Clientele detected how the file is written. If the preview shows garbled "
                                    "characters or everything in one column, choose another encoding or delimiter."));
    if (s.isWorkbook())
        m_detected->setText(tr("Reading the sheet <b>%1</b> of the workbook; the header is on row %2.")
                                .arg(s.sheet().toHtmlEscaped())
                                .arg(s.headerLine()));
    else
        m_detected->setText(tr("Reading as <b>%1</b>%2, columns separated by <b>%3</b>; the header is on line %4.")
                                .arg(s.encoding(), s.hadBom() ? tr(" (with BOM)") : QString(),
                                     DelimiterSniffer::label(s.delimiter()))
                                .arg(s.headerLine()));
    m_preview->setColumnCount(int(s.header().size()));
    m_preview->setHorizontalHeaderLabels(s.header());
    CsvRecord record;
    while (m_preview->rowCount() < kPreviewRows && s.next(record)) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        m_preview->setVerticalHeaderItem(row, new QTableWidgetItem(QString::number(record.line)));
        for (int col = 0; col < record.fields.size() && col < m_preview->columnCount(); ++col)
            m_preview->setItem(row, col, new QTableWidgetItem(record.fields[col]));
    }
    m_preview->resizeColumnsToContents();
    Q_EMIT completeChanged();
}

bool ImportFormatPage::validatePage()
{
    auto& options = m_wizard->state().options;
    options.encoding = m_encoding->currentData().toString();
    const QString delimiter = m_delimiter->currentData().toString();
    options.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    return m_readable;
}

// ---- Step 3 ---------------------------------------------------------------------------------

ImportMappingPage::ImportMappingPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Each column of the file feeds one field. Clientele recognised the columns it could from "
                   "their headings (Chinese or English); change any that are wrong."));
    auto* layout = new QVBoxLayout(this);
    auto* savedRow = new QHBoxLayout;
    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("importSavedMapping"));
    auto* save = new QPushButton(tr("&Save Mapping As…"), this);
    save->setAutoDefault(false); // Enter is Next
    savedRow->addWidget(new QLabel(tr("Saved mapping:"), this));
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(save);
    layout->addLayout(savedRow);
    m_columns = new QTableWidget(this);
    m_columns->setObjectName(QStringLiteral("importMapping"));
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("Example values"), tr("Imports as")});
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_columns, 1);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("importMissing"));
    m_missing->setWordWrap(true);
    layout->addWidget(m_missing);
    connect(save, &QPushButton::clicked, this, &ImportMappingPage::saveMapping);
    connect(m_saved, &QComboBox::activated, this, [this] { load(m_saved->currentData().toString()); });
}

void ImportMappingPage::initializePage()
{
    const auto kind = m_wizard->state().options.kind;
    m_saved->clear();
    m_saved->addItem(tr("None (detect from the headings)"), QString());
    if (const auto names = core::storage::MappingRepository(m_wizard->database()).names(importfield::kindKey(kind)))
        for (const QString& name : *names)
            m_saved->addItem(name, name);
    load(QString());
}

void ImportMappingPage::load(const QString& savedName)
{
    ImportOptions options = m_wizard->state().options;
    options.mapping.reset();
    if (!savedName.isEmpty())
        if (const auto saved = core::storage::MappingRepository(m_wizard->database()).load(savedName); saved && saved->has_value())
            options.savedMapping = **saved;
    auto source = ImportSource::open(m_wizard->state().path, options);
    if (!source) {
        m_missing->setText(source.error().message);
        m_complete = false;
        Q_EMIT completeChanged();
        return;
    }
    ColumnMapping mapping = (*source)->mapping();
    m_header = (*source)->header();
    // Columns headed like one of the shop's own fields fill it.
    m_shopFields.clear();
    if (options.kind == ImportKind::Customers)
        if (auto fields = core::storage::CustomFieldRepository(m_wizard->database()).list()) {
            m_shopFields = *fields;
            mapping.mapCustomFields(m_shopFields);
        }
    // A few example values per column, from the first rows.
    QList<QStringList> examples(m_header.size());
    CsvRecord record;
    for (int read = 0; read < 8 && (*source)->next(record); ++read)
        for (int col = 0; col < record.fields.size() && col < m_header.size(); ++col)
            if (!record.fields[col].trimmed().isEmpty() && examples[col].size() < 3)
                examples[col].append(record.fields[col].trimmed());

    m_columns->setRowCount(int(m_header.size()));
    const QList<ImportField> fields = importfield::fieldsFor(options.kind);
    for (int col = 0; col < m_header.size(); ++col) {
        m_columns->setItem(col, 0, new QTableWidgetItem(m_header[col]));
        m_columns->setItem(col, 1, new QTableWidgetItem(examples[col].join(QStringLiteral(" · "))));
        auto* choice = new QComboBox(m_columns);
        choice->addItem(tr("— not imported —"), importfield::key(ImportField::None));
        for (const ImportField field : fields)
            choice->addItem(importfield::label(field), importfield::key(field));
        addFieldChoices(choice);
        choice->setCurrentIndex(std::max(0, choice->findData(choiceData(mapping, col))));
        connect(choice, &QComboBox::currentIndexChanged, this, [this, choice, col] {
            if (choice->currentData().toString() == u"new")
                newFieldFrom(col);
            updateMissing();
        });
        m_columns->setCellWidget(col, 2, choice);
    }
    m_columns->resizeColumnToContents(0);
    m_columns->setColumnWidth(2, 200);
    updateMissing();
}

void ImportMappingPage::addFieldChoices(QComboBox* choice) const
{
    if (m_wizard->state().options.kind != ImportKind::Customers)
        return;
    if (!m_shopFields.isEmpty())
        choice->insertSeparator(choice->count());
    for (const core::CustomField& field : m_shopFields)
        choice->addItem(tr("%1 (shop field)").arg(field.label), QString(QStringLiteral("custom:") + field.key));
    choice->insertSeparator(choice->count());
    choice->addItem(tr("New field from this column…"), QStringLiteral("new"));
}

QString ImportMappingPage::choiceData(const ColumnMapping& mapping, int column) const
{
    if (const QString key = mapping.customFieldOf(column); !key.isEmpty())
        return QStringLiteral("custom:") + key;
    return importfield::key(mapping.fieldOf(column));
}

void ImportMappingPage::newFieldFrom(int column)
{
    auto* choice = qobject_cast<QComboBox*>(m_columns->cellWidget(column, 2));
    // Every value of the column, for the choice list (the file is read again; rows are few enough).
    QStringList values;
    ImportOptions options = m_wizard->state().options;
    options.mapping.reset();
    if (auto source = ImportSource::open(m_wizard->state().path, options)) {
        CsvRecord record;
        while (values.size() < 2000 && (*source)->next(record))
            if (column < record.fields.size() && !record.fields[column].trimmed().isEmpty())
                values.append(record.fields[column].trimmed());
    }
    NewFieldDialog dialog(m_wizard->database(), this);
    dialog.startFrom(m_header.value(column), values);
    const QSignalBlocker blocker(choice);
    if (dialog.exec() != QDialog::Accepted) {
        choice->setCurrentIndex(0); // not imported, as before
        return;
    }
    m_shopFields.append(dialog.field());
    // Offer the new field in every column's list, then choose it here.
    for (int col = 0; col < m_columns->rowCount(); ++col)
        if (auto* other = qobject_cast<QComboBox*>(m_columns->cellWidget(col, 2))) {
            const QSignalBlocker otherBlocker(other);
            const int at = other->findData(QStringLiteral("new")) - 1; // before the separator
            other->insertItem(at, tr("%1 (shop field)").arg(dialog.field().label),
                              QString(QStringLiteral("custom:") + dialog.field().key));
        }
    choice->setCurrentIndex(choice->findData(QString(QStringLiteral("custom:") + dialog.field().key)));
}

bool ImportMappingPage::isComplete() const
{
    return m_complete;
}

void ImportMappingPage::updateMissing()
{
    ColumnMapping mapping(m_wizard->state().options.kind, m_header);
    for (int col = 0; col < m_columns->rowCount(); ++col)
        if (auto* choice = qobject_cast<QComboBox*>(m_columns->cellWidget(col, 2)))
        {
            const QString data = choice->currentData().toString();
            if (data.startsWith(u"custom:"))
                mapping.setCustomField(col, data.mid(7));
            else if (const ImportField field = importfield::fromKey(data); field != ImportField::None)
                mapping.setField(col, field);
        }
    // setField keeps one column per field: show the result so a moved choice is visible.
    for (int col = 0; col < m_columns->rowCount(); ++col)
        if (auto* choice = qobject_cast<QComboBox*>(m_columns->cellWidget(col, 2))) {
            const QSignalBlocker blocker(choice);
            choice->setCurrentIndex(std::max(0, choice->findData(choiceData(mapping, col))));
        }
    QStringList missing;
    const bool orders = m_wizard->state().options.kind != ImportKind::Customers;
    for (const ImportField field : mapping.missingRequired()) {
        using importfield::label;
        // Where any of several columns will do, all of them are named.
        if (orders && field == ImportField::MemberCode)
            missing.append(tr("%1, %2 or %3").arg(label(field), label(ImportField::Phone), label(ImportField::Email)));
        else if (!orders && field == ImportField::Name)
            missing.append(tr("%1, %2 or %3").arg(label(field), label(ImportField::Phone), label(ImportField::MemberCode)));
        else
            missing.append(label(field));
    }
    const QStringList unmapped = mapping.unmappedColumns();
    QString text;
    if (!missing.isEmpty())
        text += QStringLiteral("<span style='color:#b91c1c'>%1</span><br>")
                    .arg(tr("Still needed: %1.").arg(missing.join(QStringLiteral(", "))).toHtmlEscaped());
    if (!unmapped.isEmpty())
        text += tr("Not imported: %1.").arg(unmapped.join(QStringLiteral(", "))).toHtmlEscaped();
    m_missing->setText(text);
    m_wizard->state().options.mapping = mapping;
    m_complete = missing.isEmpty();
    Q_EMIT completeChanged();
}

void ImportMappingPage::saveMapping()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Mapping"),
                                               tr("Name for this mapping (for example the till or shop it comes from):"),
                                               QLineEdit::Normal, QFileInfo(m_wizard->state().path).baseName(), &ok);
    if (!ok || name.trimmed().isEmpty() || !m_wizard->state().options.mapping)
        return;
    const auto& mapping = *m_wizard->state().options.mapping;
    if (auto s = core::storage::MappingRepository(m_wizard->database())
                     .save(name, importfield::kindKey(mapping.kind()), mapping.toJson());
        !s) {
        QMessageBox::warning(this, tr("Save Mapping"), s.error().message);
        return;
    }
    if (m_saved->findData(name.trimmed()) < 0)
        m_saved->addItem(name.trimmed(), name.trimmed());
    m_saved->setCurrentIndex(m_saved->findData(name.trimmed()));
}

bool ImportMappingPage::validatePage()
{
    return m_complete;
}

} // namespace clientele::ui
