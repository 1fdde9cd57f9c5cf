// Campaigns (issue 17), what a message carries: the campaign's coupon (contacted group only, once),
// the member program's figures ({points}, {balance}) and the warning for a hold-out too small.
#include "CatchCompat.h"

#include "ChineseScope.h"
#include "TestSupport.h"

#include "campaigns/CampaignResults.h"
#include "campaigns/Campaigns.h"
#include "campaigns/FilterText.h"
#include "campaigns/MessageChecks.h"
#include "domain/Clock.h"
#include "member/Coupons.h"
#include "member/MemberBalances.h"
#include "member/PointsLedger.h"
#include "member/SaleService.h"
#include "storage/CampaignRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"

#include <QFile>
#include <QTemporaryDir>

using namespace clientele::core;
using namespace clientele::core::campaigns;
using namespace Qt::StringLiterals;

namespace {
QList<qint64> addCustomers(storage::Database& db, int count)
{
    QList<qint64> ids;
    for (int i = 1; i <= count; ++i) {
        Customer c;
        c.name = u"客户%1"_s.arg(i);
        c.phone = u"1390000%1"_s.arg(i, 4, 10, QChar(u'0'));
        c.memberCode = u"K%1"_s.arg(i, 3, 10, QChar(u'0'));
        c.marketingConsent = true;
        auto id = storage::CustomerRepository(db).insert(c);
        REQUIRE(id.ok());
        ids.append(*id);
    }
    return ids;
}

qint64 addCouponType(storage::Database& db, const QString& name, int perCustomer)
{
    CouponType t;
    t.name = name;
    t.kind = CouponKind::Amount;
    t.amount = 1000;
    t.validDays = 30;
    t.perCustomer = perCustomer;
    auto id = member::Coupons::addType(db, t);
    REQUIRE(id.ok());
    return *id;
}

QList<Coupon> couponsOf(const storage::Database& db, qint64 customerId)
{
    return member::Coupons::list(db, customerId).value();
}
} // namespace

