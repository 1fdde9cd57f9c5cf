#pragma once

#include "../analytics/PurchaseModel.h"
#include "../domain/Result.h"

#include <QHash>

#include <optional>

namespace clientele::core::storage {

class Database;

struct StoredPrediction
{
    analytics::Prediction prediction;
    double previousProbabilityAlive = -1; // −1: no earlier run
    bool churnRisk = false;
};

// Predictions of the latest run and the fitted model (kept in settings as JSON).
class PredictionRepository
{
public:
    explicit PredictionRepository(const Database& database) : m_database(database) {}

    // Replaces all predictions; keeps each customer's previous P(alive) for "falling" checks.
    Status replace(const QDate& asOf, const std::vector<StoredPrediction>& predictions);
    Status clear();
    Result<QHash<qint64, double>> currentProbabilities() const;
    Result<std::optional<StoredPrediction>> find(qint64 customerId) const;
    // Highest CLV first.
    Result<QList<StoredPrediction>> top(int limit) const;

    Status saveModel(const analytics::ModelFit& fit);
    Result<analytics::ModelFit> model() const; // enabled = false when never fitted

private:
    const Database& m_database;
};

} // namespace clientele::core::storage
