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
#include <QTabBar>
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
    if (std::max({r.errorRows, r.conflictCount, r.warningRows}) > ImportProblemsView::kShownPerTab)
        lines.append(ImportProblemsView::tr("Only the first %1 rows of each kind are listed; Export Problems… saves them all.")
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
    // The tables come after Export Problems… in the focus chain (made later); Tab goes tab bar →
    // the list shown → Export Problems…, in reading order.
    QWidget* previous = m_tabs->tabBar();
    for (QTableWidget* table : m_tables) {
        if (!table)
            continue;
        QWidget::setTabOrder(previous, table);
        previous = table;
    }
    QWidget::setTabOrder(previous, m_export);
    setVisible(!isEmpty());
}

namespace {
// The report lists one entry per problem and a row's problems together (ImportReport::skipRow,
// warnRow): the runs of entries with the same line, as many as `limit`.
QList<QList<ImportProblem>> byRow(const QList<ImportProblem>& problems, int limit)
{
    QList<QList<ImportProblem>> rows;
    for (const ImportProblem& p : problems) {
        if (rows.isEmpty() || rows.last().constFirst().line != p.line) {
            if (rows.size() == limit)
                break;
            rows.append(QList<ImportProblem>());
        }
        rows.last().append(p);
    }
    return rows;
}

QString joined(const QList<ImportProblem>& problems, QString ImportProblem::*field)
{
    QStringList parts;
    for (const ImportProblem& p : problems)
        parts.append(p.*field);
    return parts.join(u'\n');
}
} // namespace

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
    // Tab leaves the table (to Export Problems… and the wizard's buttons) instead of walking its
    // cells, and Ctrl+Tab reaches the tab widget, which switches tabs.
    table->setTabKeyNavigation(false);
    table->setWordWrap(false); // a row's problems stay one per line, side by side with their columns
    // One table line per row of the file, as the title and the summary count them; a row with
    // several problems lists them one under another in its line.
    const auto listed = byRow(problems, kShownPerTab);
    table->setRowCount(int(listed.size()));
    for (int row = 0; row < listed.size(); ++row) {
        const QList<ImportProblem>& ps = listed[row];
        auto* line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, ps.constFirst().line); // sorts and reads as a number
        table->setItem(row, 0, line);
        table->setItem(row, 1, new QTableWidgetItem(joined(ps, &ImportProblem::column)));
        table->setItem(row, 2, new QTableWidgetItem(joined(ps, &ImportProblem::value)));
        auto* reason = new QTableWidgetItem(joined(ps, &ImportProblem::reason));
        reason->setToolTip(reason->text());
        table->setItem(row, 3, reason);
    }
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    // The title counts the lines listed, and says so: rows of the file. Past kShownPerTab it says
    // how many of how many.
    const QLocale locale;
    const int shown = int(listed.size());
    const QString count = shown < rows ? tr("first %1 of %Ln rows", nullptr, n(rows)).arg(locale.toString(shown))
                                       : tr("%Ln row(s)", nullptr, shown);
    const QString title = kind == Skipped     ? tr("&Skipped (%1)").arg(count)
                          : kind == Conflicts ? tr("Skipped, &disagree with a customer (%1)").arg(count)
                                              : tr("Imported with a &warning (%1)").arg(count);
    const int index = m_tabs->addTab(table, title);
    m_tabs->setTabToolTip(index, tr("One line per row of the file; a row with several problems lists them in its "
                                    "line. Ctrl+Tab switches tabs."));
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
