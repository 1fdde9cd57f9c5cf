#include "MemberRules.h"

#include "../security/GuardedChange.h"
#include "../storage/MemberRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clientele::core::member {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::member::MemberRules", text);
}

Error bad(const QString& message)
{
    return Error::make(Error::Code::InvalidData, message);
}
} // namespace

MemberRules MemberRules::defaults()
{
    MemberRules r;
    r.topUpSteps = {{50000, 5000}, {100000, 15000}, {300000, 60000}};
    r.tierBenefits = {{u"diamond"_s, 200, 0}, {u"gold"_s, 150, 0}};
    return r;
}

QJsonObject MemberRules::toJson() const
{
    QJsonArray steps;
    for (const auto& s : topUpSteps)
        steps.append(QJsonObject{{u"min_topup_fen"_s, s.minTopUp}, {u"bonus_fen"_s, s.bonus}});
    QJsonArray tiers;
    for (const auto& t : tierBenefits)
        tiers.append(QJsonObject{{u"tier"_s, t.tier},
                                 {u"points_multiplier_percent"_s, t.pointsMultiplierPercent},
                                 {u"discount_percent"_s, t.discountPercent}});
    return QJsonObject{{u"points_per_yuan"_s, pointsPerYuan},
                       {u"points_per_yuan_off"_s, pointsPerYuanOff},
                       {u"points_expiry_months"_s, pointsExpiryMonths},
                       {u"member_day_weekday"_s, memberDayWeekday},
                       {u"member_day_of_month"_s, memberDayOfMonth},
                       {u"birthday_month_double"_s, birthdayMonthDouble},
                       {u"program_start"_s, programStart.isValid() ? programStart.toString(Qt::ISODate) : QString()},
                       {u"topup_steps"_s, steps},
                       {u"payment_split"_s, split == Split::Proportional ? u"proportional"_s : u"principal_first"_s},
                       {u"tier_benefits"_s, tiers}};
}

Result<MemberRules> MemberRules::fromJson(const QJsonObject& json)
{
    MemberRules r = defaults();
    auto intIn = [&](const char* key, int fallback, int low, int high, int* out) -> bool {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined()) {
            *out = fallback;
            return true;
        }
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < low || v.toInt() > high)
            return false;
        *out = v.toInt();
        return true;
    };
    struct IntField { const char* key; int low; int high; int* out; };
    for (const IntField& f : {IntField{"points_per_yuan", 0, 1000, &r.pointsPerYuan},
                              IntField{"points_per_yuan_off", 1, 100000, &r.pointsPerYuanOff},
                              IntField{"points_expiry_months", 1, 120, &r.pointsExpiryMonths},
                              IntField{"member_day_weekday", 0, 7, &r.memberDayWeekday},
                              IntField{"member_day_of_month", 0, 31, &r.memberDayOfMonth}})
        if (!intIn(f.key, *f.out, f.low, f.high, f.out))
            return bad(tr("%1 must be a whole number from %2 to %3.").arg(QLatin1String(f.key)).arg(f.low).arg(f.high));
    r.birthdayMonthDouble = json.value(u"birthday_month_double"_s).toBool(r.birthdayMonthDouble);
    const QString start = json.value(u"program_start"_s).toString();
    r.programStart = QDate::fromString(start, Qt::ISODate);
    if (!start.isEmpty() && !r.programStart.isValid())
        return bad(tr("program_start must be a date like 2026-01-01, not \"%1\".").arg(start));
    const QString split = json.value(u"payment_split"_s).toString(u"proportional"_s);
    if (split == u"proportional")
        r.split = Split::Proportional;
    else if (split == u"principal_first")
        r.split = Split::PrincipalFirst;
    else
        return bad(tr("payment_split is proportional or principal_first, not \"%1\".").arg(split));
    if (json.contains(u"topup_steps"_s)) {
        r.topUpSteps.clear();
        for (const QJsonValue& v : json.value(u"topup_steps"_s).toArray()) {
            const QJsonObject o = v.toObject();
            const TopUpStep step{o.value(u"min_topup_fen"_s).toInteger(-1), o.value(u"bonus_fen"_s).toInteger(-1)};
            if (step.minTopUp <= 0 || step.bonus < 0)
                return bad(tr("Each top-up step needs min_topup_fen above 0 and bonus_fen of 0 or more."));
            r.topUpSteps.append(step);
        }
        std::sort(r.topUpSteps.begin(), r.topUpSteps.end(),
                  [](const TopUpStep& a, const TopUpStep& b) { return a.minTopUp < b.minTopUp; });
    }
    if (json.contains(u"tier_benefits"_s)) {
        r.tierBenefits.clear();
        for (const QJsonValue& v : json.value(u"tier_benefits"_s).toArray()) {
            const QJsonObject o = v.toObject();
            TierBenefit b{o.value(u"tier"_s).toString().trimmed(), o.value(u"points_multiplier_percent"_s).toInt(100),
                          o.value(u"discount_percent"_s).toInt(0)};
            if (b.tier.isEmpty() || b.pointsMultiplierPercent < 0 || b.pointsMultiplierPercent > 1000 ||
                b.discountPercent < 0 || b.discountPercent > 100)
                return bad(tr("Each tier benefit needs a tier, points_multiplier_percent from 0 to 1000 and "
                              "discount_percent from 0 to 100 (\"%1\").")
                               .arg(b.tier));
            r.tierBenefits.append(b);
        }
    }
    return r;
}

