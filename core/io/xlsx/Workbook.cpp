#include "Workbook.h"

#include "ZipArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace clientele::core::io::xlsx {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::io::xlsx::Workbook", text);
}

const QString kRelNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

struct Relationship
{
    QString type;
    QString target;
};

// The folder of a part ("xl/workbook.xml" → "xl").
QString folderOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash);
}

QString resolve(const QString& baseFolder, const QString& target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(baseFolder.isEmpty() ? target : baseFolder + u'/' + target);
}

// The relationships of `part` (its _rels/NAME.rels; the package's own for an empty part), by id.
QHash<QString, Relationship> readRelationships(const ZipArchive& zip, const QString& part)
{
    QHash<QString, Relationship> rels;
    const QString folder = folderOf(part);
    const QString relsPart = (folder.isEmpty() ? QString() : folder + u'/') + u"_rels/" + QFileInfo(part).fileName() + u".rels";
    auto device = zip.openEntry(relsPart);
    if (!device)
        return rels;
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"Relationship") {
            const auto a = xml.attributes();
            if (a.value(QLatin1String("TargetMode")) != u"External")
                rels.insert(a.value(QLatin1String("Id")).toString(),
                            {a.value(QLatin1String("Type")).toString(), resolve(folder, a.value(QLatin1String("Target")).toString())});
        }
    }
    return rels;
}

} // namespace

QString readStringItem(QXmlStreamReader& xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return decodeEscapes(text);
}

QString decodeEscapes(const QString& text)
{
    if (!text.contains(u"_x"))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    auto it = escape.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QChar(char16_t(m.captured(1).toUInt(nullptr, 16)));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

bool parseCellRef(QStringView ref, int* column, qint64* row)
{
    qsizetype i = 0;
    int col = 0;
    while (i < ref.size() && ((ref[i] >= u'A' && ref[i] <= u'Z') || (ref[i] >= u'a' && ref[i] <= u'z'))) {
        col = col * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        if (col > 16384)
            return false;
        ++i;
    }
    while (i < ref.size() && ref[i] == u'$')
        ++i;
    if (col == 0 || i >= ref.size())
        return false;
    bool ok = false;
    const qint64 r = ref.mid(i).toLongLong(&ok);
    if (!ok || r < 1)
        return false;
    *column = col - 1;
    *row = r;
    return true;
}

Workbook::~Workbook() = default;

bool Workbook::looksLikeZip(const QByteArray& head)
{
    return head.startsWith("PK\x03\x04");
}

bool Workbook::looksLikeOldExcel(const QByteArray& head)
{
    return head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

Result<std::unique_ptr<Workbook>> Workbook::open(const QString& path)
{
    std::unique_ptr<Workbook> book(new Workbook);
    book->m_fileName = QFileInfo(path).fileName();
    book->m_zip = std::make_unique<ZipArchive>(path);
    if (!book->m_zip->open())
        return Error::make(Error::Code::NotCsv,
                           tr("%1 is not a readable Excel workbook: the file is damaged or incomplete (perhaps a "
                              "download or copy stopped early). Open it in Excel and save it again, or save the "
                              "sheet as CSV.")
                               .arg(book->m_fileName));
    if (auto s = book->readParts(); !s)
        return s.error();
    return book;
}

Status Workbook::readParts()
{
    const auto damaged = [this](const QString& part, const QString& why) {
        return Error::make(Error::Code::NotCsv, tr("%1: the workbook part %2 cannot be read (%3); the file is damaged.")
                                                    .arg(m_fileName, part, why));
    };
    // The workbook part, named by the package's own relationships.
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    for (const auto& rel : readRelationships(*m_zip, QString()))
        if (rel.type.endsWith(u"/officeDocument"))
            workbookPart = rel.target;
    if (!m_zip->contains(workbookPart))
        return Error::make(Error::Code::NotCsv,
                           tr("%1 is a zip file but not an Excel workbook (.xlsx): it has no %2.").arg(m_fileName, workbookPart));
    const auto rels = readRelationships(*m_zip, workbookPart);

    {
        auto device = m_zip->openEntry(workbookPart);
        if (!device)
            return damaged(workbookPart, tr("cannot open it"));
        QXmlStreamReader xml(device.get());
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto a = xml.attributes();
            if (xml.name() == u"workbookPr") {
                const auto v = a.value(QLatin1String("date1904"));
                m_date1904 = v == u"1" || v == u"true";
            } else if (xml.name() == u"sheet") {
                QString id = a.value(kRelNs, QStringLiteral("id")).toString();
                if (id.isEmpty())
                    for (const auto& attribute : a)
                        if (attribute.name() == u"id")
                            id = attribute.value().toString();
                const auto rel = rels.constFind(id);
                if (rel == rels.cend() || !rel->type.endsWith(u"/worksheet"))
                    continue; // a chart sheet or dialog sheet holds no rows
                m_sheets.append({a.value(QLatin1String("name")).toString(), rel->target, a.value(QLatin1String("state")) == u"hidden" ||
                                                                              a.value(QLatin1String("state")) == u"veryHidden"});
            }
        }
        if (xml.hasError())
            return damaged(workbookPart, xml.errorString());
    }
    if (m_sheets.isEmpty())
        return Error::make(Error::Code::NotCsv, tr("%1 has no worksheets.").arg(m_fileName));

    QString stringsPart;
    QString stylesPart;
    for (const auto& rel : rels) {
        if (rel.type.endsWith(u"/sharedStrings"))
            stringsPart = rel.target;
        else if (rel.type.endsWith(u"/styles"))
            stylesPart = rel.target;
    }
    if (!stringsPart.isEmpty() && m_zip->contains(stringsPart)) {
        auto device = m_zip->openEntry(stringsPart);
        if (!device)
            return damaged(stringsPart, tr("cannot open it"));
        QXmlStreamReader xml(device.get());
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"si")
                m_sharedStrings.append(readStringItem(xml));
            else if (xml.isStartElement() && xml.name() == u"sst")
                m_sharedStrings.reserve(std::min(xml.attributes().value(QLatin1String("uniqueCount")).toInt(), 1 << 22));
        }
        if (xml.hasError())
            return damaged(stringsPart, xml.errorString());
    }
    if (!stylesPart.isEmpty() && m_zip->contains(stylesPart)) {
        auto device = m_zip->openEntry(stylesPart);
        if (!device)
            return damaged(stylesPart, tr("cannot open it"));
        QXmlStreamReader xml(device.get());
        QHash<int, QString> codes;
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto a = xml.attributes();
                if (xml.name() == u"numFmt")
                    codes.insert(a.value(QLatin1String("numFmtId")).toInt(), a.value(QLatin1String("formatCode")).toString());
                else if (xml.name() == u"cellXfs")
                    inCellXfs = true;
                else if (inCellXfs && xml.name() == u"xf") {
                    const int id = a.value(QLatin1String("numFmtId")).toInt();
                    m_styles.append(CellFormat::classify(id, codes.value(id)));
                }
            } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
                inCellXfs = false;
            }
        }
        if (xml.hasError())
            return damaged(stylesPart, xml.errorString());
    }
    return {};
}