TEST_CASE("a campaign's coupon goes to each contacted member once and never to the hold-out", "[campaigns][coupons]")
{
    const Clock::Pinned today(QDate(2026, 2, 28));
    QTemporaryDir dir;
    auto db = clientele::test::memoryDatabase();
    const QList<qint64> all = addCustomers(*db, 30);
    addCouponType(*db, u"满100减10"_s, 1);

    NewCampaign n;
    n.name = u"开春"_s;
    n.holdoutPercent = 20; // 6 of 30 held out
    n.seed = 7;
    n.message = u"{name}您好，送您券{coupon}。拒收请回复R"_s;
    n.couponType = u" 满100减10 "_s;
    const qint64 id = Campaigns::create(*db, n).value();
    Campaign campaign = Campaigns::find(*db, id).value();
    CHECK(campaign.couponType == u"满100减10"_s);
    QList<qint64> contacted, holdout;
    for (const auto& m : storage::CampaignRepository(*db).members(id).value())
        (m.holdout ? holdout : contacted).append(m.customerId);
    REQUIRE(contacted.size() == 24);
    REQUIRE(holdout.size() == 6);

    // Before anything leaves the app: nobody holds a coupon, the preview shows the code's shape.
    auto before = Campaigns::messages(*db, campaign).value();
    REQUIRE(before.size() == 24);
    CHECK(before.first().text.contains(MessageTemplate::couponSample()));
    CHECK(before.first().empty.isEmpty());
    CHECK(member::Coupons::list(*db, 0).value().isEmpty());

    // Working through: marking one member issues that member's coupon only.
    REQUIRE(Campaigns::markContacted(*db, id, {contacted[0]}, QDate(2026, 2, 27)).value() == 1);
    REQUIRE(couponsOf(*db, contacted[0]).size() == 1);
    const Coupon first = couponsOf(*db, contacted[0]).first();
    CHECK(first.issuedOn == QDate(2026, 2, 27)); // issued on the contact date
    CHECK(member::Coupons::list(*db, 0).value().size() == 1);
    // Marking a hold-out member does nothing, and issues nothing.
    CHECK(Campaigns::markContacted(*db, id, {holdout[0]}, QDate(2026, 2, 27)).value() == 0);
    CHECK(couponsOf(*db, holdout[0]).isEmpty());

    // The export is the message leaving the app: everyone else in the contacted group gets theirs.
    const QString path = dir.filePath(u"list.csv"_s);
    REQUIRE(Campaigns::exportCsv(*db, id, path, io::CsvWriter::Encoding::Utf8Bom).ok());
    CHECK(member::Coupons::list(*db, 0).value().size() == 24);
    const auto codes = storage::CampaignRepository(*db).couponCodes(id).value();
    CHECK(codes.size() == 24);
    CHECK(codes.value(contacted[0]) == first.code); // the first one kept, not a second
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    for (const qint64 c : contacted) {
        REQUIRE(couponsOf(*db, c).size() == 1);
        CHECK(text.contains(u"券"_s + couponsOf(*db, c).first().code + u"。"_s));
    }
    for (const qint64 h : holdout)
        CHECK(couponsOf(*db, h).isEmpty());
    CHECK_FALSE(text.contains(MessageTemplate::couponSample()));

    // Again and again: no second coupon.
    REQUIRE(Campaigns::exportCsv(*db, id, path, io::CsvWriter::Encoding::Utf8Bom).ok());
    CHECK(Campaigns::markContacted(*db, id, {}, QDate(2026, 2, 28)).value() == 23);
    CHECK(Campaigns::markContacted(*db, id, {}, QDate(2026, 2, 28)).value() == 0);
    CHECK(Campaigns::issueCoupons(*db, campaign).value() == 0);
    CHECK(member::Coupons::list(*db, 0).value().size() == 24);

    // The messages now carry each member's own code, also on the timeline's logged message.
    const auto after = Campaigns::messages(*db, campaign).value();
    for (const auto& m : after)
        CHECK(m.text.contains(codes.value(m.customerId)));

    // A second campaign with the same one-per-customer type: members holding one get none, and
    // the check names the empty {coupon}.
    NewCampaign again = n;
    again.name = u"再来"_s;
    again.holdoutPercent = 0;
    const qint64 second = Campaigns::create(*db, again).value();
    REQUIRE(Campaigns::markContacted(*db, second, {}, QDate(2026, 2, 28)).value() == 30);
    CHECK(member::Coupons::list(*db, 0).value().size() == 30); // the 6 held out before got theirs now
    const auto secondMessages = Campaigns::messages(*db, Campaigns::find(*db, second).value()).value();
    const auto checks = MessageChecks::run(again.message, secondMessages, QTime(12, 0));
    bool emptyCoupon = false;
    for (const auto& c : checks)
        emptyCoupon = emptyCoupon || (c.kind == MessageCheck::Kind::EmptyPlaceholder && c.text.contains(u"{coupon}"_s));
    CHECK(emptyCoupon);
    REQUIRE(Campaigns::exportCsv(*db, second, path, io::CsvWriter::Encoding::Utf8Bom).ok());
    QFile secondList(path);
    REQUIRE(secondList.open(QIODevice::ReadOnly));
    CHECK_FALSE(QString::fromUtf8(secondList.readAll()).contains(MessageTemplate::couponSample())); // never a fake code

    // An unknown coupon type is refused when the campaign is made, naming it.
    NewCampaign bad = n;
    bad.name = u"错"_s;
    bad.couponType = u"不存在"_s;
    auto refused = Campaigns::create(*db, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::NotFound);
    CHECK(refused.error().message.contains(u"不存在"_s));
    Q_UNUSED(all);
}

