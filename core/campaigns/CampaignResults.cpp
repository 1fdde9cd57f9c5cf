#include "CampaignResults.h"

#include "../domain/Clock.h"
#include "../storage/CampaignRepository.h"
#include "../i18n/LocalDates.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace clientele::core::campaigns {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::campaigns::CampaignResults", text);
}
} // namespace

Result<CampaignOutcome> CampaignResults::compute(const storage::Database& database, const Campaign& campaign)
{
    CampaignOutcome out;
    out.marked = campaign.marked;
    if (!campaign.contactedOn.isValid())
        return out;
    out.contacted = true;
    out.from = campaign.contactedOn.addDays(1);
    out.to = campaign.contactedOn.addDays(campaign.windowDays);
    out.windowOpen = Clock::today() < out.to;
    out.measuring = Clock::today() >= out.from;
    auto rows = storage::CampaignRepository(database).purchases(campaign.id, out.from, out.to);
    if (!rows)
        return rows.error();
    QList<double> revenueContacted, revenueHoldout;
    for (const auto& r : *rows) {
        GroupResult& g = r.holdout ? out.holdoutGroup : out.contactedGroup;
        ++g.customers;
        if (r.purchases > 0)
            ++g.buyers;
        g.revenue += r.revenue;
        (r.holdout ? revenueHoldout : revenueContacted).append(double(r.revenue));
    }
    out.conversionLift = LiftInterval::waldConversion(out.contactedGroup.buyers, out.contactedGroup.customers,
                                                      out.holdoutGroup.buyers, out.holdoutGroup.customers);
    out.revenuePerCustomerLift = LiftInterval::welchMeanDifference(revenueContacted, revenueHoldout);
    return out;
}

Result<QList<CampaignLine>> CampaignResults::list(const storage::Database& database, int limit)
{
    auto campaigns = storage::CampaignRepository(database).list();
    if (!campaigns)
        return campaigns.error();
    QList<CampaignLine> out;
    for (const auto& c : *campaigns) {
        if (limit >= 0 && out.size() >= limit)
            break;
        auto outcome = compute(database, c);
        if (!outcome)
            return outcome.error();
        out.append({c, *outcome});
    }
    return out;
}

QString CampaignResults::intervalText(const Lift& lift)
{
    if (!lift.defined)
        return {};
    const QLocale locale;
    return tr("%1 to %2").arg(locale.toString(lift.low * 100, 'f', 1), locale.toString(lift.high * 100, 'f', 1));
}

QString CampaignResults::markedText(const Campaign& c)
{
    const QLocale locale;
    return tr("%1 of %2 marked contacted").arg(locale.toString(c.marked), locale.toString(c.contacted));
}

QString CampaignResults::liftText(const Lift& lift)
{
    if (!lift.defined)
        return u"—"_s;
    const QLocale locale;
    const double points = lift.value * 100;
    return (points >= 0 ? u"+"_s : QString()) + tr("%1 pts").arg(locale.toString(points, 'f', 1));
}

QString CampaignResults::liftCell(const CampaignOutcome& o)
{
    if (!o.contacted)
        return tr("not contacted yet");
    if (!o.measuring)
        return tr("not measured yet");
    return liftText(o.conversionLift);
}

QString CampaignResults::summary(const CampaignOutcome& o)
{
    if (!o.contacted)
        return tr("Nobody has been marked contacted yet: results start counting from the contact date.");
    if (!o.measuring)
        return tr("Not measured yet: results start counting on %1, the day after the contact date.")
            .arg(i18n::LocalDates::shortDate(o.from));
    const QLocale locale;
    const qint64 n = o.contactedGroup.customers;
    const qint64 credited = o.contactedGroup.buyers;
    if (!o.conversionLift.defined)
        return QCoreApplication::translate("clientele::core::campaigns::CampaignResults", "No hold-out: lift cannot be measured. %Ln customer(s) of the contact group bought in the "
                  "window, but without a hold-out nobody can tell how many would have bought anyway.", nullptr, int(credited));
    const auto round = [](double x) { return qint64(std::llround(x)); };
    const qint64 extra = round(o.conversionLift.value * double(n));
    const qint64 low = round(o.conversionLift.low * double(n));
    const qint64 high = round(o.conversionLift.high * double(n));
    const Fen revenue = round(o.revenuePerCustomerLift.value * double(n));
    // Whole yuan in the sentence.
    const QString money = money::format(round(double(revenue) / 100.0) * 100);
    QString text = tr("The message brought about %1 extra buyers (between %2 and %3) and %4 of revenue; without a "
                      "hold-out you would have credited it with %5.")
                       .arg(locale.toString(extra), locale.toString(low), locale.toString(high), money,
                            locale.toString(credited));
    if (o.conversionLift.low <= 0 && o.conversionLift.high >= 0)
        text += u' ' + tr("The interval includes zero: the message may have made no difference.");
    text += u' ' + tr("The figures compare the whole contact group (%1 of its %2 customers marked contacted) "
                      "with the hold-out, reached or not.")
                       .arg(locale.toString(o.marked), locale.toString(n));
    if (o.windowOpen)
        text += u' ' + tr("The window is still open until %1; the figures may still change.")
                           .arg(i18n::LocalDates::shortDate(o.to));
    return text;
}

} // namespace clientele::core::campaigns
