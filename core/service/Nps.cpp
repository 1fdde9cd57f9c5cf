#include "Nps.h"

#include "../storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

using namespace Qt::StringLiterals;

namespace clientele::core::service {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::service::Nps", text);
}
} // namespace

void NpsFigure::add(int score)
{
    if (score >= 9)
        ++promoters;
    else if (score >= 7)
        ++passives;
    else
        ++detractors;
}

std::optional<int> NpsFigure::nps() const
{
    const int n = answers();
    if (n < kMinAnswers)
        return std::nullopt;
    const int num = 100 * (promoters - detractors);
    return num >= 0 ? (2 * num + n) / (2 * n) : -((-2 * num + n) / (2 * n));
}

NpsFigure NpsFigure::of(const QList<int>& scores)
{
    NpsFigure f;
    for (int s : scores)
        f.add(s);
    return f;
}

NpsAlert::Level NpsAlert::level(std::optional<int> nps, std::optional<int> previous) const
{
    if (!nps)
        return Level::Normal;
    if (*nps < below)
        return Level::Red;
    if (previous && *previous - *nps >= drop)
        return Level::Amber;
    return Level::Normal;
}

NpsAlert NpsAlert::load(const storage::Database& database)
{
    NpsAlert alert;
    const auto text = storage::SettingsRepository(database).value(u"service.nps_alert"_s);
    if (!text || text->isEmpty())
        return alert;
    const QJsonObject json = QJsonDocument::fromJson(text->toUtf8()).object();
    alert.below = json.value(u"below"_s).toInt(alert.below);
    alert.drop = json.value(u"drop"_s).toInt(alert.drop);
    return alert;
}

Status NpsAlert::save(const storage::Database& database, const NpsAlert& alert)
{
    const QJsonObject json{{u"below"_s, alert.below}, {u"drop"_s, alert.drop}};
    return storage::SettingsRepository(database).setValue(
        u"service.nps_alert"_s, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

QList<NpsGroup> Nps::group(const QList<storage::SurveyAnswer>& answers, NpsBy by)
{
    QMap<QString, NpsFigure> groups;
    if (by == NpsBy::None)
        groups.insert(QString(), {});
    for (const auto& a : answers) {
        if (a.survey != u"nps")
            continue;
        const QString key = by == NpsBy::Tier ? a.tier : by == NpsBy::Store ? a.store : QString();
        groups[key].add(a.score);
    }
    QList<NpsGroup> out;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

bool Nps::validMonth(const QString& month)
{
    return month.size() == 7 && firstDay(month).isValid();
}

QDate Nps::firstDay(const QString& month)
{
    return QDate::fromString(month + u"-01"_s, Qt::ISODate);
}

Result<QList<NpsGroup>> Nps::forMonth(const storage::Database& database, const QString& month, NpsBy by)
{
    const QDate first = firstDay(month);
    if (!first.isValid())
        return Error::make(Error::Code::Usage, tr("“%1” is not a month like 2026-10.").arg(month));
    const auto answers = storage::SurveyRepository(database).between(first, first.addMonths(1).addDays(-1));
    if (!answers)
        return answers.error();
    return group(*answers, by);
}

Result<NpsFigure> Nps::shopMonth(const storage::Database& database, const QString& month, const QStringList& stores)
{
    const QDate first = firstDay(month);
    if (!first.isValid())
        return Error::make(Error::Code::Usage, tr("“%1” is not a month like 2026-10.").arg(month));
    auto answers = storage::SurveyRepository(database).between(first, first.addMonths(1).addDays(-1));
    if (!answers)
        return answers.error();
    if (!stores.isEmpty())
        answers->removeIf([&](const storage::SurveyAnswer& a) { return !stores.contains(a.homeStore); });
    const auto groups = group(*answers, NpsBy::None);
    return groups.isEmpty() ? NpsFigure{} : groups.first().figure;
}

} // namespace clientele::core::service