TEST_CASE("{points} and {balance} say what the member's ledgers hold", "[campaigns][member]")
{
    const Clock::Pinned today(QDate(2026, 3, 10));
    auto db = clientele::test::memoryDatabase();
    const QList<qint64> ids = addCustomers(*db, 2);
    REQUIRE(member::SaleService::topUp(*db, ids[0], 100000, u"wechat"_s).ok()); // ¥1,000 + ¥150 bonus
    REQUIRE(member::SaleService::adjustPoints(*db, ids[0], 1234, u"opening balance"_s).ok());

    // One function per figure, the same sums the profile shows.
    const qint64 points = member::MemberBalances::points(*db, ids[0]).value();
    CHECK(points == 1234);
    CHECK(points == member::PointsLedger::evaluate(storage::MemberRepository(*db).pointsOf(ids[0]).value(),
                                                   Clock::today())
                        .balance);
    CHECK(member::MemberBalances::storedValue(*db, ids[0]).value() == 115000);
    CHECK(member::MemberBalances::storedValue(*db, ids[0]).value() ==
          member::SaleService::balance(*db, ids[0]).value().total());
    CHECK(member::MemberBalances::points(*db, ids[1]).value() == 0);

    Campaign c;
    c.message = u"{name}：积分{points}，余额{balance}。拒收请回复R"_s;
    const auto fields = Campaigns::messageFields(*db, ids, c).value();
    REQUIRE(fields.size() == 2);
    const RenderedMessage zhang = MessageTemplate::render(c.message, fields[0]);
    CHECK(zhang.text == u"客户1：积分1,234，余额¥1,150。拒收请回复R"_s);
    CHECK(zhang.empty.isEmpty());
    // A customer with no member program: zero, not empty.
    CHECK(MessageTemplate::render(c.message, fields[1]).text == u"客户2：积分0，余额¥0。拒收请回复R"_s);
    CHECK_FALSE(MessageChecks::hasProblems(MessageChecks::run(c.message, {zhang}, QTime(12, 0))));
    // Fields without figures (read straight from storage) leave them empty and flagged.
    const auto raw = storage::CampaignRepository(*db).messageFields(ids).value();
    const RenderedMessage bare = MessageTemplate::render(c.message, raw[0]);
    CHECK(bare.empty == QStringList{u"points"_s, u"balance"_s});
}

TEST_CASE("a hold-out that ends up empty or an audience under 20 is warned about", "[campaigns]")
{
    const Clock::Pinned today(QDate(2026, 3, 10));
    CHECK(Campaigns::holdoutWarning(2, 0).contains(u"No hold-out: lift cannot be measured"_s));
    CHECK(Campaigns::holdoutWarning(19, 2).contains(u"Only 19 customer"_s));
    CHECK(Campaigns::holdoutWarning(20, 2).isEmpty());
    CHECK(Campaigns::holdoutWarning(200, 0).contains(u"No hold-out"_s)); // 0% asked: still no lift
    CHECK(Campaigns::holdoutWarning(0, 0).isEmpty());                    // nobody: the create error says so

    // 10% of 2 is nobody: the campaign is made (the owner may still want it), results say why
    // there is no lift.
    auto db = clientele::test::memoryDatabase();
    addCustomers(*db, 2);
    auto preview = Campaigns::preview(*db, QString(), 10).value();
    CHECK(preview.holdout == 0);
    NewCampaign n;
    n.name = u"tiny"_s;
    n.seed = 3;
    const qint64 id = Campaigns::create(*db, n).value();
    REQUIRE(Campaigns::markContacted(*db, id, {}, QDate(2026, 3, 1)).ok());
    const auto outcome = CampaignResults::compute(*db, Campaigns::find(*db, id).value()).value();
    CHECK_FALSE(outcome.conversionLift.defined);
    CHECK(CampaignResults::summary(outcome).contains(u"No hold-out: lift cannot be measured"_s));
}

TEST_CASE("the contact group is not the same as those marked contacted", "[campaigns]")
{
    const Clock::Pinned today(QDate(2026, 12, 2));
    auto db = clientele::test::memoryDatabase();
    addCustomers(*db, 8);
    NewCampaign n;
    n.name = u"流失挽回"_s;
    n.holdoutPercent = 50; // 4 to contact, 4 held out
    n.seed = 11;
    n.message = u"{name}您好。拒收请回复R"_s;
    const qint64 id = Campaigns::create(*db, n).value();

    Campaign c = Campaigns::find(*db, id).value();
    CHECK(c.contacted == 4); // the contact group: drawn to be contacted
    CHECK(c.marked == 0);    // nobody reached yet
    CHECK(CampaignResults::markedText(c) == u"0 of 4 marked contacted"_s);
    CHECK(CampaignResults::summary(CampaignResults::compute(*db, c).value()).startsWith(u"Nobody has been marked"_s));

    QList<qint64> group;
    for (const auto& m : storage::CampaignRepository(*db).members(id).value())
        if (!m.holdout)
            group.append(m.customerId);
    REQUIRE(Campaigns::markContacted(*db, id, group.mid(0, 2), QDate(2026, 12, 2)).value() == 2);
    c = Campaigns::find(*db, id).value();
    CHECK(c.contacted == 4);
    CHECK(c.marked == 2);
    const auto lines = CampaignResults::list(*db).value();
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().campaign.marked == 2);
    CHECK(lines.first().outcome.marked == 2);
    CHECK(CampaignResults::markedText(c) == u"2 of 4 marked contacted"_s);

    // Measured over the whole group (intent-to-treat), and the sentence says so.
    const Clock::Pinned later(QDate(2026, 12, 20));
    const CampaignOutcome o = CampaignResults::compute(*db, c).value();
    CHECK(o.contactedGroup.customers == 4);
    const QString words = CampaignResults::summary(o);
    INFO(words.toStdString());
    CHECK(words.contains(u"whole contact group (2 of its 4 customers marked contacted)"_s));
}

