#include "ReportDialog.h"

#include "report/MonthlyReport.h"
#include "report/ReportDocument.h"
#include "report/ReportRenderer.h"
#include "storage/SegmentationRepository.h"
#include "stores/StoreFilterCombo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QTextDocument>

namespace clientele::ui {

ReportDialog::ReportDialog(const core::storage::Database& database, QWidget* parent)
    : QDialog(parent), m_database(database)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Monthly Tier Report"));
    auto* form = new QFormLayout(this);
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("reportMonth"));
    if (const auto months = core::storage::SegmentationRepository(database).snapshotMonths())
        for (auto it = months->crbegin(); it != months->crend(); ++it)
            m_month->addItem(core::report::ReportRenderer::monthLabel(*it), *it);
    m_page = new QComboBox(this);
    m_page->addItem(tr("A4"), int(QPageSize::A4));
    m_page->addItem(tr("Letter"), int(QPageSize::Letter));
    m_page->setCurrentIndex(std::max(0, m_page->findData(QSettings().value(QStringLiteral("report/page"), int(QPageSize::A4)))));
    m_store = new StoreFilterCombo(database, QStringLiteral("report"), this);
    form->addRow(tr("&Month:"), m_month);
    form->addRow(tr("S&tores:"), m_store);
    form->setRowVisible(m_store, m_store->hasStores()); // a shop without stores has nothing to choose
    form->addRow(tr("&Paper:"), m_page);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #64748b;"));
    m_note->setText(hasMonths() ? tr("Key figures with the change from the month before, the tier table and chart, "
                                     "the tier migration, top and at-risk customers, and follow-ups.")
                                : tr("No month has figures yet: the report appears after the first segmentation run."));
    form->addRow(m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* preview = buttons->addButton(tr("&Preview and Print…"), QDialogButtonBox::AcceptRole);
    auto* save = buttons->addButton(tr("&Save As…"), QDialogButtonBox::ActionRole);
    save->setToolTip(tr("PDF, HTML (for a browser) or CSV (for a spreadsheet)"));
    preview->setEnabled(hasMonths());
    save->setEnabled(hasMonths());
    preview->setDefault(true);
    connect(preview, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(save, &QPushButton::clicked, this, &ReportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_page, &QComboBox::currentIndexChanged, this,
            [this] { QSettings().setValue(QStringLiteral("report/page"), m_page->currentData()); });
    form->addRow(buttons);
}

QString ReportDialog::month() const
{
    return m_month->currentData().toString();
}

bool ReportDialog::hasMonths() const
{
    return m_month->count() > 0;
}

core::Result<core::report::MonthlyReport> ReportDialog::build() const
{
    return core::report::MonthlyReport::build(m_database, month(), m_store->scope());
}

QString ReportDialog::currentHtml()
{
    const auto report = build();
    if (!report) {
        QMessageBox::warning(this, windowTitle(), report.error().message);
        return {};
    }
    return core::report::ReportRenderer::html(*report);
}

void ReportDialog::preview()
{
    const QString html = currentHtml();
    if (html.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::PageSizeId(m_page->currentData().toInt())));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter); // the document's own 2 cm
    printer.setDocName(core::report::ReportRenderer::title() + QStringLiteral(" ") + month() +
                       (m_store->scope().isChain() ? QString() : QStringLiteral(" ") + m_store->currentText()));
    const auto document = ReportDocument::fromHtml(html);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(core::report::ReportRenderer::title());
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&document](QPrinter* target) { ReportDocument::print(*document, target); });
    dialog.exec();
}

void ReportDialog::save()
{
    const QString pdf = tr("PDF (*.pdf)");
    const QString html = tr("Web page (*.html)");
    const QString csv = tr("CSV for a spreadsheet (*.csv)");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), tr("tier-report-%1.pdf").arg(m_store->scope().isChain() ? month()
                                                                 : month() + QLatin1Char('-') +
                                                                       m_store->scope().codes().join(QLatin1Char('-'))),
                                                pdf + QStringLiteral(";;") + html + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == html ? QStringLiteral(".html") : filter == csv ? QStringLiteral(".csv") : QStringLiteral(".pdf");
    if (saveAs(path))
        QMessageBox::information(this, tr("Save Report"), tr("The report was saved as %1.").arg(path));
}

bool ReportDialog::saveAs(const QString& path)
{
    const auto report = build();
    core::Status written;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!report) {
        written = report.error();
    } else if (suffix == u"csv") {
        written = core::report::ReportRenderer::writeCsv(*report, path);
    } else if (suffix == u"html" || suffix == u"htm") {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(core::report::ReportRenderer::html(*report).toUtf8());
            if (!file.commit())
                written = core::Error::make(core::Error::Code::Io, file.errorString());
        } else {
            written = core::Error::make(core::Error::Code::Io, file.errorString());
        }
    } else {
        written = ReportDocument::writePdf(core::report::ReportRenderer::html(*report), path,
                                           QPageSize::PageSizeId(m_page->currentData().toInt()));
    }
    if (!written) {
        QMessageBox::warning(this, tr("Save Report"), written.error().message);
        return false;
    }
    return true;
}

} // namespace clientele::ui
