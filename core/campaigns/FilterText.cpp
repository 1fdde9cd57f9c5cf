#include "FilterText.h"

#include "../domain/Money.h"
#include "../segmentation/Lifecycle.h"
#include "../segmentation/RfmSegments.h"
#include "../segmentation/TierRules.h"
#include "../storage/ProductQueries.h"
#include "../stores/StoreService.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace clientele::core::campaigns {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::campaigns::FilterText", text);
}

Error refuse(const QString& message)
{
    return Error::make(Error::Code::Usage, message);
}

// Tier keys of both built-in schemes, dormant and "no purchases".
const QStringList kTiers = {u"diamond"_s, u"gold"_s, u"silver"_s, u"strategic"_s, u"growth"_s,
                            u"basic"_s,   u"dormant"_s, u"none"_s};

const QStringList kKeys = {u"stage"_s,        u"tier"_s,         u"segment"_s,   u"tag"_s,
                           u"city"_s,         u"search"_s,       u"clv_top"_s,   u"p_alive_below"_s,
                           u"spend_min"_s,    u"bought"_s,       u"never_bought"_s, u"bought_category"_s,
                           u"never_bought_category"_s, u"within_days"_s, u"home_store"_s};

Result<qint64> productByCode(const storage::Database& database, const QString& code)
{
    auto products = storage::ProductQueries::products(database);
    if (!products)
        return products.error();
    for (const auto& p : *products)
        if (p.code == code)
            return p.productId;
    return refuse(tr("No product has the code “%1”.").arg(code));
}
} // namespace

Result<storage::CustomerFilter> FilterText::parse(const storage::Database& database, const QString& text)
{
    storage::CustomerFilter filter;
    QStringList seen;
    int withinDays = 0;
    for (const QString& rawPart : text.split(u';', Qt::SkipEmptyParts)) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            return refuse(tr("“%1” is not key=value.").arg(part));
        const QString key = part.left(eq).trimmed().toLower();
        const QString value = part.mid(eq + 1).trimmed();
        if (!kKeys.contains(key))
            return refuse(tr("Unknown filter key “%1” (known: %2).").arg(key, kKeys.join(u", "_s)));
        if (seen.contains(key))
            return refuse(tr("The filter key “%1” is given twice.").arg(key));
        seen.append(key);
        if (value.isEmpty())
            return refuse(tr("The filter key “%1” has no value.").arg(key));
        QStringList values;
        for (const QString& v : value.split(u',', Qt::SkipEmptyParts))
            if (!v.trimmed().isEmpty())
                values.append(v.trimmed());
        const bool listKey = key == u"stage" || key == u"tier";
        if (!listKey && values.size() > 1)
            return refuse(tr("The filter key “%1” takes one value, not “%2”.").arg(key, value));
        if (key == u"stage") {
            for (const QString& v : values) {
                segmentation::Stage stage;
                if (!segmentation::Lifecycle::fromKey(v, &stage))
                    return refuse(tr("Unknown stage “%1” (known: prospect, new, active, at_risk, dormant, won_back).")
                                      .arg(v));
            }
            if (values.size() == 1)
                filter.stage = values.first();
            else
                filter.stages = values;
        } else if (key == u"tier") {
            for (const QString& v : values)
                if (!kTiers.contains(v))
                    return refuse(tr("Unknown tier “%1” (known: %2).").arg(v, kTiers.join(u", "_s)));
            if (values.size() == 1)
                filter.tier = values.first();
            else
                filter.tiers = values;
        } else if (key == u"segment") {
            if (segmentation::RfmSegments::label(value) == value)
                return refuse(tr("Unknown RFM segment “%1”.").arg(value));
            filter.segment = value;
        } else if (key == u"tag") {
            filter.tag = value;
        } else if (key == u"city") {
            filter.city = value;
        } else if (key == u"search") {
            filter.search = value;
        } else if (key == u"home_store") {
            auto store = stores::StoreService::resolve(database, value); // a code or a name
            if (!store)
                return store.error();
            filter.homeStore = store->code;
        } else if (key == u"clv_top") {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 1 || n > 100)
                return refuse(tr("clv_top is a whole percent from 1 to 100, not “%1”.").arg(value));
            filter.clvTopPercent = n;
        } else if (key == u"p_alive_below") {
            bool ok = false;
            const double p = value.toDouble(&ok);
            if (!ok || p <= 0 || p > 1)
                return refuse(tr("p_alive_below is a probability above 0 and at most 1, not “%1”.").arg(value));
            filter.pAliveBelow = p;
        } else if (key == u"spend_min") {
            const auto fen = money::parse(value);
            if (!fen || *fen < 0)
                return refuse(tr("spend_min is an amount in yuan, not “%1”.").arg(value));
            filter.spendMin = *fen;
        } else if (key == u"within_days") {
            bool ok = false;
            withinDays = value.toInt(&ok);
            if (!ok || withinDays < 1 || withinDays > 36500)
                return refuse(tr("within_days is a whole number of days from 1, not “%1”.").arg(value));
        } else {
            if (!filter.product.isEmpty())
                return refuse(tr("Only one of bought, never_bought, bought_category and never_bought_category."));
            filter.product.bought = !key.startsWith(u"never");
            if (key.endsWith(u"category")) {
                filter.product.category = value;
            } else {
                auto id = productByCode(database, value);
                if (!id)
                    return id.error();
                filter.product.productId = *id;
            }
        }
    }
    if (withinDays > 0) {
        if (filter.product.isEmpty())
            return refuse(tr("within_days needs bought, never_bought, bought_category or never_bought_category."));
        filter.product.withinDays = withinDays;
    }
    return filter;
}

