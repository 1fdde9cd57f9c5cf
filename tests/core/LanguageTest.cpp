// Two languages that do not leak into each other: follow-ups worded when read, segment names in
// both languages, dates in sentences, pinyin search and order of Chinese names.
#include "CatchCompat.h"
#include "ChineseScope.h"

#include "TestSupport.h"

#include "care/CareTaskGenerator.h"
#include "care/CareTaskText.h"
#include "customers/CustomerTimeline.h"
#include "i18n/LocalDates.h"
#include "i18n/Pinyin.h"
#include "io/DateParser.h"
#include "io/DelimiterSniffer.h"
#include "segmentation/RfmSegments.h"
#include "service/HealthFigures.h"
#include "segmentation/TierRules.h"
#include "storage/CustomerQueries.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace clientele::core;
using namespace Qt::StringLiterals;

using clientele::test::Chinese;
using clientele::test::hasCjk;

namespace {

bool hasLatinWord(const QString& text)
{
    int run = 0;
    for (const QChar c : text) {
        run = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ? run + 1 : 0;
        if (run >= 3)
            return true;
    }
    return false;
}

qint64 addCustomer(storage::Database& db, const QString& name)
{
    Customer c;
    c.name = name;
    auto id = storage::CustomerRepository(db).insert(c);
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
}

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QStringList namesFound(const storage::Database& db, const QString& search)
{
    storage::CustomerFilter filter;
    filter.search = search;
    QStringList names;
    for (const auto& row : storage::CustomerQueries::list(db, filter, storage::CustomerSort::Name, false, 100).value())
        names.append(row.name);
    return names;
}
} // namespace

TEST_CASE("rule-made follow-ups are worded in the reader's language, not the maker's", "[i18n][care]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 id = addCustomer(*db, u"孙明"_s);
    care::CareCustomer c;
    c.id = id;
    c.name = u"孙明"_s;
    c.tier = u"gold"_s;
    c.lastPurchase = day("2025-09-30");
    c.dormantDays = 365;
    c.atRiskAfterDays = 40;
    const care::CareRule winback{u"winback"_s, true, {}};
    const auto tasks = care::CareTaskGenerator::generate({winback}, {c}, day("2026-09-20"), day("2026-10-31"));
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].facts.value(u"rule"_s).toString() == u"winback"_s);
    {
        Chinese chinese; // made while the app speaks Chinese
        REQUIRE(storage::FollowUpRepository(*db).insertIfNew(care::CareTaskGenerator::generate(
                                                                 {winback}, {c}, day("2026-09-20"), day("2026-10-31"))[0])
                    .value());
    }
    storage::FollowUpRepository repo(*db);
    auto english = repo.forCustomer(id).value();
    REQUIRE(english.size() == 1);
    CHECK(english[0].title == u"Win back 孙明"_s);
    CHECK(english[0].reason == u"No purchase since 30 Sep 2025 (dormant from 30 Sep 2026)"_s);
    {
        Chinese chinese;
        const auto zh = repo.forCustomer(id).value();
        CHECK(zh[0].title != english[0].title);
        CHECK(zh[0].title.contains(u"孙明"_s));
        CHECK_FALSE(hasLatinWord(zh[0].title));
        CHECK_FALSE(hasLatinWord(zh[0].reason));
        CHECK(zh[0].reason.contains(u"2025年9月30日"_s));
        CHECK(zh[0].reason.contains(u"2026年9月30日"_s));
    }

    // Saved unchanged (a new date only), the title stays the rule's; changed by hand, it is the person's.
    REQUIRE(repo.edit(english[0].id, day("2026-10-02"), english[0].title).ok());
    {
        Chinese chinese;
        CHECK_FALSE(hasLatinWord(repo.get(english[0].id).value().title));
    }
    REQUIRE(repo.edit(english[0].id, day("2026-10-02"), u"Ask 孙明 about the coat"_s).ok());
    {
        Chinese chinese;
        const auto zh = repo.get(english[0].id).value();
        CHECK(zh.title == u"Ask 孙明 about the coat"_s);
        CHECK_FALSE(hasLatinWord(zh.reason)); // the reason is still the rule's
    }
}

