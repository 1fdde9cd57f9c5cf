// customers and customer.
#include "CliContext.h"
#include "CommandRegistry.h"
#include "SegmentationJson.h"
#include "TextTable.h"
#include "domain/Birthday.h"

#include "analytics/PurchaseModel.h"
#include "domain/Money.h"
#include "report/Figures.h"
#include "security/PhoneVisibility.h"
#include "segmentation/Lifecycle.h"
#include "segmentation/RfmSegments.h"
#include "segmentation/TierRules.h"
#include "storage/CustomFieldRepository.h"
#include "storage/CustomerQueries.h"
#include "storage/CustomerRepository.h"
#include "storage/MemberRepository.h"
#include "storage/OrderRepository.h"
#include "storage/PredictionRepository.h"
#include "storage/ProductQueries.h"
#include "storage/SegmentationRepository.h"
#include "storage/StoreRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace clientele::cli {

namespace {

using namespace core;

QJsonValue dateJson(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QCommandLineOption maskPhonesOption()
{
    return QCommandLineOption(u"mask-phones"_s, tr("Show phone numbers as 138****5678 (staff always see them so)."));
}

// Full numbers only where the core's rule allows them (never for staff).
QString phoneShown(const CliContext& ctx, const QString& phone)
{
    return security::PhoneVisibility::shown(phone, !ctx.parser.isSet(u"mask-phones"_s));
}

int listCustomers(CliContext& ctx)
{
    int limit = 0;
    if (!ctx.intOption(u"limit"_s, 50, 1, &limit))
        return ExitUsage;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    storage::CustomerFilter filter;
    filter.search = ctx.parser.value(u"search"_s);
    filter.city = ctx.parser.value(u"city"_s);
    filter.tag = ctx.parser.value(u"tag"_s);
    auto rows = storage::CustomerQueries::list(**db, filter, storage::CustomerSort::Name, false, limit);
    if (!rows)
        return ctx.fail(rows.error());
    if (ctx.json) {
        // Reasons are rendered per customer (in the current language) from the stored facts.
        QHash<qint64, std::pair<QString, QString>> reasons;
        storage::SegmentationRepository segments(**db);
        for (const auto& r : *rows) {
            auto seg = segments.segmentRow(r.id);
            if (!seg)
                return ctx.fail(seg.error());
            if (seg->has_value())
                reasons.insert(r.id, {(*seg)->evaluation.tierReason, (*seg)->evaluation.stageReason});
        }
        QJsonArray array;
        for (const auto& r : *rows)
            array.append(
                QJsonObject{{u"id"_s, r.id},
                            {u"member_code"_s, r.memberCode},
                            {u"name"_s, r.name},
                            {u"phone"_s, phoneShown(ctx, r.phone)},
                            {u"email"_s, r.email},
                            {u"city"_s, r.city},
                            {u"tags"_s, QJsonArray::fromStringList(r.tags)},
                            {u"orders"_s, r.orders},
                            {u"total_spend_fen"_s, r.totalSpend},
                            {u"last_purchase"_s, dateJson(r.lastPurchase)},
                            {u"tier"_s, r.tier},
                            {u"tier_reason"_s, reasons.value(r.id).first},
                            {u"stage"_s, r.stage},
                            {u"stage_reason"_s, reasons.value(r.id).second},
                            {u"r"_s, r.r},
                            {u"f"_s, r.f},
                            {u"m"_s, r.m},
                            {u"segment_cn8"_s, r.segmentCn8},
                            {u"segment_scores"_s, r.segmentScores},
                            {u"spend_12m_fen"_s, r.spend12m},
                            {u"p_alive"_s, r.probabilityAlive >= 0 ? QJsonValue(r.probabilityAlive) : QJsonValue()},
                            {u"clv_fen"_s, r.probabilityAlive >= 0 ? QJsonValue(r.clv) : QJsonValue()}});
        ctx.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("ID"), tr("Member"), tr("Name"), tr("Phone"), tr("City"), tr("Orders"), tr("Spend"),
                     tr("Last purchase"), tr("Tier"), tr("Stage"), tr("RFM"), tr("12-month CLV"), tr("Tags")});
    for (const auto& r : *rows) {
        segmentation::Stage stage = segmentation::Stage::Prospect;
        const bool segmented = segmentation::Lifecycle::fromKey(r.stage, &stage);
        table.addRow({QString::number(r.id), r.memberCode, r.name, phoneShown(ctx, r.phone), r.city,
                      QString::number(r.orders), money::format(r.totalSpend), r.lastPurchase.toString(Qt::ISODate),
                      segmentation::TierRules::label(r.tier),
                      segmented ? segmentation::Lifecycle::label(stage) : QString(),
                      r.r > 0 ? u"%1%2%3"_s.arg(r.r).arg(r.f).arg(r.m) : QString(),
                      r.probabilityAlive >= 0 ? money::format(r.clv) : QString(), r.tags.join(u',')});
    }
    table.print(ctx.out());
    auto total = storage::CustomerQueries::count(**db, filter);
    if (total && *total > rows->size())
        ctx.out() << tr("%1 of %2 customers shown (--limit).").arg(rows->size()).arg(*total) << Qt::endl;
    return ExitOk;
}

int showCustomer(CliContext& ctx)
{
    if (ctx.positional.size() != 1)
        return ctx.usage(tr("Usage: clientele-cli customer PHONE|CODE|ID"));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    storage::CustomerRepository customers(**db);
    auto found = findCustomer(**db, ctx.positional[0]);
    if (!found)
        return ctx.fail(found.error());
    Customer c = *found;
    auto tags = customers.tags(c.id);
    if (tags)
        c.tags = *tags;
    storage::OrderRepository orderRepo(**db);
    auto orders = orderRepo.forCustomer(c.id);
    if (!orders)
        return ctx.fail(orders.error());
    // The figures as the list and the profile count them (storage::CustomerQueries, report::Figures):
    // refunds are not orders, a voided sale and its void are none at all.
    auto figures = storage::CustomerQueries::row(**db, c.id);
    if (!figures)
        return ctx.fail(figures.error());
    const qint64 orderCount = figures->has_value() ? (*figures)->orders : 0;
    const Fen total = figures->has_value() ? (*figures)->totalSpend : 0;
    // Order::isRefund: storage::standingOrder, so a void (and the sale it voided) is no refund either.
    const qint64 refunds = std::count_if(orders->begin(), orders->end(), [](const auto& o) { return o.isRefund(); });

    auto segment = storage::SegmentationRepository(**db).segmentRow(c.id);
    if (!segment)
        return ctx.fail(segment.error());

    auto prediction = storage::PredictionRepository(**db).find(c.id);
    if (!prediction)
        return ctx.fail(prediction.error());
    QString predictionText;
    QJsonValue predictionJson;
    if (prediction->has_value() && segment->has_value()) {
        const auto& p = (*prediction)->prediction;
        const auto& m = (*segment)->evaluation.metrics;
        predictionText = analytics::PurchaseModel::explain(p, m);
        predictionJson = QJsonObject{
            {u"p_alive"_s, p.probabilityAlive},          {u"expected_purchases_90d"_s, p.expectedPurchases90d},
            {u"expected_spend_fen"_s, p.expectedSpend},  {u"clv_fen"_s, p.clv},
            {u"churn_risk"_s, (*prediction)->churnRisk}, {u"explanation"_s, predictionText}};
    }

    constexpr int kTopProducts = 10;
    auto products = storage::ProductQueries::forCustomer(**db, c.id, kTopProducts);
    if (!products)
        return ctx.fail(products.error());

    storage::StoreRepository storeRepo(**db);
    auto homeCode = storeRepo.homeStore(c.id);
    if (!homeCode)
        return ctx.fail(homeCode.error());
    QString homeStore; // "name (code)" as the store list has it
    if (!homeCode->isEmpty()) {
        auto store = storeRepo.find(*homeCode);
        if (!store)
            return ctx.fail(store.error());
        homeStore =
            store->has_value() && (*store)->name != *homeCode ? u"%1 (%2)"_s.arg((*store)->name, *homeCode) : *homeCode;
    }

    core::storage::CustomFieldRepository fieldRepo(**db);
    auto shopFields = fieldRepo.list();
    if (!shopFields)
        return ctx.fail(shopFields.error());
    auto fieldValues = fieldRepo.values(c.id);
    if (!fieldValues)
        return ctx.fail(fieldValues.error());
    if (ctx.json) {
        QJsonArray productsJson;
        for (const auto& p : *products)
            productsJson.append(QJsonObject{{u"code"_s, p.code},
                                            {u"name"_s, p.name},
                                            {u"category"_s, p.category},
                                            {u"count"_s, p.count},
                                            {u"spend_fen"_s, p.spend},
                                            {u"last_bought"_s, dateJson(p.lastBought)}});
        QJsonObject fieldsJson;
        for (auto it = fieldValues->cbegin(); it != fieldValues->cend(); ++it)
            fieldsJson.insert(it.key(), it.value());
        const QJsonObject segmentation =
            segment->has_value() ? segmentationJson((*segment)->evaluation) : QJsonObject();
        QJsonArray ordersJson;
        for (const auto& o : *orders)
            ordersJson.append(
                QJsonObject{{u"order_no"_s, o.orderNo},
                            {u"date"_s, dateJson(o.date)},
                            {u"time"_s, o.time.isValid() ? QJsonValue(o.time.toString(Qt::ISODate)) : QJsonValue()},
                            {u"amount_fen"_s, o.amount},
                            {u"category"_s, o.category},
                            {u"channel"_s, o.channel},
                            {u"store"_s, o.store}});
        ctx.printJson(QJsonObject{
            {u"id"_s, c.id},
            {u"member_code"_s, c.memberCode},
            {u"name"_s, c.name},
            {u"phone"_s, phoneShown(ctx, c.phone)},
            {u"phone_valid"_s, c.phoneValid},
            {u"email"_s, c.email},
            {u"wechat_id"_s, c.wechatId},
            {u"fields"_s, fieldsJson},
            {u"gender"_s, c.gender},
            {u"birthday"_s, c.birthday.isValid() ? QJsonValue(core::birthday::isoText(c.birthday)) : QJsonValue()},
            {u"city"_s, c.city},
            {u"address"_s, c.address},
            {u"source_channel"_s, c.sourceChannel},
            {u"joined_on"_s, dateJson(c.joinedOn)},
            {u"notes"_s, c.notes},
            {u"marketing_consent"_s, c.marketingConsent},
            {u"tags"_s, QJsonArray::fromStringList(c.tags)},
            {u"home_store"_s, *homeCode},
            {u"total_spend_fen"_s, total},
            {u"order_count"_s, orderCount},
            {u"average_order_fen"_s, report::Figures::averageOrder(total, orderCount)},
            {u"segmentation"_s, segment->has_value() ? QJsonValue(segmentation) : QJsonValue()},
            {u"prediction"_s, predictionJson},
            {u"orders"_s, ordersJson},
            {u"top_products"_s, productsJson}});
        return ExitOk;
    }
    auto& out = ctx.out();
    out << c.name << "  (#" << c.id << (c.memberCode.isEmpty() ? QString() : u", "_s + c.memberCode) << ")\n";
    const auto line = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            out << "  " << label << ": " << value << '\n';
    };
    line(tr("Phone"),
         phoneShown(ctx, c.phone) + (c.phoneValid || c.phone.isEmpty() ? QString() : tr(" (not a mainland mobile)")));
    line(tr("E-mail"), c.email);
    line(tr("WeChat ID"), c.wechatId);
    line(tr("Gender"), c.gender == u"F" ? tr("female") : c.gender == u"M" ? tr("male") : QString());
    line(tr("Birthday"), core::birthday::isoText(c.birthday));
    line(tr("City"), c.city);
    line(tr("Address"), c.address);
    line(tr("Source"), c.sourceChannel);
    line(tr("Joined"), c.joinedOn.toString(Qt::ISODate));
    line(tr("Home store"), homeStore);
    line(tr("Tags"), c.tags.join(u", "_s));
    line(tr("Notes"), c.notes);
    for (const auto& field : *shopFields)
        line(field.label, fieldValues->value(field.key));
    line(tr("Marketing"), c.marketingConsent ? tr("allowed") : tr("opted out"));
    out << "  " << tr("Orders: %1, total %2").arg(orderCount).arg(money::format(total));
    if (refunds > 0)
        out << tr(" (%1 refunds deducted)").arg(refunds);
    out << "\n";
    if (orderCount > 0)
        out << "  " << tr("Average order: %1").arg(money::format(report::Figures::averageOrder(total, orderCount)))
            << "\n";
    if (segment->has_value()) {
        const auto& e = (*segment)->evaluation;
        out << "  " << tr("Tier: %1").arg(e.tierReason) << '\n';
        if (!e.tierChange.isEmpty())
            out << "  " << tr("Change: %1").arg(e.tierChange) << '\n';
        out << "  " << tr("Stage: %1 — %2").arg(segmentation::Lifecycle::label(e.stage), e.stageReason) << '\n';
        if (e.metrics.hasPurchases) // a prospect has no scores or segment to speak of
            out << "  "
                << tr("RFM: %1; %2 (%3); %4")
                       .arg(segmentation::RfmSegments::scoresReason(e.scores),
                            segmentation::RfmSegments::label(e.segmentCn8), e.segmentCn8Reason,
                            segmentation::RfmSegments::label(e.segmentScores))
                << '\n';
    }
    if (!predictionText.isEmpty()) {
        const auto& p = (*prediction)->prediction;
        out << "  " << tr("Predicted: 12-month value %1; %2").arg(money::format(p.clv), predictionText) << '\n';
        if ((*prediction)->churnRisk)
            out << "  " << tr("Churn risk: valuable, and the chance of still being a customer is falling.") << '\n';
    }
    if (!products->isEmpty()) {
        out << '\n' << "  " << tr("Top products:") << '\n';
        TextTable top({tr("Code"), tr("Product"), tr("Category"), tr("Purchases"), tr("Spend"), tr("Last bought")});
        for (const auto& p : *products)
            top.addRow({p.code, p.name, p.category, QString::number(p.count), money::format(p.spend),
                        p.lastBought.toString(Qt::ISODate)});
        top.print(out);
    }
    out << '\n';
    TextTable table({tr("Date"), tr("Order"), tr("Amount"), tr("Category"), tr("Channel"), tr("Store")});
    for (const auto& o : *orders)
        table.addRow({o.date.toString(Qt::ISODate), o.orderNo,
                      o.isVoidedSale() ? tr("%1 (voided)").arg(money::format(o.amount))
                      : o.isVoid()     ? tr("%1 (void)").arg(money::format(o.amount))
                                       : money::format(o.amount),
                      o.category, o.channel, o.store});
    table.print(out);
    return ExitOk;
}

} // namespace

QList<Command> customerCommands()
{
    return {
        {u"customers"_s,
         u"customers [--search TEXT] [--city CITY] [--tag TAG] [--limit N] [--mask-phones]"_s,
         tr("List customers (search matches name, phone fragment, e-mail, member code, tag)."),
         {QCommandLineOption(u"search"_s, tr("Text to look for."), tr("TEXT")),
          QCommandLineOption(u"city"_s, tr("Only this city."), tr("CITY")),
          QCommandLineOption(u"tag"_s, tr("Only customers with this tag."), tr("TAG")),
          QCommandLineOption(u"limit"_s, tr("At most N rows (default 50)."), tr("N")), maskPhonesOption()},
         listCustomers},
        {u"customer"_s,
         u"customer PHONE|CODE|ID [--mask-phones]"_s,
         tr("One customer with contact details and orders."),
         {maskPhonesOption()},
         showCustomer},
    };
}

} // namespace clientele::cli