TEST_CASE("a contact date in the future is refused", "[campaigns]")
{
    const Clock::Pinned today(QDate(2026, 12, 2));
    auto db = clientele::test::memoryDatabase();
    addCustomers(*db, 6);
    NewCampaign n;
    n.name = u"十二月"_s;
    n.holdoutPercent = 0;
    n.message = u"{name}您好。拒收请回复R"_s;
    const qint64 id = Campaigns::create(*db, n).value();
    const auto refused = Campaigns::markContacted(*db, id, {}, QDate(2026, 12, 11));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Usage);
    CHECK(refused.error().message.contains(u"in the future"_s));
    CHECK(Campaigns::find(*db, id).value().marked == 0);
    CHECK_FALSE(Campaigns::find(*db, id).value().contactedOn.isValid());
    CHECK(Campaigns::markContacted(*db, id, {}, QDate(2026, 12, 2)).value() == 6); // today is fine
}

TEST_CASE("an audience filter reads in words", "[campaigns]")
{
    auto db = clientele::test::memoryDatabase();
    CHECK(FilterText::describe(*db, QString()) == u"everyone who may receive marketing"_s);
    CHECK(FilterText::describe(*db, u"stage=dormant"_s) == u"lifecycle stage Dormant"_s);
    CHECK(FilterText::describe(*db, u"stage=at_risk,dormant;spend_min=500;tag=宝妈"_s) ==
          u"lifecycle stage At risk or Dormant; tagged “宝妈”; spent at least ¥500"_s);
    CHECK(FilterText::describe(*db, u"clv_top=20"_s) == u"top 20% by predicted value"_s);
    // (%Ln: the core tests run without the English plural forms.)
    CHECK(FilterText::describe(*db, u"bought_category=护理;within_days=30"_s)
              .startsWith(u"bought from the category 护理 in the last 30 day"_s));
    CHECK(FilterText::describe(*db, u"nonsense"_s) == u"nonsense"_s); // cannot be read: shown as it is
    const clientele::test::Chinese chinese;
    CHECK(FilterText::describe(*db, u"stage=dormant"_s) == u"生命周期阶段为沉睡"_s);
    CHECK(FilterText::describe(*db, QString()) == u"所有可接收营销消息的客户"_s);
}

TEST_CASE("{balance} does not write the currency twice", "[campaigns]")
{
    MessageFields f;
    f.name = u"张伟"_s;
    f.balanceFen = 105000;
    CHECK(MessageTemplate::render(u"余额{balance}"_s, f).text == u"余额¥1,050"_s);
    CHECK(MessageTemplate::render(u"余额{balance}元"_s, f).text == u"余额1,050元"_s);
    CHECK(MessageTemplate::render(u"余额 {balance} 元"_s, f).text == u"余额 1,050 元"_s);
    CHECK(MessageTemplate::render(u"余额¥{balance}"_s, f).text == u"余额¥1,050"_s);
    CHECK(MessageTemplate::render(u"balance {balance} yuan"_s, f).text == u"balance 1,050 yuan"_s);
    f.balanceFen = 0;
    CHECK(MessageTemplate::render(u"余额{balance}元"_s, f).text == u"余额0元"_s);
}

