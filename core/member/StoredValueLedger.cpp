#include "StoredValueLedger.h"

#include <algorithm>

namespace clientele::core::member {

StoredValue StoredValueLedger::split(const StoredValue& balance, Fen amount, MemberRules::Split mode)
{
    const Fen principal = std::max<Fen>(balance.principal, 0);
    const Fen bonus = std::max<Fen>(balance.bonus, 0);
    const Fen total = principal + bonus;
    if (amount <= 0 || total <= 0)
        return {};
    amount = std::min(amount, total);
    Fen fromPrincipal = 0;
    if (mode == MemberRules::Split::PrincipalFirst)
        fromPrincipal = std::min(amount, principal);
    else
        fromPrincipal = (2 * amount * principal + total) / (2 * total); // half up, all non-negative
    return {fromPrincipal, amount - fromPrincipal};
}

} // namespace clientele::core::member
