#include "XlsxWriter.h"

#include <xlsxwriter.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>


namespace clientele::core::io::xlsx {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::io::xlsx::XlsxWriter", text);
}
} // namespace

XlsxWriter::XlsxWriter(QString path, bool sharedStrings)
    : m_path(std::move(path)), m_partPath(m_path + QStringLiteral(".part")), m_sharedStrings(sharedStrings)
{
}

XlsxWriter::~XlsxWriter()
{
    if (m_book) { // not committed: nothing may be left behind
        ::workbook_close(m_book);
        QFile::remove(m_partPath);
    }
}

Status XlsxWriter::open()
{
    const QByteArray file = QFile::encodeName(m_partPath);
    const QByteArray tmp = QFile::encodeName(QFileInfo(m_path).absolutePath());
    lxw_workbook_options options{};
    options.constant_memory = m_sharedStrings ? LXW_FALSE : LXW_TRUE;
    options.tmpdir = const_cast<char*>(tmp.constData()); // copied by libxlsxwriter
    options.use_zip64 = LXW_TRUE;
    m_book = ::workbook_new_opt(file.constData(), &options);
    if (!m_book)
        return Error::make(Error::Code::Io, tr("Cannot write %1.").arg(m_path));
    m_bold = ::workbook_add_format(m_book);
    ::format_set_bold(m_bold);
    m_text = ::workbook_add_format(m_book);
    ::format_set_num_format(m_text, "@");
    m_date = ::workbook_add_format(m_book);
    ::format_set_num_format(m_date, "yyyy-mm-dd");
    m_dateTime = ::workbook_add_format(m_book);
    ::format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm:ss");
    m_money = ::workbook_add_format(m_book);
    ::format_set_num_format(m_money, "0.00");
    return {};
}

Status XlsxWriter::addSheet(const QString& name)
{
    QString safe = name;
    for (const QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        safe.replace(c, u'_');
    m_sheet = ::workbook_add_worksheet(m_book, safe.left(31).toUtf8().constData());
    m_row = 0;
    if (!m_sheet)
        return Error::make(Error::Code::Io, tr("Cannot add the sheet \"%1\" to %2.").arg(name, m_path));
    return {};
}

void XlsxWriter::note(int status)
{
    if (status != LXW_NO_ERROR && m_firstError == 0)
        m_firstError = status;
}

void XlsxWriter::setColumnWidth(int column, double width)
{
    note(::worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), width, nullptr));
}

void XlsxWriter::header(const QStringList& names)
{
    for (qsizetype i = 0; i < names.size(); ++i)
        note(::worksheet_write_string(m_sheet, m_row, lxw_col_t(i), names[i].toUtf8().constData(), m_bold));
    ++m_row;
}

void XlsxWriter::text(int column, const QString& value)
{
    if (value.isEmpty())
        return;
    note(::worksheet_write_string(m_sheet, m_row, lxw_col_t(column), value.toUtf8().constData(), m_text));
}

void XlsxWriter::number(int column, double value)
{
    note(::worksheet_write_number(m_sheet, m_row, lxw_col_t(column), value, nullptr));
}

void XlsxWriter::integer(int column, qint64 value)
{
    note(::worksheet_write_number(m_sheet, m_row, lxw_col_t(column), double(value), nullptr));
}

void XlsxWriter::money(int column, qint64 fen)
{
    note(::worksheet_write_number(m_sheet, m_row, lxw_col_t(column), double(fen) / 100.0, m_money));
}

void XlsxWriter::date(int column, const QDate& value)
{
    if (!value.isValid() || value.year() < 1900 || value.year() > 9999)
        return;
    lxw_datetime d{value.year(), value.month(), value.day(), 0, 0, 0.0};
    note(::worksheet_write_datetime(m_sheet, m_row, lxw_col_t(column), &d, m_date));
}

void XlsxWriter::dateTime(int column, const QDateTime& value)
{
    const QDate day = value.date();
    if (!value.isValid() || day.year() < 1900 || day.year() > 9999)
        return;
    const QTime t = value.time();
    lxw_datetime d{day.year(), day.month(), day.day(), t.hour(), t.minute(), double(t.second())};
    note(::worksheet_write_datetime(m_sheet, m_row, lxw_col_t(column), &d, m_dateTime));
}

Status XlsxWriter::commit()
{
    const lxw_error closed = ::workbook_close(m_book);
    m_book = nullptr;
    if (m_firstError != 0 || closed != LXW_NO_ERROR) {
        QFile::remove(m_partPath);
        const int code = m_firstError != 0 ? m_firstError : closed;
        return Error::make(Error::Code::Io, tr("Cannot write %1: %2")
                                                .arg(m_path, QString::fromUtf8(::lxw_strerror(lxw_error(code)))));
    }
    // rename(2) replaces an existing file in one step.
    const QByteArray from = QFile::encodeName(m_partPath);
    const QByteArray to = QFile::encodeName(m_path);
    if (std::rename(from.constData(), to.constData()) != 0 &&
        !(QFile::remove(m_path) && std::rename(from.constData(), to.constData()) == 0)) { // Windows: no replace
        QFile::remove(m_partPath);
        return Error::make(Error::Code::Io, tr("Cannot write %1.").arg(m_path));
    }
    return {};
}

} // namespace clientele::core::io::xlsx
