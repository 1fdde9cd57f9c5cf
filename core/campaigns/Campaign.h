#pragma once

#include <QDate>
#include <QString>

#include <cstdint>

namespace clientele::core::campaigns {

// A campaign as stored: its audience filter (FilterText), hold-out share and the seed that drew
// it, message, coupon type for the contacted group, results window, contact date.
struct Campaign
{
    qint64 id = 0;
    QString name;
    QString filterText;
    int holdoutPercent = 10;
    std::uint64_t seed = 0;
    QString message;
    QString couponType; // issued to the contacted group once coupons exist (Campaigns::issueCoupons)
    int windowDays = 14;
    QString createdAt;  // ISO UTC
    QDate contactedOn;  // invalid until the first contact is marked
    // Member counts (list and show). `contacted` is the contact group, everyone drawn to be
    // contacted (as against the hold-out), whether or not anyone has reached them yet; `marked` is
    // how many of that group have been marked contacted.
    qint64 contacted = 0;
    qint64 holdout = 0;
    qint64 marked = 0;
};

struct CampaignMember
{
    qint64 customerId = 0;
    bool holdout = false;
    QString reason;
    QDate contactedOn; // this member's contact (contacted group only)
};

} // namespace clientele::core::campaigns