Result<QString> FilterText::format(const storage::Database& database, const storage::CustomerFilter& f)
{
    if (!f.fields.isEmpty() || !f.ids.isEmpty() || f.openFollowUp)
        return refuse(tr("Shop field conditions, picked customers and “open follow-up” cannot be saved as an "
                         "audience; clear them first."));
    QStringList parts;
    const auto add = [&](const QString& key, const QString& value) {
        if (!value.isEmpty())
            parts.append(key + u'=' + value);
    };
    add(u"search"_s, f.search.trimmed());
    add(u"stage"_s, f.stages.isEmpty() ? f.stage : f.stages.join(u','));
    add(u"tier"_s, f.tiers.isEmpty() ? f.tier : f.tiers.join(u','));
    add(u"segment"_s, f.segment);
    add(u"tag"_s, f.tag);
    add(u"city"_s, f.city);
    add(u"home_store"_s, f.homeStore);
    if (f.clvTopPercent > 0)
        add(u"clv_top"_s, QString::number(f.clvTopPercent));
    if (f.pAliveBelow >= 0)
        add(u"p_alive_below"_s, QString::number(f.pAliveBelow));
    if (f.spendMin >= 0)
        add(u"spend_min"_s, QString::number(f.spendMin / 100) +
                                (f.spendMin % 100 ? u'.' + QStringLiteral("%1").arg(f.spendMin % 100, 2, 10, QChar(u'0'))
                                                  : QString()));
    if (!f.product.isEmpty()) {
        const QString prefix = f.product.bought ? QString() : u"never_"_s;
        if (f.product.productId != 0) {
            auto products = storage::ProductQueries::products(database);
            if (!products)
                return products.error();
            QString code;
            for (const auto& p : *products)
                if (p.productId == f.product.productId)
                    code = p.code;
            if (code.isEmpty())
                return refuse(tr("The product in this filter has no code; pick it by category instead."));
            add(prefix + u"bought"_s, code);
        } else {
            add(prefix + u"bought_category"_s, f.product.category);
        }
        if (f.product.withinDays > 0)
            add(u"within_days"_s, QString::number(f.product.withinDays));
    }
    return parts.join(u';');
}

QString FilterText::describe(const storage::Database& database, const QString& text)
{
    if (text.trimmed().isEmpty())
        return tr("everyone who may receive marketing");
    auto parsed = parse(database, text);
    if (!parsed)
        return text;
    const storage::CustomerFilter& f = *parsed;
    const QLocale locale;
    const QString either = tr(" or ");
    QStringList parts;
    const QStringList stageKeys = f.stages.isEmpty() ? (f.stage.isEmpty() ? QStringList() : QStringList{f.stage}) : f.stages;
    if (!stageKeys.isEmpty()) {
        QStringList labels;
        for (const QString& key : stageKeys) {
            segmentation::Stage stage;
            labels.append(segmentation::Lifecycle::fromKey(key, &stage) ? segmentation::Lifecycle::label(stage) : key);
        }
        parts.append(tr("lifecycle stage %1").arg(labels.join(either)));
    }
    const QStringList tierKeys = f.tiers.isEmpty() ? (f.tier.isEmpty() ? QStringList() : QStringList{f.tier}) : f.tiers;
    if (!tierKeys.isEmpty()) {
        QStringList labels;
        for (const QString& key : tierKeys)
            labels.append(segmentation::TierRules::label(key));
        parts.append(tr("tier %1").arg(labels.join(either)));
    }
    if (!f.segment.isEmpty())
        parts.append(tr("RFM segment %1").arg(segmentation::RfmSegments::label(f.segment)));
    if (!f.tag.isEmpty())
        parts.append(tr("tagged “%1”").arg(f.tag));
    if (!f.city.isEmpty())
        parts.append(tr("in %1").arg(f.city));
    if (!f.homeStore.isEmpty())
        parts.append(tr("home store %1").arg(f.homeStore));
    if (!f.search.isEmpty())
        parts.append(tr("matching “%1”").arg(f.search));
    if (f.clvTopPercent > 0)
        parts.append(tr("top %1% by predicted value").arg(f.clvTopPercent));
    if (f.pAliveBelow >= 0)
        parts.append(tr("P(alive) below %1").arg(locale.toString(f.pAliveBelow, 'g', 3)));
    if (f.spendMin >= 0)
        parts.append(tr("spent at least %1").arg(money::format(f.spendMin)));
    if (!f.product.isEmpty()) {
        QString what = f.product.category;
        if (f.product.productId != 0) {
            if (auto products = storage::ProductQueries::products(database))
                for (const auto& p : *products)
                    if (p.productId == f.product.productId)
                        what = p.name.isEmpty() ? p.code : p.name;
        }
        QString part = f.product.productId != 0
                           ? (f.product.bought ? tr("bought %1") : tr("never bought %1")).arg(what)
                           : (f.product.bought ? tr("bought from the category %1") : tr("never bought from the category %1"))
                                 .arg(what);
        if (f.product.withinDays > 0)
            part += u' ' + QCoreApplication::translate("clientele::core::campaigns::FilterText",
                                                       "in the last %Ln day(s)", nullptr, f.product.withinDays);
        parts.append(part);
    }
    return parts.join(tr("; "));
}

} // namespace clientele::core::campaigns
