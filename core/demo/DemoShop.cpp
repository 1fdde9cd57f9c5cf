#include "DemoShop.h"

#include "../domain/Money.h"
#include "../io/CsvWriter.h"
#include "../io/Importer.h"
#include "../member/SaleService.h"
#include "../storage/StoreRepository.h"
#include "DemoLines.h"
#include "DemoRandom.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace clientele::core::demo {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::demo::DemoShop", text);
}

const char16_t* const kSurnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴", u"周", u"徐", u"孙",
                                     u"马", u"朱", u"胡", u"郭", u"何", u"高", u"林", u"罗", u"郑", u"梁", u"谢", u"宋",
                                     u"唐", u"许", u"韩", u"冯", u"邓", u"曹", u"彭", u"曾", u"肖", u"田", u"董", u"潘",
                                     u"袁", u"蔡", u"蒋", u"余", u"于", u"杜", u"叶", u"程", u"魏", u"苏", u"吕", u"丁",
                                     u"沈", u"欧阳", u"司马", u"上官"};
const char16_t* const kGiven[] = {u"伟", u"芳", u"娜", u"秀英", u"敏", u"静", u"丽", u"强", u"磊", u"军", u"洋",
                                  u"勇", u"艳", u"杰", u"娟", u"涛", u"明", u"超", u"霞", u"平", u"刚", u"桂英",
                                  u"华", u"玉兰", u"萍", u"红梅", u"鑫", u"宇", u"浩然", u"子涵", u"欣怡", u"梓轩",
                                  u"雨桐", u"思彤", u"一诺", u"晨曦", u"佳琪", u"博文", u"婷", u"雪", u"晓燕", u"文"};
const char16_t* const kCities[] = {u"上海", u"上海", u"上海", u"杭州", u"苏州", u"南京", u"北京", u"广州", u"深圳", u"成都"};
const char16_t* const kSources[] = {u"门店", u"门店", u"小程序", u"朋友推荐", u"大众点评", u"小红书", u"抖音"};
const char16_t* const kTags[] = {u"老客", u"宝妈", u"学生", u"职场", u"团购", u"爱折扣", u"新品控", u"大码", u"送礼"};
const char16_t* const kCategories[] = {u"上衣", u"上衣", u"裤装", u"裙装", u"外套", u"鞋履", u"配饰", u"针织"};
const char16_t* const kChannels[] = {u"门店", u"门店", u"门店", u"小程序", u"微信", u"美团"};
const char16_t* const kStores[] = {u"静安店", u"静安店", u"徐汇店", u"浦东店"};
const int kMobilePrefixes[] = {135, 136, 137, 138, 139, 150, 151, 152, 158, 159, 177, 186, 187, 188, 189, 199};

struct Profile
{
    QDate joined;
    QDate lastActive;  // churned customers stop here
    double weight = 0; // expected orders ∝ weight
    double basketYuan = 0;
    QString code;
};

QString phoneFor(int index, DemoRandom& rng)
{
    // index × an odd number coprime with 10 is a bijection mod 10^8: unique phones, no set needed.
    const quint64 suffix = (quint64(index) * 2654435761ULL) % 100000000ULL;
    return QString::number(rng.pick(kMobilePrefixes)) + QString::number(suffix).rightJustified(8, u'0');
}

} // namespace

