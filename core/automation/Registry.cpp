#include "Registry.h"

#include <QCoreApplication>

namespace clientele::core::automation {

namespace {
template <typename Kind>
const Kind* findKind(const QList<Kind>& kinds, const QString& key)
{
    for (const Kind& k : kinds)
        if (k.key == key)
            return &k;
    return nullptr;
}
} // namespace

const QList<TriggerKind>& Registry::triggers()
{
    static const QList<TriggerKind> table = triggerTable();
    return table;
}

const QList<ConditionKind>& Registry::conditions()
{
    static const QList<ConditionKind> table = conditionTable();
    return table;
}

const QList<ActionKind>& Registry::actions()
{
    static const QList<ActionKind> table = actionTable();
    return table;
}

const TriggerKind* Registry::trigger(const QString& key)
{
    return findKind(triggers(), key);
}

const ConditionKind* Registry::condition(const QString& key)
{
    return findKind(conditions(), key);
}

const ActionKind* Registry::action(const QString& key)
{
    return findKind(actions(), key);
}

QString Registry::label(const char* source)
{
    return QCoreApplication::translate("clientele::core::automation::Registry", source);
}

QString Registry::notAvailable()
{
    return QCoreApplication::translate("clientele::core::automation::Registry", "not available in this shop yet");
}

} // namespace clientele::core::automation
