#include "RuleChanges.h"

#include "../security/GuardedChange.h"
#include "../storage/AutomationRepository.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace clientele::core::automation {

Result<qint64> RuleChanges::save(storage::Database& database, const Rule& rule)
{
    qint64 id = rule.id;
    const QString subject = id > 0 ? u"automation rule %1"_s.arg(id) : u"new automation rule"_s;
    const Status s = security::guardedChange(database, security::Permission::ChangeRules, u"before-rule-change"_s,
                                             u"rules"_s, subject, [&](QString* detail) -> Status {
                                                 storage::AutomationRepository repo(database);
                                                 auto saved = repo.save(rule);
                                                 if (!saved)
                                                     return saved.error();
                                                 id = *saved;
                                                 *detail = QString::fromUtf8(
                                                     QJsonDocument(rule.body()).toJson(QJsonDocument::Compact));
                                                 return {};
                                             });
    if (!s)
        return s.error();
    return id;
}

Status RuleChanges::setEnabled(storage::Database& database, qint64 id, bool enabled)
{
    return security::guardedChange(database, security::Permission::ChangeRules, u"before-rule-change"_s, u"rules"_s,
                                   u"automation rule %1"_s.arg(id), [&](QString* detail) -> Status {
                                       *detail = enabled ? u"enabled"_s : u"disabled"_s;
                                       return storage::AutomationRepository(database).setEnabled(id, enabled);
                                   });
}

} // namespace clientele::core::automation
