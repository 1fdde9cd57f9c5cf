#include "PredictionRepository.h"

#include "Database.h"
#include "SettingsRepository.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::PredictionRepository", text);
}
const QString kModelKey = u"purchase_model"_s;

StoredPrediction fromRow(const QSqlQuery& q)
{
    StoredPrediction s;
    s.prediction.customerId = q.value(0).toLongLong();
    s.prediction.probabilityAlive = q.value(1).toDouble();
    s.previousProbabilityAlive = q.value(2).isNull() ? -1 : q.value(2).toDouble();
    s.prediction.expectedPurchases90d = q.value(3).toDouble();
    s.prediction.expectedSpend = q.value(4).toLongLong();
    s.prediction.clv = q.value(5).toLongLong();
    s.churnRisk = q.value(6).toBool();
    return s;
}
const QString kSelect = u"SELECT customer_id, p_alive, previous_p_alive, expected_purchases_90d, expected_spend_fen, "
                        u"clv_fen, churn_risk FROM customer_predictions "_s;
} // namespace

Status PredictionRepository::replace(const QDate& asOf, const std::vector<StoredPrediction>& predictions)
{
    if (auto s = clear(); !s)
        return s;
    QSqlQuery q = m_database.prepare(u"INSERT INTO customer_predictions (customer_id, as_of, p_alive, previous_p_alive, "
                                     u"expected_purchases_90d, expected_spend_fen, clv_fen, churn_risk) "
                                     u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QVariant day(iso::date(asOf));
    for (const StoredPrediction& p : predictions) {
        q.addBindValue(p.prediction.customerId);
        q.addBindValue(day);
        q.addBindValue(p.prediction.probabilityAlive);
        q.addBindValue(p.previousProbabilityAlive >= 0 ? QVariant(p.previousProbabilityAlive) : QVariant());
        q.addBindValue(p.prediction.expectedPurchases90d);
        q.addBindValue(p.prediction.expectedSpend);
        q.addBindValue(p.prediction.clv);
        q.addBindValue(p.churnRisk ? 1 : 0);
        if (auto s = execQuery(q, tr("Saving predictions")); !s)
            return s;
    }
    return {};
}

Status PredictionRepository::clear()
{
    return m_database.exec(u"DELETE FROM customer_predictions"_s);
}

Result<QHash<qint64, double>> PredictionRepository::currentProbabilities() const
{
    QSqlQuery q = m_database.prepare(u"SELECT customer_id, p_alive FROM customer_predictions"_s);
    if (!q.exec())
        return sqlError(q, tr("Reading predictions"));
    QHash<qint64, double> all;
    while (q.next())
        all.insert(q.value(0).toLongLong(), q.value(1).toDouble());
    return all;
}

Result<std::optional<StoredPrediction>> PredictionRepository::find(qint64 customerId) const
{
    QSqlQuery q = m_database.prepare(kSelect + u"WHERE customer_id = ?"_s);
    q.addBindValue(customerId);
    if (!q.exec())
        return sqlError(q, tr("Reading predictions"));
    if (!q.next())
        return std::optional<StoredPrediction>();
    return std::optional<StoredPrediction>(fromRow(q));
}

Result<QList<StoredPrediction>> PredictionRepository::top(int limit) const
{
    QSqlQuery q = m_database.prepare(kSelect + u"ORDER BY clv_fen DESC, customer_id LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, tr("Reading predictions"));
    QList<StoredPrediction> rows;
    while (q.next())
        rows.append(fromRow(q));
    return rows;
}

Status PredictionRepository::saveModel(const analytics::ModelFit& fit)
{
    return SettingsRepository(m_database)
        .setValue(kModelKey, QString::fromUtf8(QJsonDocument(fit.toJson()).toJson(QJsonDocument::Compact)));
}

Result<analytics::ModelFit> PredictionRepository::model() const
{
    auto text = SettingsRepository(m_database).value(kModelKey);
    if (!text)
        return text.error();
    if (text->isEmpty()) {
        analytics::ModelFit none;
        none.message = tr("The purchase models have not been fitted yet: run clientele-cli segment.");
        return none;
    }
    return analytics::ModelFit::fromJson(QJsonDocument::fromJson(text->toUtf8()).object());
}

} // namespace clientele::core::storage