TEST_CASE("an empty audience says why and what to do", "[campaigns]")
{
    auto db = clientele::test::memoryDatabase();
    NewCampaign n;
    n.name = u"空"_s;
    n.message = u"{name}您好。拒收请回复R"_s;
    const auto none = Campaigns::create(*db, n);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(u"matches no customer"_s));

    for (int i = 0; i < 3; ++i) {
        Customer c;
        c.name = u"无许可%1"_s.arg(i);
        c.marketingConsent = false;
        REQUIRE(storage::CustomerRepository(*db).insert(c).ok());
    }
    const auto noConsent = Campaigns::create(*db, n);
    REQUIRE_FALSE(noConsent.ok());
    const QString message = noConsent.error().message;
    INFO(message.toStdString());
    CHECK(message.contains(u"matches 3 customer"_s));
    CHECK(message.contains(u"none of them has marketing consent"_s));
    CHECK(message.contains(u"May receive offers and campaign messages"_s)); // the profile's check box
    CHECK(message.contains(u"import"_s));
}

TEST_CASE("customers without a valid phone are not reachable by phone", "[campaigns]")
{
    auto db = clientele::test::memoryDatabase();
    QList<qint64> ids;
    const auto add = [&](const QString& phone, bool valid) {
        Customer c;
        c.name = phone.isEmpty() ? u"无电话"_s : phone;
        c.phone = phone;
        c.phoneValid = valid;
        c.marketingConsent = true;
        ids.append(storage::CustomerRepository(*db).insert(c).value());
    };
    add(u"13800138000"_s, true);
    add(u"12345"_s, false);
    add(u"138001380"_s, false);
    add(QString(), true);
    const auto fields = storage::CampaignRepository(*db).messageFields(ids).value();
    REQUIRE(fields.size() == 4);
    CHECK(fields[0].reachableByPhone());
    CHECK_FALSE(fields[1].reachableByPhone());
    CHECK_FALSE(fields[2].reachableByPhone());
    CHECK_FALSE(fields[3].reachableByPhone());
}