TEST_CASE("every rule's words render in both languages from its facts", "[i18n][care]")
{
    const QList<QJsonObject> facts{
        {{u"rule"_s, u"birthday"_s}, {u"birthday"_s, u"2026-12-07"_s}, {u"ahead"_s, 7}},
        {{u"rule"_s, u"revisit"_s}, {u"first"_s, u"2026-11-01"_s}, {u"after"_s, 7}},
        {{u"rule"_s, u"winback"_s}, {u"last"_s, u"2025-01-01"_s}, {u"turned"_s, u"2026-01-01"_s}},
        {{u"rule"_s, u"vip_at_risk"_s}, {u"tier"_s, u"diamond"_s}, {u"last"_s, u"2026-09-01"_s}, {u"model"_s, false},
         {u"overdue_after"_s, 40}},
        {{u"rule"_s, u"holidays"_s}, {u"holiday"_s, u"春节"_s}, {u"day"_s, u"2027-02-06"_s}},
    };
    for (const QJsonObject& f : facts) {
        const QString title = care::CareTaskText::title(f, u"Anna"_s);
        const QString reason = care::CareTaskText::reason(f);
        CAPTURE(title, reason);
        CHECK_FALSE(hasCjk(title));
        CHECK_FALSE(hasCjk(reason));
        CHECK_FALSE(reason.contains(u"-0"_s)); // no ISO dates in a sentence
        Chinese chinese;
        const QString zhTitle = care::CareTaskText::title(f, u"孙明"_s);
        const QString zhReason = care::CareTaskText::reason(f);
        CAPTURE(zhTitle, zhReason);
        CHECK_FALSE(hasLatinWord(zhTitle));
        CHECK_FALSE(hasLatinWord(zhReason));
        CHECK(zhReason.contains(u"年"_s));
    }
    CHECK(care::CareTaskText::reason(facts[3]).startsWith(u"Diamond customer"_s));
    Chinese chinese;
    CHECK(care::CareTaskText::title(facts[4], u"孙明"_s).contains(u"春节"_s));
}

