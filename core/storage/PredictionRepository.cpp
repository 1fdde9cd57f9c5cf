#include "PredictionRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "SettingsRepository.h"
#include "SqlLimit.h"
#include "dialect/SqlDialect.h"

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
    s.previousProbabilityAlive = q.value(2).toDouble();
    s.prediction.expectedPurchases90d = q.value(3).toDouble();
    s.prediction.expectedSpend = q.value(4).toLongLong();
    s.prediction.clv = q.value(5).toLongLong();
    s.churnRisk = q.value(6).toBool();
    return s;
}
const QString kSelect = u"SELECT customer_id, p_alive, previous_p_alive, expected_purchases_90d, expected_spend_fen, "
                        u"clv_fen, churn_risk FROM customer_metrics WHERE p_alive >= 0 "_s;
} // namespace

Result<QHash<qint64, double>> PredictionRepository::currentProbabilities() const
{
    QSqlQuery q = m_database.prepare(u"SELECT customer_id, p_alive FROM customer_metrics WHERE p_alive >= 0"_s);
    if (!q.exec())
        return sqlError(q, tr("Reading predictions"));
    QHash<qint64, double> all;
    while (q.next())
        all.insert(q.value(0).toLongLong(), q.value(1).toDouble());
    return all;
}

Result<QHash<qint64, double>> PredictionRepository::currentProbabilities(const QList<qint64>& customerIds) const
{
    QStringList ids;
    for (const qint64 id : customerIds)
        ids.append(QString::number(id));
    QSqlQuery q = m_database.prepare(u"SELECT customer_id, p_alive FROM customer_metrics WHERE p_alive >= 0 "
                                     u"AND customer_id IN ("_s +
                                     m_database.dialect().idsFromJson(u"?"_s) + u")"_s);
    q.addBindValue(QString(u'[' + ids.join(u',') + u']'));
    if (!q.exec())
        return sqlError(q, tr("Reading predictions"));
    QHash<qint64, double> some;
    while (q.next())
        some.insert(q.value(0).toLongLong(), q.value(1).toDouble());
    return some;
}

Result<std::vector<Fen>> PredictionRepository::clvPopulation() const
{
    QSqlQuery q = m_database.prepare(u"SELECT clv_fen FROM customer_metrics WHERE p_alive >= 0 ORDER BY clv_fen"_s);
    if (!q.exec())
        return sqlError(q, tr("Reading predictions"));
    std::vector<Fen> all;
    while (q.next())
        all.push_back(q.value(0).toLongLong());
    return all;
}

Result<std::optional<StoredPrediction>> PredictionRepository::find(qint64 customerId) const
{
    QSqlQuery q = m_database.prepare(kSelect + u"AND customer_id = ?"_s);
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
    q.addBindValue(sqlvalue::limit(limit));
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
        .setValue(kModelKey, sqlvalue::json(fit.toJson()));
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
