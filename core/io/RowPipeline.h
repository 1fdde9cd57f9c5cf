#pragma once

#include "RowImporter.h"
#include "RowReader.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace clientele::core::io {

class ImportSource;

// The rows of an import read and prepared on a second thread (decoding the file, then the
// importer's prepare(): parsing, normalising, hashing) while the calling thread writes the rows
// before them. Measured on 1,000,000 orders: reading and preparing were a quarter of the import,
// the writing thread's share of the rest. Rows come out in file order; a few batches in flight
// keep memory flat.
class RowPipeline
{
public:
    struct Row
    {
        CsvRecord record;
        bool blank = false;
        int extraCells = 0; // non-empty cells beyond the header (the row is refused; not prepared)
        std::unique_ptr<RowImporter::Prepared> prepared;
    };

    // Starts reading `source` (from where it stands) for `importer`. Neither may be used by the
    // caller until finish().
    RowPipeline(ImportSource& source, RowImporter& importer);
    ~RowPipeline(); // finish()
    RowPipeline(const RowPipeline&) = delete;
    RowPipeline& operator=(const RowPipeline&) = delete;

    // The next row, valid until the next call; null after the last one.
    Row* next();
    // True when the row next() returned last is the first of a batch (rows that came together).
    bool startedBatch() const { return m_next == 1; }
    // What prepare() made of the current batch's rows (those it was called for), in file order.
    QList<RowImporter::Prepared*> preparedOfBatch() const;
    // How far the reader had read the file when the current row's batch was complete.
    qint64 bytesRead() const { return m_bytesRead; }
    // Stops the reader (where it is, if rows are left) and waits for it: the source's error() and
    // the importer are the caller's again.
    void finish();

private:
    struct Batch
    {
        std::vector<Row> rows;
        qint64 bytesRead = 0;
    };
    void read(ImportSource& source, RowImporter& importer);

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready; // read, not yet taken
    // Taken and done with: freed by the reader, whose memory they are (freeing another thread's
    // allocations contends for the allocator's lock; measured as a tenth of the writer's time).
    std::vector<Batch> m_spent;
    bool m_done = false;       // the reader has put its last batch
    bool m_stop = false;       // the writer wants no more
    Batch m_current;           // the writer's
    std::size_t m_next = 0;
    qint64 m_bytesRead = 0;
    std::thread m_reader;
};

} // namespace clientele::core::io
