#include "ImportProblemsView.h"

#include "io/CustomerExporter.h"
#include "io/ImportCounts.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace clientele::ui {

using namespace core::io;

namespace {
int n(qint64 count)
{
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}
} // namespace

QString describeImport(const ImportReport& r)
{
    if (r.refused)
        return ImportProblemsView::tr("Refused: %1").arg(r.refusal);
    const bool orders = r.mapping.kind() == ImportKind::Orders;
    const bool dry = r.dryRun;
    QStringList lines;
    lines.append(ImportCounts::text(r)); // the CLI prints the same line
    if (orders) {
        // Refunds are not orders (report::Figures::CustomerOrders): the list and the status bar count them apart.
        const qint64 purchases = r.inserted - r.refunds;
        lines.append(dry ? ImportProblemsView::tr("Importing would add %Ln order(s).", nullptr, n(purchases)) : ImportProblemsView::tr("%Ln order(s) added.", nullptr, n(purchases)));
        if (r.refunds > 0)
            lines.append(dry ? ImportProblemsView::tr("It would also add %Ln refund(s) (cancelled invoices, returns, negative amounts).", nullptr, n(r.refunds))
                             : ImportProblemsView::tr("%Ln refund(s) added (cancelled invoices, returns, negative amounts).", nullptr, n(r.refunds)));
        if (r.customersCreated > 0)
            lines.append(dry ? ImportProblemsView::tr("It would create %Ln customer(s) for them.", nullptr, n(r.customersCreated))
                             : ImportProblemsView::tr("%Ln customer(s) created for them.", nullptr, n(r.customersCreated)));
        if (r.unchanged > 0)
            lines.append(dry ? ImportProblemsView::tr("%Ln order(s) already in the database would not be added again.", nullptr, n(r.unchanged))
                             : ImportProblemsView::tr("%Ln order(s) already in the database, not added again.", nullptr, n(r.unchanged)));
        if (r.repeatedInFile > 0)
            lines.append(ImportProblemsView::tr("%Ln row(s) repeating an order from an earlier line of this file: not added twice.", nullptr, n(r.repeatedInFile)));
        if (r.lineItems) {
            lines.append(dry ? ImportProblemsView::tr("The file has one row per item: %Ln order line(s) would make up the orders.", nullptr, n(r.linesImported))
                             : ImportProblemsView::tr("The file has one row per item: %Ln order line(s) imported with their orders.", nullptr, n(r.linesImported)));
            if (r.chargeLines > 0)
                lines.append(ImportProblemsView::tr("%Ln of these line(s) are shipping, fees or discounts: "
                                                    "counted in their orders' amounts, not as products or categories.",
                                                    nullptr, n(r.chargeLines)));
            if (r.guestLines > 0)
                lines.append(ImportProblemsView::tr("%Ln guest line(s) (no member code, phone or e-mail) not imported.", nullptr, n(r.guestLines)));
            if (r.ordersExtended > 0)
                lines.append(ImportProblemsView::tr("Orders imported earlier to which this file adds lines: %Ln. Those lines are not added (listed below).", nullptr, n(r.ordersExtended)));
        }
    } else {
        lines.append(dry ? ImportProblemsView::tr("Importing would add %Ln customer(s).", nullptr, n(r.inserted))
                         : ImportProblemsView::tr("%Ln customer(s) added.", nullptr, n(r.inserted)));
        if (r.updated > 0)
            lines.append(dry ? ImportProblemsView::tr("It would update %Ln customer(s) already in the database.", nullptr, n(r.updated))
                             : ImportProblemsView::tr("%Ln customer(s) already in the database updated.", nullptr, n(r.updated)));
        if (r.unchanged > 0)
            lines.append(dry ? ImportProblemsView::tr("%Ln row(s) matching customers already in the database: they would be left as "
                                     "they are.", nullptr, n(r.unchanged))
                             : ImportProblemsView::tr("%Ln row(s) matching customers already in the database: left as they were.", nullptr, n(r.unchanged)));
        if (r.repeatedInFile > 0)
            lines.append(ImportProblemsView::tr("%Ln row(s) repeating a customer from an earlier line of this file: not added twice.", nullptr, n(r.repeatedInFile)));
    }
    if (r.errorRows > 0)
        lines.append(dry ? ImportProblemsView::tr("%Ln row(s) would be skipped because of a problem (listed below).", nullptr, n(r.errorRows))
                         : ImportProblemsView::tr("%Ln row(s) skipped because of a problem (listed below).", nullptr, n(r.errorRows)));
    if (r.unknownCustomers > 0)
        lines.append(ImportProblemsView::tr("Rows naming a customer who is not here yet: %Ln. Import the customers first, or go back "
                           "to the first step and choose to create customers for unknown orders.", nullptr, n(r.unknownCustomers)));
    if (r.conflictCount > 0)
        lines.append(dry ? ImportProblemsView::tr("%Ln row(s) would be skipped: each disagrees with the customer it matches (listed "
                                 "below).", nullptr, n(r.conflictCount))
                         : ImportProblemsView::tr("%Ln row(s) skipped: each disagrees with the customer it matches (listed below).", nullptr, n(r.conflictCount)));
    if (r.warningRows > 0)
        lines.append(dry ? ImportProblemsView::tr("%Ln row(s) would be imported with a warning: a value left out or kept as written "
                                 "(listed below).", nullptr, n(r.warningRows))
                         : ImportProblemsView::tr("%Ln row(s) imported with a warning: a value left out or kept as written (listed "
                                 "below).", nullptr, n(r.warningRows)));
    if (std::max({r.errorCount, r.conflictCount, r.warningCount}) > ImportProblemsView::kShownPerTab)
        lines.append(ImportProblemsView::tr("Only the first %1 of each kind are listed; Export Problems… saves them all.")
                         .arg(QLocale().toString(ImportProblemsView::kShownPerTab)));
    for (const QString& note : r.notes)
        lines.append(QStringLiteral("• ") + note);
    return lines.join(u'\n');
}

