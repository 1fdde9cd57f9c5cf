#include "CatchCompat.h"

#include "TestSupport.h"

#include "io/ImportSource.h"
#include "io/RowPipeline.h"

#include <atomic>
#include <thread>

using namespace clientele::core;
using namespace clientele::core::io;
using namespace Qt::StringLiterals;

namespace {
// Records where and in which order prepare() ran; prepares each row's line number.
class RecordingImporter final : public RowImporter
{
public:
    struct Line : Prepared
    {
        qint64 line = 0;
    };
    Status importRow(const RowView&, ImportReport&) override { return {}; }
    QList<ImportField> dateFields() const override { return {}; }
    std::unique_ptr<Prepared> prepare(const RowView& row) override
    {
        if (std::this_thread::get_id() == caller)
            ++onCaller;
        if (row.line() <= lastPrepared)
            ++outOfOrder;
        lastPrepared = row.line();
        auto line = std::make_unique<Line>();
        line->line = row.line();
        return line;
    }
    std::thread::id caller = std::this_thread::get_id();
    std::atomic<int> onCaller{0};
    std::atomic<int> outOfOrder{0};
    qint64 lastPrepared = 0;
};

std::unique_ptr<ImportSource> orderFile(int rows)
{
    QByteArray csv = "order_no,member_code,order_date,amount\n";
    for (int i = 1; i <= rows; ++i) {
        csv += "SO" + QByteArray::number(i) + ",M" + QByteArray::number(i % 97) + ",2026-01-01,10\n";
        if (i == 3000)
            csv += ",,,\n"; // a blank row
        if (i == 3001)
            csv += "SO-extra,M1,2026-01-01,10,surplus\n"; // a cell beyond the header
    }
    ImportOptions options;
    options.kind = ImportKind::Orders;
    auto source = ImportSource::open(clientele::test::writeTempFile(csv), options);
    REQUIRE(source.ok());
    return std::move(*source);
}
} // namespace

TEST_CASE("rows come out of the reading thread in file order, prepared there, batch after batch", "[import][pipeline]")
{
    const int rows = 10000; // several batches of 2,048
    auto source = orderFile(rows);
    RecordingImporter importer;
    RowPipeline pipeline(*source, importer);
    qint64 previous = 0;
    int count = 0, blank = 0, extra = 0, prepared = 0;
    while (RowPipeline::Row* row = pipeline.next()) {
        CHECK(row->record.line > previous);
        previous = row->record.line;
        ++count;
        if (row->blank) {
            ++blank;
            CHECK_FALSE(row->prepared);
        } else if (row->extraCells > 0) {
            ++extra;
            CHECK(row->extraCells == 1);
            CHECK_FALSE(row->prepared); // refused before any work on it
        } else {
            REQUIRE(row->prepared);
            CHECK(static_cast<RecordingImporter::Line*>(row->prepared.get())->line == row->record.line);
            ++prepared;
        }
        CHECK(pipeline.bytesRead() > 0);
    }
    pipeline.finish();
    CHECK(count == rows + 2);
    CHECK(blank == 1);
    CHECK(extra == 1);
    CHECK(prepared == rows);
    CHECK(previous == rows + 3); // header on line 1, two more rows
    CHECK(importer.onCaller == 0);
    CHECK(importer.outOfOrder == 0);
    CHECK(pipeline.bytesRead() == source->size());
    CHECK_FALSE(source->error().has_value());
}

TEST_CASE("a pipeline left after a few rows stops its reader and hands the source back", "[import][pipeline]")
{
    auto source = orderFile(50000);
    RecordingImporter importer;
    {
        RowPipeline pipeline(*source, importer);
        for (int i = 0; i < 10; ++i)
            REQUIRE(pipeline.next());
        // e.g. the import was cancelled or a write failed: the destructor stops and joins
    }
    CHECK(importer.lastPrepared < 50000); // stopped early, at most a few batches ahead
    CHECK(source->rewind().ok());
}
