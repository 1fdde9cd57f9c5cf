#pragma once

#include "../domain/Money.h"
#include "MemberRules.h"

namespace clientele::core::member {

// Stored value held by a customer: principal (money paid in) and bonus (given on top), each the
// sum of its ledger column.
struct StoredValue
{
    Fen principal = 0;
    Fen bonus = 0;
    Fen total() const { return principal + bonus; }
};

class StoredValueLedger
{
public:
    // How a payment of `amount` (≤ balance.total()) splits. Proportional: principal's share is
    // amount × principal / total rounded half up to the fen, bonus the rest; principal first: all
    // the principal there is, then bonus. A negative part of the balance counts as zero.
    static StoredValue split(const StoredValue& balance, Fen amount, MemberRules::Split mode);
};

} // namespace clientele::core::member