Result<DemoFiles> DemoShop::writeCsv(const DemoOptions& options, const QString& directory)
{
    if (options.customers < 1 || options.orders < 0)
        return Error::make(Error::Code::Usage, tr("The demo shop needs at least one customer."));
    if (!QDir().mkpath(directory))
        return Error::make(Error::Code::Io, tr("Cannot create the folder %1.").arg(directory));
    DemoRandom rng(options.seed);
    const QDate end = options.endDate;
    const QDate start = end.addYears(-3).addDays(1);
    const int spanDays = int(start.daysTo(end));

    DemoFiles files{QDir(directory).filePath(u"customers.csv"_s), QDir(directory).filePath(u"orders.csv"_s)};
    io::CsvWriter customers(files.customersCsv, io::CsvWriter::Encoding::Utf8Bom, false);
    if (auto s = customers.open(); !s)
        return s.error();
    customers.writeRow({u"会员卡号"_s, u"姓名"_s, u"手机号"_s, u"邮箱"_s, u"性别"_s, u"生日"_s, u"城市"_s, u"入会日期"_s,
                        u"来源渠道"_s, u"标签"_s, u"备注"_s, u"营销同意"_s});

    std::vector<Profile> profiles(size_t(options.customers));
    double totalWeight = 0;
    for (int i = 0; i < options.customers; ++i) {
        Profile& p = profiles[size_t(i)];
        p.code = u"VIP"_s + QString::number(100001 + i);
        // More customers joined recently (the shop is growing).
        const double u = rng.uniform();
        p.joined = start.addDays(qMin(spanDays, int(spanDays * (1.0 - u * u))));
        // Who stops coming: a third drift away at some point.
        p.lastActive = end;
        if (rng.chance(0.33))
            p.lastActive = p.joined.addDays(int(rng.exponential(200)));
        if (p.lastActive > end)
            p.lastActive = end;
        // Skewed purchase rate: most buy a few times a year, a few every couple of weeks.
        const double rate = rng.chance(0.3) ? 0.2 : qMin(6.0, rng.logNormal(1.0, 0.9));
        p.weight = rate * qMax<qint64>(1, p.joined.daysTo(p.lastActive) + 1);
        p.basketYuan = rng.logNormal(320.0, 0.6);
        totalWeight += p.weight;

        const bool female = rng.chance(0.72);
        const QString name = QString::fromUtf16(rng.pick(kSurnames)) + QString::fromUtf16(rng.pick(kGiven));
        QString birthday;
        if (rng.chance(0.75))
            birthday = QDate(end.year() - rng.between(18, 62), rng.between(1, 12), rng.between(1, 28)).toString(Qt::ISODate);
        QStringList tags;
        const int tagCount = rng.chance(0.5) ? rng.between(1, 2) : 0;
        for (int t = 0; t < tagCount; ++t) {
            const QString tag = QString::fromUtf16(rng.pick(kTags));
            if (!tags.contains(tag))
                tags.append(tag);
        }
        customers.writeRow({p.code, name, phoneFor(i + 1, rng),
                            rng.chance(0.3) ? p.code.toLower() + u"@example.cn"_s : QString(),
                            female ? u"女"_s : u"男"_s, birthday, QString::fromUtf16(rng.pick(kCities)),
                            p.joined.toString(Qt::ISODate), QString::fromUtf16(rng.pick(kSources)), tags.join(u','),
                            QString(), i % 10 == 7 ? u"否"_s : u"是"_s}); // nine in ten agreed to marketing
    }
    if (auto s = customers.commit(); !s)
        return s.error();

    io::CsvWriter orders(files.ordersCsv, io::CsvWriter::Encoding::Utf8Bom, false);
    if (auto s = orders.open(); !s)
        return s.error();
    orders.writeRow({u"订单号"_s, u"会员卡号"_s, u"下单时间"_s, u"实付金额"_s, u"品类"_s, u"渠道"_s, u"门店"_s});
    // Allocate the exact number of orders by weight (largest remainder), then draw dates.
    // Everyone who became a member bought at least once (when there are orders enough).
    const int base = options.orders >= options.customers ? 1 : 0;
    const int toShare = options.orders - base * options.customers;
    std::vector<int> counts(profiles.size(), base);
    std::vector<std::pair<double, size_t>> remainders;
    int allocated = base * options.customers;
    for (size_t i = 0; i < profiles.size(); ++i) {
        const double share = toShare * profiles[i].weight / totalWeight;
        counts[i] += int(share);
        allocated += int(share);
        remainders.emplace_back(share - int(share), i);
    }
    std::sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (size_t k = 0; allocated < options.orders; ++k, ++allocated)
        ++counts[remainders[k % remainders.size()].second];

    qint64 sequence = 0;
    for (size_t i = 0; i < profiles.size(); ++i) {
        const Profile& p = profiles[i];
        const int activeDays = int(p.joined.daysTo(p.lastActive)) + 1;
        for (int k = 0; k < counts[i]; ++k) {
            const QDate day = p.joined.addDays(k == 0 ? 0 : rng.below(activeDays));
            const QTime time(rng.between(10, 21), rng.below(60), rng.below(60));
            Fen amount = Fen(qMax(19.0, rng.logNormal(p.basketYuan, 0.45))) * 100;
            if (rng.chance(0.3))
                amount += rng.below(100); // some prices carry jiao/fen
            if (rng.chance(0.015))
                amount = -amount / 2; // partial refund
            ++sequence;
            orders.writeRow({u"SO"_s + day.toString(u"yyyyMMdd"_s) + QString::number(sequence).rightJustified(7, u'0'),
                             p.code, day.toString(Qt::ISODate) + u' ' + time.toString(u"HH:mm:ss"_s),
                             money::toDecimalString(amount), QString::fromUtf16(rng.pick(kCategories)),
                             QString::fromUtf16(rng.pick(kChannels)), QString::fromUtf16(rng.pick(kStores))});
        }
    }
    if (auto s = orders.commit(); !s)
        return s.error();
    return files;
}

Status DemoShop::populate(storage::Database& database, const DemoOptions& options)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::make(Error::Code::Io, tr("Cannot create a temporary folder for the demo shop."));
    auto files = writeCsv(options, dir.path());
    if (!files)
        return files.error();
    // The chain's stores by code, as an owner would list them; the order file names them by name.
    for (const storage::Store& store : {storage::Store{0, u"JA"_s, u"静安店"_s, u"上海市静安区南京西路 1266 号"_s},
                                        storage::Store{0, u"XH"_s, u"徐汇店"_s, u"上海市徐汇区虹桥路 1 号"_s},
                                        storage::Store{0, u"PD"_s, u"浦东店"_s, u"上海市浦东新区世纪大道 8 号"_s}})
        if (auto s = storage::StoreRepository(database).add(store); !s)
            return s;
    // This computer's till stands in the first store, so the demo's counter rings up a sale at once
    // (a chain's till without a store takes no money).
    if (auto s = storage::StoreRepository(database).setStoreOfTill(member::SaleService::defaultTill(), u"JA"_s); !s)
        return s;
    io::ImportOptions importOptions;
    importOptions.kind = io::ImportKind::Customers;
    if (auto r = io::Importer::run(database, files->customersCsv, importOptions); !r)
        return r.error();
    importOptions.kind = io::ImportKind::Orders;
    if (auto r = io::Importer::run(database, files->ordersCsv, importOptions); !r)
        return r.error();
    return DemoLines::add(database, options.seed);
}

} // namespace clientele::core::demo
