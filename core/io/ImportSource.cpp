#include "ImportSource.h"

#include "DelimiterSniffer.h"
#include "TextDecoding.h"
#include "xlsx/SheetReader.h"
#include "xlsx/Workbook.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace clientele::core::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::io::ImportSource", text);
}
} // namespace

ImportSource::~ImportSource() = default;

bool ImportSource::date1904() const
{
    return m_book && m_book->date1904();
}

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
    source->m_size = source->m_file.size();

    const QByteArray head = source->m_file.peek(8);
    if (xlsx::Workbook::looksLikeOldExcel(head))
        return Error::make(Error::Code::NotCsv, tr("%1 is an Excel 97-2003 workbook (.xls), which Clientele cannot read. "
                                                   "Open it in Excel or WPS and save it as .xlsx or CSV.")
                                                    .arg(source->fileName()));
    if (xlsx::Workbook::looksLikeZip(head) || path.endsWith(u".xlsx", Qt::CaseInsensitive) ||
        path.endsWith(u".xlsm", Qt::CaseInsensitive)) {
        source->m_file.close();
        if (auto s = source->openWorkbook(options); !s)
            return s.error();
        return source;
    }
    if (!options.sheet.isEmpty())
        return Error::make(Error::Code::Usage, tr("%1 is a text file, not an Excel workbook: it has no sheet \"%2\" to "
                                                  "choose.")
                                                   .arg(source->fileName(), options.sheet));

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
    if (auto status = source->applyMapping(options); !status)
        return status.error();
    return source;
}

Status ImportSource::applyMapping(const ImportOptions& options)
{
    if (options.mapping) {
        m_mapping = *options.mapping;
    } else if (options.savedMapping) {
        auto mapping = ColumnMapping::fromSaved(*options.savedMapping, m_header, options.kind);
        if (!mapping)
            return mapping.error();
        m_mapping = *mapping;
    } else {
        m_mapping = ColumnMapping::detect(m_header, options.kind);
    }
    return {};
}

Status ImportSource::openWorkbook(const ImportOptions& options)
{
    auto book = xlsx::Workbook::open(m_path);
    if (!book)
        return book.error();
    m_book = std::move(*book);
    if (options.sheet.isEmpty()) {
        m_sheetIndex = m_book->defaultSheet();
    } else if (const auto found = m_book->findSheet(options.sheet)) {
        m_sheetIndex = *found;
    } else {
        QStringList quoted;
        for (const QString& name : m_book->sheetNames())
            quoted.append(u'"' + name + u'"');
        return Error::make(Error::Code::NotFound, tr("%1 has no sheet named \"%2\". Its sheets are: %3.")
                                                      .arg(fileName(), options.sheet, quoted.join(tr(", "))));
    }
    m_sheet = m_book->sheets()[m_sheetIndex].name;
    m_size = m_book->sheetSize(m_sheetIndex);
    if (auto status = readHeader(); !status)
        return status;
    return applyMapping(options);
}

Result<QStringList> ImportSource::sheetsOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, tr("Cannot open %1: %2").arg(path, file.errorString()));
    if (!xlsx::Workbook::looksLikeZip(file.peek(8)) && !path.endsWith(u".xlsx", Qt::CaseInsensitive) &&
        !path.endsWith(u".xlsm", Qt::CaseInsensitive))
        return QStringList();
    file.close();
    auto book = xlsx::Workbook::open(path);
    if (!book)
        return book.error();
    return (*book)->sheetNames();
}

QStringList ImportSource::sheets() const
{
    return m_book ? m_book->sheetNames() : QStringList();
}

Status ImportSource::readHeader()
{
    if (m_book) {
        m_reader = std::make_unique<xlsx::SheetReader>(*m_book, m_sheetIndex);
    } else {
        m_file.seek(0);
        m_reader = std::make_unique<CsvReader>(&m_file, m_encoding, m_delimiter);
    }
    CsvRecord record;
    if (!m_reader->readHeader(record)) {
        if (const auto err = error())
            return Error::make(err->code, tr("%1: %2").arg(fileName(), err->message));
        if (m_book)
            return Error::make(Error::Code::NotCsv,
                               tr("%1: the sheet \"%2\" is empty; it has no header row.").arg(fileName(), m_sheet));
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
