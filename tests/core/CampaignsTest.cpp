// Campaigns (issue 17): filter text, the hold-out draw, message checks, the Wald interval and the
// results of a campaign on a shop built through the importer from empty files.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "campaigns/CampaignResults.h"
#include "campaigns/Campaigns.h"
#include "campaigns/FilterText.h"
#include "campaigns/HoldoutDraw.h"
#include "campaigns/LiftInterval.h"
#include "campaigns/MessageChecks.h"
#include "customers/PrivacyRequests.h"
#include "customers/CustomerTimeline.h"
#include "domain/Clock.h"
#include "io/ImportService.h"
#include "storage/CampaignRepository.h"
#include "storage/CustomerQueries.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlError>
#include <QTemporaryDir>

#include <cmath>

using namespace clientele::core;
using namespace clientele::core::campaigns;
using namespace Qt::StringLiterals;

namespace {
void importText(storage::Database& db, QTemporaryDir& dir, const QString& name, const QByteArray& text, io::ImportKind kind)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();
    io::ImportOptions options;
    options.kind = kind;
    options.createCustomers = false;
    auto outcome = io::ImportService::run(db, path, options);
    if (!outcome.ok())
        FAIL(outcome.error().message.toStdString());
    REQUIRE(outcome->report.errorRows == 0);
}

// 23 customers: C01–C19 in 上海 with consent, C20 in 北京, C21 and C22 in 上海 without consent, C23
// in 上海 erased afterwards.
void importCustomers(storage::Database& db, QTemporaryDir& dir)
{
    QByteArray csv = "会员卡号,姓名,手机,城市,营销同意,标签\n";
    for (int i = 1; i <= 23; ++i) {
        const QByteArray code = QStringLiteral("C%1").arg(i, 2, 10, QChar(u'0')).toUtf8();
        const QByteArray city = i == 20 ? "北京" : "上海";
        const QByteArray consent = (i == 21 || i == 22) ? "否" : "是";
        csv += code + ",客户" + code + ",138001380" + QByteArray::number(10 + i) + "," + city + "," + consent +
               (i % 2 ? ",宝妈" : ",") + "\n";
    }
    importText(db, dir, u"customers.csv"_s, csv, io::ImportKind::Customers);
    storage::CustomerFilter all;
    const auto ids = storage::CustomerQueries::ids(db, all, storage::CustomerSort::Id, false).value();
    REQUIRE(ids.size() == 23);
    REQUIRE(customers::PrivacyRequests::erase(db, ids[22]).ok());
}

QString codeOf(const storage::Database& db, qint64 id)
{
    return storage::CustomerQueries::row(db, id).value()->memberCode;
}
} // namespace

TEST_CASE("filter text turns into the customer list's filter and back", "[campaigns]")
{
    auto db = clientele::test::memoryDatabase();
    auto f = FilterText::parse(*db, u"stage=at_risk; tier=gold,diamond;tag=宝妈;city=上海;segment=champions;"
                                    u"clv_top=20;p_alive_below=0.5;spend_min=500"_s);
    REQUIRE(f.ok());
    CHECK(f->stage == u"at_risk"_s);
    CHECK(f->tiers == QStringList{u"gold"_s, u"diamond"_s});
    CHECK(f->tag == u"宝妈"_s);
    CHECK(f->city == u"上海"_s);
    CHECK(f->segment == u"champions"_s);
    CHECK(f->clvTopPercent == 20);
    CHECK(f->pAliveBelow == 0.5);
    CHECK(f->spendMin == 50000);
    CHECK(FilterText::format(*db, *f).value() ==
          u"stage=at_risk;tier=gold,diamond;segment=champions;tag=宝妈;city=上海;clv_top=20;p_alive_below=0.5;"
          u"spend_min=500"_s);

    // Refusals name what is wrong.
    const auto refused = [&](const QString& text, const QString& named) {
        auto r = FilterText::parse(*db, text);
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message.toStdString());
        CHECK(r.error().message.contains(named));
    };
    refused(u"colour=red"_s, u"colour"_s);
    refused(u"stage=sleepy"_s, u"sleepy"_s);
    refused(u"tier=gold,platinum"_s, u"platinum"_s);
    refused(u"segment=vip"_s, u"vip"_s);
    refused(u"clv_top=120"_s, u"120"_s);
    refused(u"p_alive_below=half"_s, u"half"_s);
    refused(u"bought=NOPE"_s, u"NOPE"_s);
    refused(u"city=上海,北京"_s, u"city"_s);
    refused(u"stage"_s, u"stage"_s);
}

