#pragma once

#include <QString>
#include <QStringList>

namespace clientele::core::storage {

// Rows for a server's batch statement (one bound value per batch, unpacked by jsonb functions),
// written straight as compact JSON text: an array of rows, each an array of cells, or an object
// keyed by `names` when they are given (for jsonb_populate_recordset). Every value is a JSON string
// (a 64-bit integer keeps all its digits, which a JSON number read as a double would not) or null;
// the server casts it to the column's type. A QJsonArray / QJsonObject per row, serialised by
// QJsonDocument, cost the client more than the server spent inserting the rows (perf, 100,000
// orders on PostgreSQL: allocation and QCborValue bookkeeping at the top).
class JsonRows
{
public:
    explicit JsonRows(QStringList names = {});

    void add(const QString& text); // a null QString is null
    void add(qint64 value);
    void add(int value) { add(qint64(value)); }
    void add(double value);
    void addNull();
    void endRow();

    qsizetype rows() const { return m_rows; }
    // The array of the rows ended so far, as text to bind; the builder starts empty again.
    QString take();

private:
    void beginCell();
    void appendString(QStringView text);

    const QStringList m_names;
    QString m_text;
    qsizetype m_rows = 0;
    qsizetype m_cell = 0; // cells in the open row
};

} // namespace clientele::core::storage
