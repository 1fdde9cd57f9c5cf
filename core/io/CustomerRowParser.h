#pragma once

#include "../domain/Customer.h"
#include "RowView.h"

#include <optional>

namespace clientele::core::io {

// Turns a row into a normalized Customer, collecting one problem per bad value. Used by the
// customer import and by order imports that create customers.
// Only the keys that identify the person (phone, e-mail) make `problems`: an import skips such a
// row, since without its key it could be added twice. A bad optional value (birthday, join date,
// gender, marketing consent) is left empty in `customer` and named in `dropped`: an import takes
// the row without it and warns (`importWarnings`); the profile form refuses it like a problem.
struct ParsedCustomer
{
    Customer customer;
    QList<ImportProblem> problems;             // the row is skipped
    QList<ImportProblem> dropped;              // values left out (marketing consent: read as no)
    QList<ImportField> droppedFields;          // the field of each entry of `dropped`
    std::optional<ImportProblem> flaggedPhone; // a phone kept as written that is not a mainland mobile
    bool consentStated = false; // the row's consent cell, or the owner for the whole file, said yes or no

    // The warnings an import gives for this row, each saying what became of the value.
    QList<ImportProblem> importWarnings() const;
};

class CustomerRowParser
{
public:
    // `consentWhenUnstated`: marketing consent of a row whose consent cell is empty or absent
    // (ImportOptions::consentGiven — no consent unless the owner says the file's customers agreed).
    // `system`: how plain-number dates count (a 1904 workbook's).
    static ParsedCustomer parse(const RowView& row, const DateOrders& orders, const QDate& today,
                                bool consentWhenUnstated, DateSystem system = DateSystem::Excel1900);
    static QStringList splitTags(const QString& text);
};

} // namespace clientele::core::io