ImportProblemsView::ImportProblemsView(const QString& objectName, QWidget* parent) : QWidget(parent)
{
    setObjectName(objectName);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(objectName + QStringLiteral("Tabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    m_export = new QPushButton(tr("&Export Problems…"), this);
    m_export->setObjectName(objectName + QStringLiteral("Export"));
    m_export->setAutoDefault(false); // Enter belongs to the wizard's own buttons
    m_export->setToolTip(tr("Save every skipped row and warning as a CSV to fix in Excel and import again."));
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_export);
    layout->addLayout(row);
    connect(m_export, &QPushButton::clicked, this, &ImportProblemsView::exportProblems);
    clear();
}

void ImportProblemsView::clear()
{
    m_report.reset();
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    for (auto*& table : m_tables)
        table = nullptr;
    setVisible(false);
}

bool ImportProblemsView::isEmpty() const
{
    return m_tabs->count() == 0;
}

QTableWidget* ImportProblemsView::table(Kind kind) const
{
    return m_tables[kind];
}

void ImportProblemsView::showReport(const ImportReport& report, const QString& sourcePath)
{
    clear();
    m_report = report;
    m_path = sourcePath;
    addTab(Skipped, report.errors, report.errorRows);
    addTab(Conflicts, report.conflicts, report.conflictCount);
    addTab(Warnings, report.warnings, report.warningRows);
    setVisible(!isEmpty());
}

void ImportProblemsView::addTab(Kind kind, const QList<ImportProblem>& problems, qint64 rows)
{
    if (rows == 0)
        return;
    auto* table = new QTableWidget(m_tabs);
    table->setObjectName(objectName() + (kind == Skipped     ? QStringLiteral("Skipped")
                                         : kind == Conflicts ? QStringLiteral("Conflicts")
                                                             : QStringLiteral("Warnings")));
    table->setColumnCount(4);
    // A workbook's problems are numbered by the rows of the sheet the wizard read.
    const bool sheet = m_report && !m_report->sheet.isEmpty();
    table->setHorizontalHeaderLabels({sheet ? tr("Row") : tr("Line"), tr("Column"), tr("Value"), tr("Problem")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    const int shown = int(std::min<qsizetype>(problems.size(), kShownPerTab));
    table->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const ImportProblem& p = problems[row];
        auto* line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, p.line); // sorts and reads as a number
        table->setItem(row, 0, line);
        table->setItem(row, 1, new QTableWidgetItem(p.column));
        table->setItem(row, 2, new QTableWidgetItem(p.value));
        table->setItem(row, 3, new QTableWidgetItem(p.reason));
    }
    table->resizeColumnsToContents();
    const QString n = QLocale().toString(rows);
    const QString title = kind == Skipped     ? tr("Skipped (%1)").arg(n)
                          : kind == Conflicts ? tr("Skipped, disagree with a customer (%1)").arg(n)
                                              : tr("Imported with a warning (%1)").arg(n);
    m_tabs->addTab(table, title);
    m_tables[kind] = table;
}

void ImportProblemsView::exportProblems()
{
    if (!m_report)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Problems"),
                                                      QFileInfo(m_path).completeBaseName() + tr("-problems.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto s = ProblemExporter::exportCsv(*m_report, path); !s)
        QMessageBox::warning(this, tr("Export Problems"), s.error().message);
}

} // namespace clientele::ui