TEST_CASE("upgrading to v6 rewords the follow-ups it can read and keeps the rest", "[i18n][care][db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v5.sqlite"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v5"_s);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        auto runAll = [&](const auto& statements) {
            for (const char* sql : statements)
                REQUIRE(q.exec(QString::fromUtf8(sql)));
        };
        runAll(storage::schema::kVersion1);
        runAll(storage::schema::kVersion2);
        runAll(storage::schema::kVersion3);
        runAll(storage::schema::kVersion4);
        runAll(storage::schema::kVersion5);
        REQUIRE(q.exec(u"PRAGMA user_version = 5"_s));
        REQUIRE(q.exec(u"INSERT INTO customers (id, name, created_at, updated_at) VALUES "
                       u"(1, '孙明', 'x', 'x'), (2, '曾小贤', 'x', 'x'), (3, 'Anna', 'x', 'x')"_s));
        struct Row
        {
            int id, customer;
            const char16_t *title, *reason, *rule, *key;
        };
        const Row rows[] = {
            // English, as v5 wrote it
            {1, 1, u"Win back 孙明", u"No purchase since 2025-09-30 (dormant from 2026-09-30)", u"winback",
             u"winback:1:2025-09-30"},
            // Chinese, as v5 wrote it under zh_CN
            {2, 2, u"给 曾小贤 的生日问候", u"生日 2026-12-08（提前 7 天问候）", u"birthday", u"birthday:2:2026"},
            {3, 3, u"春节 greeting for Anna", u"春节 on 2027-02-06", u"holidays", u"holiday:春节:2027-02-06:3"},
            // typed by someone over a rule's task: the title stays theirs
            {4, 1, u"Bring 孙明 the scarf", u"Gold customer, no purchase since 2026-08-01; overdue after 40 days",
             u"vip_at_risk", u"vip_at_risk:1:2026-08-01"},
            // unreadable: kept as written
            {5, 3, u"Revisit Anna", u"garbled", u"revisit", u"revisit:3:2026-09-20"},
        };
        REQUIRE(q.prepare(u"INSERT INTO follow_ups (id, customer_id, due_on, title, reason, origin_rule, dedupe_key, "
                          u"created_at) VALUES (?, ?, '2026-10-01', ?, ?, ?, ?, 'x')"_s));
        for (const Row& row : rows) {
            q.addBindValue(row.id);
            q.addBindValue(row.customer);
            q.addBindValue(QString::fromUtf16(row.title));
            q.addBindValue(QString::fromUtf16(row.reason));
            q.addBindValue(QString::fromUtf16(row.rule));
            q.addBindValue(QString::fromUtf16(row.key));
            REQUIRE(q.exec());
        }
        q.clear();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"v5"_s);

    auto opened = storage::Database::open(path);
    INFO((opened.ok() ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    storage::Database& db = **opened;
    storage::FollowUpRepository repo(db);
    CHECK(repo.get(1).value().reason == u"No purchase since 30 Sep 2025 (dormant from 30 Sep 2026)"_s);
    CHECK(repo.get(2).value().title == u"Birthday greeting for 曾小贤"_s);
    CHECK(repo.get(2).value().reason == u"Birthday on 8 Dec 2026 (greet 7 days ahead)"_s);
    CHECK(repo.get(3).value().title == u"Spring Festival greeting for Anna"_s);
    CHECK(repo.get(4).value().title == u"Bring 孙明 the scarf"_s);
    CHECK(repo.get(4).value().reason == u"Gold customer, no purchase since 1 Aug 2026; overdue after 40 days"_s);
    CHECK(repo.get(5).value().reason == u"garbled"_s);
    {
        Chinese chinese;
        CHECK_FALSE(hasLatinWord(repo.get(1).value().title));
        CHECK_FALSE(hasLatinWord(repo.get(3).value().reason));
    }
    // The names got their pinyin: the search finds existing customers by it.
    CHECK(namesFound(db, u"zeng"_s) == QStringList{u"曾小贤"_s});
    CHECK(namesFound(db, u"sm"_s) == QStringList{u"孙明"_s});
}

TEST_CASE("pinyin of names: surnames read right, tones stripped, initials", "[i18n][pinyin]")
{
    using i18n::Pinyin;
    CHECK(Pinyin::of(u"张伟"_s).sortKey == u"zhang wei"_s);
    CHECK(Pinyin::of(u"张伟"_s).search == u"zhangwei zw"_s);
    CHECK(Pinyin::of(u"曾小贤"_s).sortKey == u"zeng xiao xian"_s);
    CHECK(Pinyin::of(u"单田芳"_s).sortKey.startsWith(u"shan "_s));
    CHECK(Pinyin::of(u"解缙"_s).sortKey.startsWith(u"xie "_s));
    CHECK(Pinyin::of(u"仇英"_s).sortKey.startsWith(u"qiu "_s));
    // Longer names: compound surnames and readings inside a name as Han-Latin/Names gives them.
    CHECK(Pinyin::of(u"欧阳娜娜"_s).sortKey == u"ou yang na na"_s);
    CHECK(Pinyin::of(u"万俟小明"_s).sortKey == u"mo qi xiao ming"_s);
    CHECK(Pinyin::of(u"王长江"_s).sortKey == u"wang chang jiang"_s);
    CHECK(Pinyin::of(u"曾长江"_s).search == u"zengchangjiang zcj"_s);
    CHECK(Pinyin::of(u"Émile Zola"_s).sortKey == u"emile zola"_s);
    CHECK(Pinyin::of(u"Émile Zola"_s).search.isEmpty());
}

TEST_CASE("customers are found by full pinyin and initials and listed in pinyin order", "[i18n][pinyin][db]")
{
    auto db = clientele::test::memoryDatabase();
    for (const QString& name : {u"张伟"_s, u"曾小贤"_s, u"阿娇"_s, u"王芳"_s, u"Bob"_s, u"李娜"_s, u"陈静"_s})
        addCustomer(*db, name);
    CHECK(namesFound(*db, u"zhangwei"_s) == QStringList{u"张伟"_s});
    CHECK(namesFound(*db, u"zw"_s) == QStringList{u"张伟"_s});
    CHECK(namesFound(*db, u"zeng"_s) == QStringList{u"曾小贤"_s}); // not ceng
    CHECK(namesFound(*db, u"ceng"_s).isEmpty());
    CHECK(namesFound(*db, u"wang"_s) == QStringList{u"王芳"_s});

    // Sorted by name: pinyin order (a, b, ch, l, w, z…), Latin names among them.
    storage::CustomerFilter all;
    QStringList order;
    for (const auto& row : storage::CustomerQueries::list(*db, all, storage::CustomerSort::Name, false, 100).value())
        order.append(row.name);
    CHECK(order == QStringList{u"阿娇"_s, u"Bob"_s, u"陈静"_s, u"李娜"_s, u"王芳"_s, u"曾小贤"_s, u"张伟"_s});

    // A renamed customer is found by the new name's pinyin, not the old one's.
    storage::CustomerRepository repo(*db);
    Customer zhang = repo.findById(1).value().value();
    zhang.name = u"赵敏"_s;
    REQUIRE(repo.update(zhang).ok());
    CHECK(namesFound(*db, u"zhaomin"_s) == QStringList{u"赵敏"_s});
    CHECK(namesFound(*db, u"zhangwei"_s).isEmpty());
}

TEST_CASE("segment names of both models in both languages", "[i18n][rfm]")
{
    using segmentation::RfmSegments;
    const QStringList cn8{u"important_value"_s, u"important_develop"_s, u"important_keep"_s, u"important_retain"_s,
                          u"general_value"_s,   u"general_develop"_s,   u"general_keep"_s,   u"general_retain"_s};
    CHECK(RfmSegments::label(u"important_value"_s) == u"Important value"_s);
    CHECK(RfmSegments::label(u"general_retain"_s) == u"General win-back"_s);
    QSet<QString> distinct;
    for (const QString& key : cn8) {
        CHECK_FALSE(hasCjk(RfmSegments::label(key)));
        distinct.insert(RfmSegments::label(key));
    }
    CHECK(distinct.size() == 8);
    CHECK_FALSE(hasCjk(RfmSegments::label(u"champions"_s)));
    Chinese chinese;
    CHECK(RfmSegments::label(u"important_value"_s) == u"重要价值客户"_s);
    CHECK(RfmSegments::label(u"general_retain"_s) == u"一般挽留客户"_s);
    CHECK_FALSE(hasLatinWord(RfmSegments::label(u"champions"_s)));
}

TEST_CASE("tiers carry one kind of name per language", "[i18n][tiers]")
{
    Chinese chinese;
    CHECK(segmentation::TierRules::label(u"diamond"_s) == u"钻石卡"_s);
    CHECK(segmentation::TierRules::label(u"gold"_s) == u"金卡"_s);
    CHECK(segmentation::TierRules::label(u"silver"_s) == u"银卡"_s);
}

TEST_CASE("dates name the month in English and read year first in Chinese, always with four-digit years",
          "[i18n][dates]")
{
    using i18n::LocalDates;
    // 2 June 2027: "6/2/27" would read as 6 February outside the US.
    const QDate june2 = day("2027-06-02");
    CHECK(LocalDates::shortFormat() == u"d MMM yyyy"_s);
    CHECK(LocalDates::shortDate(june2) == u"2 Jun 2027"_s);
    CHECK(LocalDates::date(june2) == u"2 Jun 2027"_s);
    CHECK(LocalDates::shortDateTime(QDateTime(june2, QTime(15, 4))) ==
          u"2 Jun 2027 "_s + QLocale().toString(QTime(15, 4), QLocale::ShortFormat)); // times stay the locale's
    CHECK(LocalDates::dayAndMonth(june2) == u"2 Jun"_s);
    CHECK(LocalDates::shortDate(day("2026-11-07")) == u"7 Nov 2026"_s);
    CHECK(LocalDates::monthEnd(day("2026-09-15")) == u"end of September 2026"_s);
    CHECK(LocalDates::shortDate({}).isEmpty());
    {
        // The same in British English: the day and the month can no longer be taken for each other.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        CHECK(LocalDates::shortDate(june2) == u"2 Jun 2027"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    Chinese chinese;
    CHECK(LocalDates::shortFormat() == u"yyyy/M/d"_s);
    CHECK(LocalDates::shortDate(june2) == u"2027/6/2"_s);
    CHECK(LocalDates::date(june2) == u"2027年6月2日"_s);
    CHECK(LocalDates::dayAndMonth(june2) == u"6月2日"_s);
    CHECK(LocalDates::date(day("2026-11-07")) == u"2026年11月7日"_s);
    CHECK(LocalDates::monthEnd(day("2026-09-15")) == u"2026年9月末"_s);
    CHECK(io::DelimiterSniffer::label(QChar(u',')).contains(u"逗号"_s));
}

TEST_CASE("the Chinese words for P(alive), SLA and RFM are plain Chinese; RFM stays only beside its explanation",
          "[i18n]")
{
    // Every current translation of the shipped Chinese file (the app's menus, tooltips, report and CLI).
    QFile file(QDir(QStringLiteral(CLIENTELE_RESOURCES_DIR)).filePath(u"../translations/clientele_zh_CN.ts"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString source;
    int translations = 0;
    const QString rfmExplained = u"RFM 消费评分（R 最近一次消费、F 消费频次、M 消费金额）"_s;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
            continue;
        }
        if (xml.name() != u"translation" && xml.name() != u"numerusform")
            continue;
        const QString type = xml.attributes().value(u"type"_s).toString();
        if (type == u"obsolete" || type == u"vanished")
            continue;
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        ++translations;
        INFO(source.toStdString() << " → " << text.toStdString());
        CHECK_FALSE(text.contains(u"P(alive)"_s));
        CHECK_FALSE(text.contains(u"SLA"_s));
        CHECK(text.count(u"RFM"_s) == text.count(rfmExplained));
    }
    INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
    CHECK_FALSE(xml.hasError());
    CHECK(translations > 1000);

    Chinese chinese;
    CHECK(service::HealthFigures::label(u"sla"_s) == u"按时解决的工单"_s);
}

TEST_CASE("an ambiguous a/b/yyyy reads month first in Chinese too unless the column says day first", "[i18n][dates]")
{
    Chinese chinese;
    CHECK(io::DateParser::parse(u"3/4/1990").value().date == day("1990-03-04"));
    io::DateColumnAnalyzer column;
    column.add(u"3/4/1990");
    column.add(u"25/4/1990");
    CHECK(column.order() == io::DayMonthOrder::DayFirst);
    CHECK(io::DateParser::parse(u"3/4/1990", column.order()).value().date == day("1990-04-03"));
    io::DateColumnAnalyzer undecided;
    undecided.add(u"3/4/1990");
    CHECK(undecided.ambiguous());
    CHECK(undecided.order() == io::DayMonthOrder::MonthFirst);
}
