#include "DemoLines.h"

#include "../storage/OrderLineRepository.h"
#include "../storage/Transaction.h"
#include "DemoRandom.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace clientele::core::demo {

namespace {

struct DemoProduct
{
    const char16_t* code;
    const char16_t* name;
    const char16_t* category;
    Fen price;
};

// The clothing shop's range, by the categories its orders carry (DemoShop's kCategories).
const DemoProduct kProducts[] = {
    {u"TS-101", u"纯棉圆领T恤", u"上衣", 12900},    {u"SH-205", u"条纹衬衫", u"上衣", 19900},
    {u"SH-233", u"真丝衬衫", u"上衣", 45900},       {u"PT-310", u"直筒牛仔裤", u"裤装", 29900},
    {u"PT-342", u"阔腿西裤", u"裤装", 35900},       {u"DR-401", u"碎花连衣裙", u"裙装", 39900},
    {u"SK-420", u"半身百褶裙", u"裙装", 25900},     {u"CT-501", u"羊毛双面大衣", u"外套", 129900},
    {u"JK-530", u"短款牛仔夹克", u"外套", 59900},   {u"SN-601", u"小白鞋", u"鞋履", 36900},
    {u"LF-622", u"乐福鞋", u"鞋履", 49900},         {u"AC-701", u"真丝丝巾", u"配饰", 15900},
    {u"AC-715", u"帆布托特包", u"配饰", 8900},      {u"AC-730", u"牛皮腰带", u"配饰", 12900},
    {u"KN-801", u"羊绒衫", u"针织", 89900},         {u"KN-820", u"针织开衫", u"针织", 32900},
};

storage::OrderLineRepository::Product productOf(const DemoProduct& p)
{
    const QString code = QString::fromUtf16(p.code);
    return {storage::OrderLineRepository::productKey(code, QString()), code, QString::fromUtf16(p.name),
            QString::fromUtf16(p.category)};
}

QList<const DemoProduct*> inCategory(const QString& category)
{
    QList<const DemoProduct*> found;
    for (const auto& p : kProducts)
        if (category == QStringView(p.category))
            found.append(&p);
    return found;
}
} // namespace

Status DemoLines::add(storage::Database& database, quint64 seed)
{
    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus();
    storage::OrderLineRepository repo(database);
    auto orders = repo.ordersWithoutLines();
    if (!orders)
        return orders.error();
    DemoRandom rng(seed ^ 0x6c696e6573ULL); // its own stream: the orders stay as they were
    QHash<const DemoProduct*, qint64> ids;
    const auto idOf = [&](const DemoProduct* p) -> Result<qint64> {
        if (const auto it = ids.constFind(p); it != ids.cend())
            return it.value();
        auto id = repo.productId(productOf(*p), 0);
        if (id)
            ids.insert(p, *id);
        return id;
    };
    for (const auto& order : *orders) {
        QList<const DemoProduct*> choice = inCategory(order.category);
        if (choice.isEmpty())
            choice = {&kProducts[0]};
        const DemoProduct* main = choice[qsizetype(rng.below(int(choice.size())))];
        Fen remaining = order.amount;
        if (remaining > 0 && rng.chance(0.35)) {
            // An add-on (a scarf, a belt …) at its list price, when the basket leaves room for it.
            const DemoProduct* extra = &kProducts[qsizetype(rng.below(int(std::size(kProducts))))];
            if (extra != main && extra->price * 2 < remaining) {
                auto id = idOf(extra);
                if (!id)
                    return id.error();
                storage::OrderLineRepository::Line line;
                line.productId = *id;
                line.quantityMilli = 1000;
                line.unitPriceLi = extra->price * 10;
                line.totalFen = extra->price;
                if (auto s = repo.insertLine(order.id, line); !s)
                    return s;
                remaining -= extra->price;
            }
        }
        // The main item carries the rest: a refund returns one; a purchase is one or two pieces.
        auto id = idOf(main);
        if (!id)
            return id.error();
        storage::OrderLineRepository::Line line;
        line.productId = *id;
        const qint64 pieces = remaining > 0 && remaining % 2 == 0 && remaining >= 2 * main->price ? 2 : 1;
        line.quantityMilli = remaining < 0 ? -1000 : pieces * 1000;
        line.unitPriceLi = (remaining < 0 ? -remaining : remaining / pieces) * 10;
        line.totalFen = remaining;
        if (auto s = repo.insertLine(order.id, line); !s)
            return s;
    }
    return transaction.commit();
}

} // namespace clientele::core::demo
