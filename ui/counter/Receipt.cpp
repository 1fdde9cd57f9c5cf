#include "Receipt.h"

#include "domain/Money.h"
#include "segmentation/TierRules.h"
#include "i18n/LocalDates.h"

#include <QLocale>
#include <QCoreApplication>
#include <QFile>
#include <QMarginsF>
#include <QPrinter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace clientele::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::ui::Receipt", text);
}

QString row(const QString& label, const QString& value)
{
    return u"<tr><td>%1</td><td align=\"right\">%2</td></tr>"_s.arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

qreal rollLengthMm(Receipt::Paper paper)
{
    return paper == Receipt::Paper::Roll58 ? 58.0 : 80.0;
}
} // namespace

QString Receipt::html(const core::member::SaleOutcome& sale, const QString& shopName)
{
    using core::money::format;
    QString rows;
    rows += row(sale.cardNo.isEmpty() ? tr("Amount") : tr("Visit card %1 (%2)").arg(sale.cardNo, sale.cardPlan),
                format(sale.list));
    if (sale.discount != 0)
        rows += row(tr("Tier discount"), format(-sale.discount));
    if (!sale.couponCode.isEmpty())
        rows += row(tr("Coupon %1").arg(sale.couponType), format(-sale.couponDiscount));
    if (!sale.freeItem.isEmpty())
        rows += row(tr("Free: %1").arg(sale.freeItem), QString());
    if (sale.pointsRedeemed != 0)
        rows += row(tr("%1 points redeemed").arg(QLocale().toString(sale.pointsRedeemed)), format(-sale.pointsValue));
    if (sale.paidPrincipal + sale.paidBonus != 0) {
        rows += row(tr("Stored value: principal"), format(sale.paidPrincipal));
        rows += row(tr("Stored value: bonus"), format(sale.paidBonus));
    }
    for (const auto& part : sale.payments)
        rows += row(core::member::SaleService::payMethodLabel(part.method), format(part.amount));
    rows += row(tr("Total paid"), format(sale.paid()));
    QString after;
    after += row(tr("Points earned"), QLocale().toString(sale.pointsEarned));
    after += row(tr("Points now"), QLocale().toString(sale.points));
    after += row(tr("Stored value now"), format(sale.balance.total()));
    after += row(tr("of which bonus"), format(sale.balance.bonus));
    // The shop, and the store of a chain, as the customer knows them.
    QString title = shopName.isEmpty() ? tr("Receipt") : shopName;
    if (!sale.storeName.isEmpty())
        title += u" · "_s + sale.storeName;
    return u"<html><body style=\"font-size:9pt\"><h3 align=\"center\">%1</h3>"
           u"<p>%2<br/>%3<br/>%4</p>"
           u"<table width=\"100%\" cellspacing=\"0\">%5</table><hr/>"
           u"<table width=\"100%\" cellspacing=\"0\">%6</table>"
           u"<p align=\"center\">%7</p></body></html>"_s
        .arg(title.toHtmlEscaped(), tr("No. %1").arg(sale.orderNo).toHtmlEscaped(),
             core::i18n::LocalDates::shortDate(sale.date).toHtmlEscaped(),
             tr("Member %1 %2").arg(sale.memberCode, sale.customerName).toHtmlEscaped(), rows, after,
             tr("Thank you!").toHtmlEscaped());
}

QPageSize Receipt::pageSize(Paper paper)
{
    if (paper == Paper::A5)
        return QPageSize(QPageSize::A5);
    // A roll: its width, and a length that holds a receipt on one page.
    return QPageSize(QSizeF(rollLengthMm(paper), 160.0), QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
}

void Receipt::print(const core::member::SaleOutcome& sale, Paper paper, QPrinter* printer)
{
    printer->setPageSize(pageSize(paper));
    const qreal margin = paper == Paper::A5 ? 12.0 : 3.0;
    printer->setPageMargins(QMarginsF(margin, margin, margin, margin), QPageLayout::Millimeter);
    QTextDocument document;
    document.setHtml(html(sale));
    document.setPageSize(printer->pageRect(QPrinter::Point).size());
    document.print(printer);
}

core::Status Receipt::writePdf(const core::member::SaleOutcome& sale, Paper paper, const QString& path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    print(sale, paper, &printer);
    if (!QFile::exists(path))
        return core::Error::make(core::Error::Code::Io, tr("Cannot write %1.").arg(path));
    return {};
}

} // namespace clientele::ui