Fen MemberRules::topUpBonus(Fen topUp) const
{
    Fen bonus = 0;
    for (const auto& s : topUpSteps)
        if (topUp >= s.minTopUp)
            bonus = std::max(bonus, s.bonus);
    return bonus;
}

TierBenefit MemberRules::benefitFor(const QString& tier) const
{
    for (const auto& b : tierBenefits)
        if (b.tier == tier)
            return b;
    return TierBenefit{tier, 100, 0};
}

bool MemberRules::isMemberDay(const QDate& day) const
{
    return day.isValid() && ((memberDayWeekday > 0 && day.dayOfWeek() == memberDayWeekday) ||
                             (memberDayOfMonth > 0 && day.day() == memberDayOfMonth));
}

int MemberRules::pointsEarned(Fen paidFen, const QString& tier, const QDate& day, const QDate& birthday) const
{
    if (paidFen <= 0)
        return 0;
    const qint64 wholeYuan = paidFen / 100;
    qint64 hundredths = wholeYuan * pointsPerYuan * benefitFor(tier).pointsMultiplierPercent;
    const bool birthdayMonth = birthdayMonthDouble && birthday.isValid() && birthday.month() == day.month();
    if (isMemberDay(day) || birthdayMonth)
        hundredths *= 2;
    return int(hundredths / 100);
}

QDate MemberRules::expiryOf(const QDate& earned) const
{
    const QDate month(earned.year(), earned.month(), 1);
    return month.addMonths(pointsExpiryMonths + 1).addDays(-1);
}

Fen MemberRules::pointsValue(qint64 points) const
{
    return points * 100 / pointsPerYuanOff;
}

Fen MemberRules::tierDiscount(Fen amount, const QString& tier) const
{
    const int percent = benefitFor(tier).discountPercent;
    return amount <= 0 || percent <= 0 ? 0 : (amount * percent + 50) / 100;
}

Result<MemberRules> MemberRules::load(const storage::Database& database)
{
    auto stored = storage::MemberRepository(database).latestRules();
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return defaults();
    auto rules = fromJson((*stored)->second);
    if (!rules)
        return rules.error();
    rules->version = (*stored)->first;
    return rules;
}

Result<int> MemberRules::save(storage::Database& database, const MemberRules& rules)
{
    int version = 0;
    const Status s = security::guardedChange(
        database, security::Permission::ChangeRules, u"before-rule-change"_s, u"rules"_s, u"member rules"_s,
        [&](QString* detail) -> Status {
            auto saved = storage::MemberRepository(database).saveRules(rules.toJson());
            if (!saved)
                return saved.error();
            version = *saved;
            *detail = u"member rules version %1"_s.arg(version);
            return {};
        });
    if (!s)
        return s.error();
    return version;
}

} // namespace clientele::core::member
