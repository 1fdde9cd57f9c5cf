#include "ImportSource.h"

#include "DelimiterSniffer.h"
#include "TextDecoding.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace clientele::core::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::io::ImportSource", text);
}
} // namespace

QString ImportSource::fileName() const
{
    return QFileInfo(m_path).fileName();
}

Result<std::unique_ptr<ImportSource>> ImportSource::open(const QString& path, const ImportOptions& options)
{
    std::unique_ptr<ImportSource> source(new ImportSource);
    source->m_path = path;
    source->m_file.setFileName(path);
    if (QFileInfo(path).isDir())
        return Error::make(Error::Code::Io, tr("%1 is a folder, not a file.").arg(path));
    if (!source->m_file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, tr("Cannot open %1: %2").arg(path, source->m_file.errorString()));

    const QByteArray sample = source->m_file.peek(TextDecoding::kSampleBytes);
    auto detected = TextDecoding::detect(sample);
    if (!detected)
        return Error::make(detected.error().code, tr("%1: %2").arg(source->fileName(), detected.error().message));
    source->m_encoding = options.encoding.isEmpty() ? detected->name : options.encoding;
    source->m_bom = detected->bom;
    if (!TextDecoding::isAvailable(source->m_encoding))
        return Error::make(Error::Code::Encoding,
                           tr("The encoding %1 is not available on this system.").arg(source->m_encoding));

    if (!options.delimiter.isNull()) {
        source->m_delimiter = options.delimiter;
    } else {
        QStringDecoder decoder = TextDecoding::decoder(source->m_encoding);
        const QString text = decoder.decode(sample.left(64 * 1024));
        source->m_delimiter = DelimiterSniffer::sniff(text);
    }
    if (auto status = source->readHeader(); !status)
        return status.error();

    if (options.mapping) {
        source->m_mapping = *options.mapping;
    } else if (options.savedMapping) {
        auto mapping = ColumnMapping::fromSaved(*options.savedMapping, source->m_header, options.kind);
        if (!mapping)
            return mapping.error();
        source->m_mapping = *mapping;
    } else {
        source->m_mapping = ColumnMapping::detect(source->m_header, options.kind);
    }
    return source;
}

Status ImportSource::readHeader()
{
    m_file.seek(0);
    m_reader = std::make_unique<CsvReader>(&m_file, m_encoding, m_delimiter);
    CsvRecord record;
    if (!m_reader->next(record)) {
        if (const auto err = error())
            return Error::make(err->code, tr("%1: %2").arg(fileName(), err->message));
        return Error::make(Error::Code::NotCsv, tr("%1 has no header row; the file is empty.").arg(fileName()));
    }
    m_header.clear();
    for (const QString& name : std::as_const(record.fields))
        m_header.append(name.trimmed());
    m_headerLine = record.line;
    return {};
}

std::optional<Error> ImportSource::error() const
{
    return m_reader ? m_reader->error() : std::nullopt;
}

Status ImportSource::rewind()
{
    return readHeader();
}

ImportKind ImportSource::guessKind(const QStringList& header)
{
    const ColumnMapping asOrders = ColumnMapping::detect(header, ImportKind::Orders);
    const bool looksLikeOrders =
        asOrders.has(ImportField::OrderNo) || (asOrders.has(ImportField::Amount) && asOrders.has(ImportField::OrderDate)) ||
        (asOrders.isLineItems() && asOrders.has(ImportField::OrderDate));
    return looksLikeOrders ? ImportKind::Orders : ImportKind::Customers;
}

} // namespace clientele::core::io
