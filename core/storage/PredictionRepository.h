#pragma once

#include "../analytics/PurchaseModel.h"
#include "../domain/Result.h"

#include <QHash>

#include <optional>
#include <vector>

namespace clientele::core::storage {

class Database;

struct StoredPrediction
{
    analytics::Prediction prediction;
    double previousProbabilityAlive = -1; // −1: no earlier run
    bool churnRisk = false;
};

// The purchase-model results of the latest segmentation run (stored with each customer's
// metrics) and the fitted model itself (kept in settings as JSON).
class PredictionRepository
{
public:
    explicit PredictionRepository(const Database& database) : m_database(database) {}

    Result<QHash<qint64, double>> currentProbabilities() const;
    // Only these customers' (a refresh needs no others).
    Result<QHash<qint64, double>> currentProbabilities(const QList<qint64>& customerIds) const;
    Result<std::vector<Fen>> clvPopulation() const;
    Result<std::optional<StoredPrediction>> find(qint64 customerId) const;
    // Highest CLV first.
    Result<QList<StoredPrediction>> top(int limit) const;

    Status saveModel(const analytics::ModelFit& fit);
    Result<analytics::ModelFit> model() const; // enabled = false when never fitted

private:
    const Database& m_database;
};

} // namespace clientele::core::storage