QStringList Workbook::sheetNames() const
{
    QStringList names;
    for (const auto& s : m_sheets)
        names.append(s.name);
    return names;
}

qint64 Workbook::sheetSize(int sheet) const
{
    return m_zip->entrySize(m_sheets[sheet].part);
}

int Workbook::defaultSheet() const
{
    for (qsizetype i = 0; i < m_sheets.size(); ++i)
        if (!m_sheets[i].hidden)
            return int(i);
    return 0;
}

std::optional<int> Workbook::findSheet(const QString& name) const
{
    for (qsizetype i = 0; i < m_sheets.size(); ++i)
        if (m_sheets[i].name == name)
            return int(i);
    for (qsizetype i = 0; i < m_sheets.size(); ++i)
        if (m_sheets[i].name.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return int(i);
    return std::nullopt;
}

Result<QList<MergeRange>> Workbook::merges(int sheet) const
{
    if (const auto cached = m_merges.constFind(sheet); cached != m_merges.cend())
        return *cached;
    // <mergeCells> follows <sheetData>: inflate the sheet and look at the bytes, without parsing
    // the rows, for the tail after </sheetData>.
    const SheetInfo& info = m_sheets[sheet];
    auto device = m_zip->openEntry(info.part);
    if (!device)
        return Error::make(Error::Code::NotCsv,
                           tr("%1: the sheet \"%2\" cannot be opened; the file is damaged.").arg(m_fileName, info.name));
    QByteArray window;
    QByteArray tail;
    bool found = false;
    constexpr QByteArrayView endOfData("sheetData>");
    for (;;) {
        const QByteArray chunk = device->read(1 << 18);
        if (chunk.isEmpty())
            break;
        if (found) {
            tail += chunk;
            if (tail.size() > (64 << 20))
                break; // a pathological merge list: the header is read without it
            continue;
        }
        window = window.right(32) + chunk;
        // The closing tag, </sheetData> or </x:sheetData>, not the opening one.
        for (qsizetype at = window.indexOf(endOfData); at >= 0 && !found; at = window.indexOf(endOfData, at + 1)) {
            const qsizetype open = window.lastIndexOf('<', at);
            if (open >= 0 && open + 1 < window.size() && window[open + 1] == '/' && at - open < 24) {
                found = true;
                tail = window.mid(at);
            }
        }
    }
    QList<MergeRange> ranges;
    static const QRegularExpression merge(QStringLiteral("<(?:\\w+:)?mergeCell\\s[^>]*ref=\"([A-Za-z]+\\d+):([A-Za-z]+\\d+)\""));
    auto it = merge.globalMatch(QString::fromUtf8(tail));
    while (it.hasNext()) {
        const auto m = it.next();
        MergeRange r;
        if (parseCellRef(m.capturedView(1), &r.firstColumn, &r.firstRow) &&
            parseCellRef(m.capturedView(2), &r.lastColumn, &r.lastRow))
            ranges.append(r);
    }
    m_merges.insert(sheet, ranges);
    return ranges;
}

} // namespace clientele::core::io::xlsx