TEST_CASE("clv_top and p_alive_below select in SQL from the stored predictions", "[campaigns]")
{
    QTemporaryDir dir;
    auto db = clientele::test::memoryDatabase();
    importCustomers(*db, dir);
    // Predictions for customers 1–10 only: CLV 1000·id fen, P(alive) id/10 − 0.05.
    REQUIRE(db->exec(u"DELETE FROM customer_metrics"_s).ok());
    for (int id = 1; id <= 10; ++id) {
        QSqlQuery q = db->prepare(
            u"INSERT INTO customer_metrics (customer_id, as_of, frequency, frequency_12m, monetary_fen, "
            u"monetary_12m_fen, average_order_fen, r_score, f_score, m_score, segment_cn8, segment_scores, tier, "
            u"stage, value_at_stake_fen, clv_fen, p_alive) VALUES (?, '2026-01-01', 1, 1, 0, 0, 0, 1, 1, 1, '', '', "
            u"'silver', 'active', 0, ?, ?)"_s);
        q.addBindValue(id);
        q.addBindValue(1000 * id);
        q.addBindValue(id / 10.0 - 0.05);
        const bool inserted = q.exec();
        INFO(q.lastError().text().toStdString());
        REQUIRE(inserted);
    }
    const auto ids = [&](const QString& text) {
        return storage::CustomerQueries::ids(*db, FilterText::parse(*db, text).value(), storage::CustomerSort::Id, false)
            .value();
    };
    CHECK(ids(u"clv_top=20"_s) == QList<qint64>{9, 10});
    CHECK(ids(u"clv_top=25"_s) == QList<qint64>{8, 9, 10}); // 2.5 rounds up
    CHECK(ids(u"p_alive_below=0.3"_s) == QList<qint64>{1, 2, 3});
    CHECK(ids(u"clv_top=50;p_alive_below=0.7"_s) == QList<qint64>{6, 7});
}

