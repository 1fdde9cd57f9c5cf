#pragma once

#include "Campaign.h"
#include "LiftInterval.h"

#include "../domain/Money.h"
#include "../domain/Result.h"

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::campaigns {

struct GroupResult
{
    qint64 customers = 0;
    qint64 buyers = 0;  // members with ≥ 1 purchase (positive amount) in the window
    Fen revenue = 0;    // their purchases in the window (refunds not subtracted)
    double conversion() const { return customers > 0 ? double(buyers) / double(customers) : 0; }
    double revenuePerCustomer() const { return customers > 0 ? double(revenue) / double(customers) : 0; }
};

// A campaign's results: purchases dated after the contact date and within the window
// (contact date + 1 … contact date + window days), per group.
struct CampaignOutcome
{
    bool contacted = false; // false: no contact marked yet, nothing to measure
    // The groups are compared whole (intent-to-treat): contactedGroup is the contact group, everyone
    // drawn to be contacted, marked or not; `marked` of them were marked contacted.
    qint64 marked = 0;
    QDate from, to;
    bool windowOpen = false; // the window has not ended yet (today < to): figures may still grow
    bool measuring = false;  // the window has begun (today >= from): before that every figure is 0
    GroupResult contactedGroup;
    GroupResult holdoutGroup;
    Lift conversionLift;       // LiftInterval::waldConversion
    Lift revenuePerCustomerLift; // fen per customer, LiftInterval::welchMeanDifference
};

// One campaign with its results, as every list of campaigns shows it.
struct CampaignLine
{
    Campaign campaign; // with its member counts
    CampaignOutcome outcome;
};

class CampaignResults
{
public:
    static Result<CampaignOutcome> compute(const storage::Database& database, const Campaign& campaign);
    // Campaigns newest first with their results, at most `limit` (< 0: all): the campaign page's
    // list, the dashboard's last campaigns and `campaign list` all read this.
    static Result<QList<CampaignLine>> list(const storage::Database& database, int limit = -1);
    // "The message brought about 23 extra buyers (between 9 and 37) and ¥4,100 of revenue; without a
    // hold-out you would have credited it with 61." — in the reader's language.
    static QString summary(const CampaignOutcome& outcome);
    // "2 of 4 marked contacted" — how far the contact group has been worked through, translated.
    static QString markedText(const Campaign& campaign);
    // "+4.2 pts" for lists; "—" when undefined.
    static QString liftText(const Lift& conversionLift);
    // The lift cell of every list of campaigns (the campaign page, the dashboard, the CLI): "not
    // contacted yet" before a contact date, "not measured yet" before the window's first day,
    // else liftText.
    static QString liftCell(const CampaignOutcome& outcome);
    // The 95% interval in points, "−1.0 to 9.4" (same rounding as liftText); "" when undefined.
    static QString intervalText(const Lift& conversionLift);
};

} // namespace clientele::core::campaigns
