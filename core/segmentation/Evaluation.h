#pragma once

#include "Lifecycle.h"
#include "RfmMetrics.h"
#include "RfmScorer.h"

#include <QString>

namespace clientele::core::segmentation {

// Everything segmentation decides about one customer at one date. The reason texts are rendered
// from the facts by Segmenter::explain() (in the current language), never stored.
struct Evaluation
{
    qint64 customerId = 0;
    RfmMetrics metrics;
    RfmScores scores;
    QString segmentCn8;
    QString segmentCn8Reason;
    QString segmentScores;
    QString tier;          // effective (after grace)
    QString tierReason;
    int tierMonthsBelow = 0;
    QString tierChange;    // reason for a change from the previous month end, empty if none
    Stage stage = Stage::Prospect;
    QString stageReason;
    int atRiskAfterDays = 0;
    Fen valueAtStake = 0;  // 12-month spend (what the shop stands to lose)
    int clvScore = 0;      // quintile of predicted CLV (0: no predictions)
    int pAlivePercent = -1;
    bool hasPrevious = false; // previous month end known (for the change reason)
    QString previousTier;
    RfmMetrics previousMetrics; // recency, frequency and 12-month spend only
    RfmScores previousScores;

    // Purchase-model predictions of the run (pAlive −1: models off or no purchases).
    double pAlive = -1;
    double previousPAlive = -1; // of the run before, for "falling"
    double expectedPurchases90d = 0;
    Fen expectedSpend = 0;
    Fen clv = 0;
    bool churnRisk = false;
};

// The previous month end's state of a customer, for grace and change reasons.
struct PreviousState
{
    QString tier;
    int monthsBelow = 0;
    RfmMetrics metrics; // recency, frequency and 12-month spend only
    RfmScores scores;
    QString stage;
};

// Per month figures for the history.
struct MonthStats
{
    QString month; // "YYYY-MM"
    QDate asOf;
    qint64 customers = 0;       // with a purchase so far
    qint64 buyers12m = 0;       // with an order in the trailing 12 months
    qint64 repeatBuyers12m = 0; // ... and at least two
    qint64 ordersMonth = 0;
    Fen revenueMonth = 0;
    Fen revenue12m = 0;       // every customer's 12-month spend: refunds of older purchases included
    qint64 newCustomers = 0;  // first purchase in this month
    qint64 lostCustomers = 0; // turned dormant in this month
    // The 12-month spend of the 12-month buyers only: what the average customer value divides by
    // buyers12m. A refund in the window of a purchase made before it counts in revenue12m but not
    // here when that customer bought nothing in the window (they are not a buyer).
    Fen buyersRevenue12m = 0;
};

} // namespace clientele::core::segmentation