TEST_CASE("the hold-out split is reproducible from its seed and has the asked share", "[campaigns]")
{
    QList<qint64> ids;
    for (qint64 i = 1; i <= 1000; ++i)
        ids.append(i * 7 % 1009); // not sorted: the draw sorts first
    const QSet<qint64> a = HoldoutDraw::draw(ids, 10, 42);
    QList<qint64> reversed(ids.crbegin(), ids.crend());
    CHECK(HoldoutDraw::draw(reversed, 10, 42) == a);
    CHECK(HoldoutDraw::draw(ids, 10, 43) != a);
    CHECK(a.size() == 100);
    for (const int percent : {0, 1, 5, 10, 17, 33, 50}) {
        for (const qsizetype n : {1, 7, 19, 100, 999}) {
            const QSet<qint64> h = HoldoutDraw::draw(ids.mid(0, n), percent, 7);
            CHECK(std::abs(double(h.size()) - double(n) * percent / 100.0) <= 1.0);
        }
    }
    // Pinned values: the documented algorithm (mt19937_64 + Fisher–Yates by rejection) on every platform.
    QList<qint64> small{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    const QSet<qint64> pinned = HoldoutDraw::draw(small, 30, 2026);
    CHECK(pinned.size() == 3);
    CHECK(HoldoutDraw::draw(small, 30, 2026) == pinned);
    // A later join draws from the seed and id alone.
    CHECK(HoldoutDraw::joinsHoldout(5, 10, 42) == HoldoutDraw::joinsHoldout(5, 10, 42));
    int joined = 0;
    for (qint64 id = 1; id <= 10000; ++id)
        joined += HoldoutDraw::joinsHoldout(id, 10, 99) ? 1 : 0;
    CHECK(joined > 900);
    CHECK(joined < 1100);
}

TEST_CASE("the conversion lift's interval is the unpooled Wald interval", "[campaigns]")
{
    const Lift a = LiftInterval::waldConversion(61, 500, 38, 500);
    CHECK(a.value == Approx(0.046));
    CHECK(a.low == Approx(0.0090874183).epsilon(1e-8));
    CHECK(a.high == Approx(0.0829125817).epsilon(1e-8));
    const Lift b = LiftInterval::waldConversion(5, 14, 1, 4);
    CHECK(b.value == Approx(0.1071428571));
    CHECK(b.low == Approx(-0.3858835113));
    CHECK(b.high == Approx(0.6001692256));
    CHECK_FALSE(LiftInterval::waldConversion(1, 10, 0, 0).defined);
    // Welch: means 3 and 1, variances 1 (n 3) and 0 (n 2): 2 ± 1.96·√(1/3).
    const Lift w = LiftInterval::welchMeanDifference({2, 3, 4}, {1, 1});
    CHECK(w.value == Approx(2.0));
    CHECK(w.high - w.value == Approx(1.96 * std::sqrt(1.0 / 3.0)));
}

TEST_CASE("every message check flags its rule", "[campaigns]")
{
    const auto kinds = [](const QList<MessageCheck>& checks) {
        QList<MessageCheck::Kind> out;
        for (const auto& c : checks)
            if (c.problem)
                out.append(c.kind);
        return out;
    };
    MessageFields zhang;
    zhang.customerId = 1;
    zhang.name = u"张伟"_s;
    zhang.phone = u"13800138001"_s;
    zhang.tier = u"gold"_s;
    zhang.birthday = QDate(1990, 5, 6);
    zhang.store = u"总店"_s;
    zhang.memberCode = u"M1"_s;
    MessageFields nobody;
    nobody.customerId = 2;
    nobody.name = u"李娜"_s;
    const QTime noon(12, 0);

    // A clean Chinese message: one SMS, the opt-out phrase, in hours, nothing empty.
    const QString good = u"{name}您好，{store}新品到店，凭本短信九折。拒收请回复R"_s;
    CHECK(kinds(MessageChecks::run(good, {MessageTemplate::render(good, zhang)}, noon)).isEmpty());
    CHECK(MessageTemplate::render(good, zhang).text == u"张伟您好，总店新品到店，凭本短信九折。拒收请回复R"_s);

    // Opt-out phrase missing.
    const QString noOptOut = u"{name}您好，新品到店"_s;
    CHECK(kinds(MessageChecks::run(noOptOut, {MessageTemplate::render(noOptOut, zhang)}, noon)) ==
          QList{MessageCheck::Kind::OptOut});
    // Latin text needs no Chinese opt-out phrase.
    CHECK(kinds(MessageChecks::run(u"Hi {name}"_s, {MessageTemplate::render(u"Hi {name}"_s, zhang)}, noon)).isEmpty());
    // Sending hours: 07:59 and 21:01 flagged, 08:00 and 21:00 not.
    CHECK(kinds(MessageChecks::run(good, {}, QTime(7, 59))) == QList{MessageCheck::Kind::SendingHours});
    CHECK(kinds(MessageChecks::run(good, {}, QTime(21, 1))) == QList{MessageCheck::Kind::SendingHours});
    CHECK(kinds(MessageChecks::run(good, {}, QTime(8, 0))).isEmpty());
    CHECK(kinds(MessageChecks::run(good, {}, QTime(21, 0))).isEmpty());
    // Empty placeholder for one customer; points not read (fields without the member figures); an unknown placeholder.
    const QString bday = u"{name}生日{birthday}快乐。拒收请回复R"_s;
    auto checks = MessageChecks::run(bday, {MessageTemplate::render(bday, zhang), MessageTemplate::render(bday, nobody)}, noon);
    CHECK(kinds(checks) == QList{MessageCheck::Kind::EmptyPlaceholder});
    CHECK(checks.last().text.contains(u"{birthday}"_s));
    const QString points = u"您有{points}积分{foo}。拒收请回复R"_s;
    CHECK(kinds(MessageChecks::run(points, {MessageTemplate::render(points, zhang)}, noon)) ==
          QList{MessageCheck::Kind::EmptyPlaceholder, MessageCheck::Kind::UnknownPlaceholder});
    // Length: 70 Chinese characters are one SMS, 71 two; 160 Latin one, 161 two; one Chinese
    // character makes a Latin message count 70 per part.
    CHECK(SmsLength::of(QString(70, QChar(0x4E2D))).parts == 1);
    CHECK(SmsLength::of(QString(71, QChar(0x4E2D))).parts == 2);
    CHECK(SmsLength::of(QString(160, u'a')).parts == 1);
    CHECK(SmsLength::of(QString(161, u'a')).parts == 2);
    CHECK(SmsLength::of(QString(100, u'a') + u"中"_s).parts == 2);
    const QString longText = QString(80, QChar(0x4E2D)) + u"拒收请回复R"_s;
    CHECK(kinds(MessageChecks::run(longText, {}, noon)) == QList{MessageCheck::Kind::Length});
}

TEST_CASE("opted-out and erased customers never join an audience", "[campaigns]")
{
    const Clock::Pinned today(QDate(2026, 3, 1));
    QTemporaryDir dir;
    auto db = clientele::test::memoryDatabase();
    importCustomers(*db, dir);
    auto everyone = Campaigns::preview(*db, QString(), 10);
    REQUIRE(everyone.ok());
    CHECK(everyone->ids.size() == 20);
    CHECK(everyone->noConsent == 2);
    CHECK(everyone->erased == 1);
    CHECK(everyone->holdout == 2);
    CHECK(Campaigns::leftOutText(*everyone).contains(u"2 left out: no marketing consent"_s));
    auto preview = Campaigns::preview(*db, u"city=上海"_s, 10);
    REQUIRE(preview.ok());
    CHECK(preview->ids.size() == 19);
    CHECK(preview->noConsent == 2);
    NewCampaign n;
    n.name = u"Spring"_s;
    n.filterText = u"city=上海"_s;
    n.seed = 1;
    const qint64 id = Campaigns::create(*db, n).value();
    const auto members = storage::CampaignRepository(*db).members(id).value();
    QStringList codes;
    for (const auto& m : members)
        codes.append(codeOf(*db, m.customerId));
    CHECK(codes.size() == 19);
    CHECK_FALSE(codes.contains(u"C21"_s));
    CHECK_FALSE(codes.contains(u"C22"_s));
    CHECK_FALSE(codes.contains(u"C20"_s));
    // addMember refuses them too, and keeps a member's group.
    const auto all = storage::CustomerQueries::ids(*db, {}, storage::CustomerSort::Id, false).value();
    auto refused = Campaigns::addMember(*db, id, all[20], u"rule"_s);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK_FALSE(Campaigns::addMember(*db, id, all[22], u"rule"_s).ok());
    auto added = Campaigns::addMember(*db, id, all[19], u"rule: 北京 too"_s);
    REQUIRE(added.ok());
    CHECK(storage::CampaignRepository(*db).members(id).value().size() == 20);
    CHECK(Campaigns::addMember(*db, id, all[19], u"again"_s).value().reason == u"rule: 北京 too"_s);
}

TEST_CASE("campaign results equal a hand computation", "[campaigns]")
{
    const Clock::Pinned today(QDate(2026, 3, 20));
    QTemporaryDir dir;
    auto db = clientele::test::memoryDatabase();
    importCustomers(*db, dir);
    NewCampaign n;
    n.name = u"Women's day"_s;
    n.filterText = u"city=上海"_s; // 19 who may receive marketing
    n.holdoutPercent = 20;      // round(3.8) = 4 held out
    n.seed = 20260308;
    n.message = u"{name}您好，三八节到店九折。拒收请回复R"_s;
    const qint64 id = Campaigns::create(*db, n).value();
    QStringList contacted, holdout;
    for (const auto& m : storage::CampaignRepository(*db).members(id).value())
        (m.holdout ? holdout : contacted).append(codeOf(*db, m.customerId));
    REQUIRE(contacted.size() == 15);
    REQUIRE(holdout.size() == 4);

    // Contact on 2026-03-01, window 14 days: purchases 03-02 … 03-15 count.
    QByteArray orders = "订单号,订单日期,实付金额,会员卡号\n";
    int no = 1;
    const auto order = [&](const QString& code, const char* date, const char* amount) {
        orders += "A" + QByteArray::number(no++) + "," + date + "," + amount + "," + code.toUtf8() + "\n";
    };
    order(contacted[0], "2026-03-02", "100.00"); // first day of the window
    order(contacted[0], "2026-03-10", "50.00");  // same buyer, twice
    order(contacted[1], "2026-03-15", "200.00"); // last day of the window
    order(contacted[2], "2026-03-05", "80.00");
    order(contacted[3], "2026-03-06", "120.00");
    order(contacted[4], "2026-03-07", "30.00");
    order(contacted[5], "2026-03-01", "999.00"); // the contact day: not after it
    order(contacted[6], "2026-03-16", "999.00"); // after the window
    order(contacted[7], "2026-03-08", "-60.00"); // a refund makes nobody a buyer
    order(holdout[0], "2026-03-09", "90.00");
    order(holdout[1], "2026-02-27", "70.00");    // before the contact
    importText(*db, dir, u"orders.csv"_s, orders, io::ImportKind::Orders);

    auto campaign = Campaigns::find(*db, id).value();
    CHECK_FALSE(CampaignResults::compute(*db, campaign).value().contacted);
    REQUIRE(Campaigns::markContacted(*db, id, {}, QDate(2026, 3, 1)).value() == 15);
    CHECK(Campaigns::markContacted(*db, id, {}, QDate(2026, 3, 2)).value() == 0); // once only
    campaign = Campaigns::find(*db, id).value();
    CHECK(campaign.contactedOn == QDate(2026, 3, 1));

    // Before a contact date, and on the contact date itself, there is nothing to measure: the lists
    // say so instead of showing "+0.0 pts".
    {
        auto unsent = campaign;
        unsent.contactedOn = {};
        CHECK(CampaignResults::liftCell(CampaignResults::compute(*db, unsent).value()) == u"not contacted yet"_s);
        const Clock::Pinned contactDay(QDate(2026, 3, 1));
        const CampaignOutcome first = CampaignResults::compute(*db, campaign).value();
        CHECK_FALSE(first.measuring);
        CHECK(CampaignResults::liftCell(first) == u"not measured yet"_s);
        CHECK(CampaignResults::summary(first).startsWith(u"Not measured yet"_s));
    }
    const Clock::Pinned again(QDate(2026, 3, 20)); // the block's pin reset the clock
    const CampaignOutcome o = CampaignResults::compute(*db, campaign).value();
    CHECK(o.measuring);
    CHECK(CampaignResults::liftCell(o) == CampaignResults::liftText(o.conversionLift));
    CHECK(o.from == QDate(2026, 3, 2));
    CHECK(o.to == QDate(2026, 3, 15));
    CHECK(o.contactedGroup.customers == 15);
    CHECK(o.contactedGroup.buyers == 5);
    CHECK(o.contactedGroup.revenue == 58000);
    CHECK(o.holdoutGroup.customers == 4);
    CHECK(o.holdoutGroup.buyers == 1);
    CHECK(o.holdoutGroup.revenue == 9000);
    // By hand: p1 = 5/15, p2 = 1/4, lift 0.083333, se = √(p1(1−p1)/15 + p2(1−p2)/4) = 0.250185.
    CHECK(o.conversionLift.value == Approx(1.0 / 12.0));
    const double se = std::sqrt((1.0 / 3) * (2.0 / 3) / 15 + 0.25 * 0.75 / 4);
    CHECK(o.conversionLift.low == Approx(1.0 / 12.0 - 1.96 * se));
    CHECK(o.conversionLift.high == Approx(1.0 / 12.0 + 1.96 * se));
    CHECK(o.revenuePerCustomerLift.value == Approx(58000.0 / 15 - 9000.0 / 4));
    // Plain words: 0.0833·15 = 1.25 → about 1 extra buyer; credited without a hold-out: 5.
    const QString words = CampaignResults::summary(o);
    INFO(words.toStdString());
    CHECK(words.contains(u"about 1 extra buyers"_s));
    CHECK(words.contains(u"credited it with 5"_s));

    // Each contacted member's timeline shows the message.
    const auto all = storage::CustomerQueries::ids(*db, {}, storage::CustomerSort::Id, false).value();
    const qint64 first = all[contacted[0].mid(1).toInt() - 1];
    const auto timeline = customers::CustomerTimeline::forCustomer(*db, first).value();
    const bool logged = std::any_of(timeline.cbegin(), timeline.cend(), [](const auto& e) {
        return e.kind == customers::TimelineEvent::Kind::Interaction && QString(e.title + e.detail).contains(u"三八节"_s);
    });
    CHECK(logged);

    // The export: the contacted group only, with each one's message.
    const QString path = dir.filePath(u"contacts.csv"_s);
    REQUIRE(Campaigns::exportCsv(*db, id, path, io::CsvWriter::Encoding::Utf8Bom).ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.count(u"\r\n"_s) == 16);
    CHECK(text.contains(contacted[0]));
    CHECK_FALSE(text.contains(holdout[0]));
    CHECK(text.contains(u"客户"_s + contacted[0] + u"您好，三八节到店九折。拒收请回复R"_s));
}