TEST_CASE("the contact list leaves out phones that cannot be called or texted and says why", "[campaigns]")
{
    const Clock::Pinned today(QDateTime(QDate(2026, 12, 2), QTime(10, 0)));
    QTemporaryDir dir;
    auto db = clientele::test::memoryDatabase();
    const auto add = [&](const QString& code, const QString& phone, bool valid) {
        Customer c;
        c.memberCode = code;
        c.name = u"客户"_s + code;
        c.phone = phone;
        c.phoneValid = valid;
        c.wechatId = u"wx_"_s + code;
        c.marketingConsent = true;
        REQUIRE(storage::CustomerRepository(*db).insert(c).ok());
    };
    add(u"A1"_s, u"13800138000"_s, true);
    add(u"A2"_s, u"12345"_s, false);     // too short, kept as written
    add(u"A3"_s, QString(), true);       // no number
    add(u"A4"_s, u"02088886666"_s, false); // a landline: cannot take a text
    NewCampaign n;
    n.name = u"回访"_s;
    n.holdoutPercent = 0;
    n.message = u"{name}您好。拒收请回复R"_s;
    const qint64 id = Campaigns::create(*db, n).value();

    // One rule: the words come from reachableByPhone, and are empty for a phone one can use.
    const auto fields = storage::CampaignRepository(*db).messageFields(
        storage::CustomerQueries::ids(*db, {}, storage::CustomerSort::Id, false).value()).value();
    REQUIRE(fields.size() == 4);
    for (const auto& f : fields)
        CHECK(Campaigns::phoneProblem(f).isEmpty() == f.reachableByPhone());
    CHECK(Campaigns::phoneProblem(fields[1]) == u"not reachable by phone (not a valid mobile number)"_s);
    CHECK(Campaigns::phoneProblem(fields[2]) == u"not reachable by phone (no number)"_s);

    const auto read = [](const QString& path) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        QHash<QString, QStringList> byCode;
        QStringList lines = QString::fromUtf8(f.readAll()).remove(QChar(0xfeff)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        byCode.insert(u"header"_s, lines.takeFirst().split(u','));
        for (const QString& line : std::as_const(lines)) {
            const QStringList cells = line.split(u',');
            byCode.insert(cells.value(0), cells);
        }
        return byCode;
    };
    const QString path = dir.filePath(u"list.csv"_s);
    const auto written = Campaigns::exportCsv(*db, id, path, io::CsvWriter::Encoding::Utf8Bom);
    REQUIRE(written.ok());
    CHECK(written->rows == 4);
    CHECK(written->noPhone == 3);
    auto list = read(path);
    CHECK(list.value(u"header"_s) ==
          QStringList{u"Member code"_s, u"Name"_s, u"Phone"_s, u"Phone problem"_s, u"WeChat ID"_s, u"Message"_s});
    CHECK(list.value(u"A1"_s).value(2) == u"13800138000"_s);
    CHECK(list.value(u"A1"_s).value(3).isEmpty());
    for (const QString& code : {u"A2"_s, u"A3"_s, u"A4"_s}) {
        INFO(code.toStdString());
        REQUIRE(list.value(code).size() == 6); // still listed: WeChat and the message remain
        CHECK(list.value(code).value(2).isEmpty()); // no number an SMS tool would try
        CHECK(list.value(code).value(4) == u"wx_"_s + code);
    }
    CHECK(list.value(u"A2"_s).value(3) == Campaigns::phoneProblem(fields[1]));
    CHECK(list.value(u"A3"_s).value(3) == Campaigns::phoneProblem(fields[2]));
    CHECK(list.value(u"A4"_s).value(3) == Campaigns::phoneProblem(fields[3]));
    CHECK(Campaigns::noPhoneText(*written).startsWith(u"3 without a phone to call or text"_s));
    CHECK(Campaigns::noPhoneText({4, 0}).isEmpty());

    // In Chinese: the header and the reasons, no English left.
    const clientele::test::Chinese chinese;
    REQUIRE(Campaigns::exportCsv(*db, id, path, io::CsvWriter::Encoding::Utf8Bom).ok());
    list = read(path);
    for (const QString& cell : list.value(u"header"_s))
        CHECK(clientele::test::hasCjk(cell));
    for (const QString& code : {u"A2"_s, u"A3"_s, u"A4"_s}) {
        CHECK(list.value(code).value(2).isEmpty());
        CHECK(clientele::test::hasCjk(list.value(code).value(3)));
        CHECK_FALSE(list.value(code).value(3).contains(u"reachable"_s));
    }
    CHECK(clientele::test::hasCjk(Campaigns::noPhoneText(*written)));
}

TEST_CASE("the message checks count over the whole contacted group, before and after create", "[campaigns]")
{
    // The create dialog once counted over its first 200 customers and the export over all of them:
    // "{coupon} is empty for 200" then "for 225" for the same campaign.
    const Clock::Pinned today(QDate(2026, 3, 10));
    auto db = clientele::test::memoryDatabase();
    addCustomers(*db, 250);
    Campaign draft; // not saved yet (id 0): the dialog's view
    draft.holdoutPercent = 10;
    draft.seed = 7;
    draft.message = u"Hi {name}, {coupon}"_s;
    const auto emptyCoupon = [](const QList<MessageCheck>& checks) {
        QString text;
        for (const auto& c : checks)
            if (c.kind == MessageCheck::Kind::EmptyPlaceholder)
                text = c.text;
        return text;
    };
    const QString before = emptyCoupon(Campaigns::messageChecks(*db, draft, QTime(12, 0)).value());
    CHECK(before.startsWith(u"{coupon} is empty for 225 customer"_s));
    // The draft's group is the one create() draws from the same seed.
    CHECK(Campaigns::messages(*db, draft).value().size() == 225);

    NewCampaign n;
    n.name = u"winback"_s;
    n.holdoutPercent = draft.holdoutPercent;
    n.seed = draft.seed;
    n.message = draft.message;
    const qint64 id = Campaigns::create(*db, n).value();
    const Campaign saved = Campaigns::find(*db, id).value();
    CHECK(emptyCoupon(Campaigns::messageChecks(*db, saved, QTime(12, 0)).value()) == before);
    QList<qint64> draftIds, savedIds;
    for (const auto& m : Campaigns::messages(*db, draft).value())
        draftIds.append(m.customerId);
    for (const auto& m : Campaigns::messages(*db, saved).value())
        savedIds.append(m.customerId);
    CHECK(draftIds == savedIds);
}
