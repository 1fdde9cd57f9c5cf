#include "TextDecoding.h"

#include <QCoreApplication>

namespace clientele::core::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::io::TextDecoding", text);
}
} // namespace

Result<DetectedEncoding> TextDecoding::detect(const QByteArray& sample)
{
    if (sample.isEmpty())
        return Error::make(Error::Code::NotCsv, tr("The file is empty."));
    if (sample.startsWith("\xEF\xBB\xBF"))
        return DetectedEncoding{QStringLiteral("UTF-8"), true};
    if (sample.startsWith("\xFF\xFE"))
        return DetectedEncoding{QStringLiteral("UTF-16LE"), true};
    if (sample.startsWith("\xFE\xFF"))
        return DetectedEncoding{QStringLiteral("UTF-16BE"), true};

    // NUL bytes never occur in 8-bit text: this is a spreadsheet, an archive or an image.
    if (sample.contains('\0'))
        return Error::make(Error::Code::NotCsv,
                           tr("This is not a text file (it contains binary data). Save it from your spreadsheet "
                              "program as CSV first."));

    QStringDecoder utf8(QStringDecoder::Utf8);
    // A sample cut mid-character leaves the partial sequence in the decoder's state, which is
    // not an error; only bytes that cannot be UTF-8 set hasError().
    (void)QString(utf8.decode(sample));
    if (!utf8.hasError())
        return DetectedEncoding{QStringLiteral("UTF-8"), false};
    return DetectedEncoding{QStringLiteral("GB18030"), false};
}

QString TextDecoding::canonicalName(const QString& userChoice, bool* ok)
{
    const QString key = userChoice.trimmed().toLower().remove(u'-').remove(u'_');
    *ok = true;
    if (key.isEmpty() || key == u"auto")
        return {};
    if (key == u"utf8" || key == u"utf8bom")
        return QStringLiteral("UTF-8");
    if (key == u"gb18030" || key == u"gbk" || key == u"gb2312" || key == u"cp936")
        return QStringLiteral("GB18030");
    if (key == u"big5" || key == u"cp950")
        return QStringLiteral("Big5");
    if (key == u"utf16le" || key == u"utf16")
        return QStringLiteral("UTF-16LE");
    if (key == u"utf16be")
        return QStringLiteral("UTF-16BE");
    *ok = false;
    return {};
}

QStringDecoder TextDecoding::decoder(const QString& name)
{
    if (name == u"UTF-8")
        return QStringDecoder(QStringDecoder::Utf8);
    if (name == u"UTF-16LE")
        return QStringDecoder(QStringDecoder::Utf16LE);
    if (name == u"UTF-16BE")
        return QStringDecoder(QStringDecoder::Utf16BE);
    return QStringDecoder(name.toLatin1().constData());
}

bool TextDecoding::isAvailable(const QString& name)
{
    return decoder(name).isValid();
}

QStringEncoder TextDecoding::encoder(const QString& name, bool withBom)
{
    const auto flags = withBom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default;
    if (name == u"UTF-8")
        return QStringEncoder(QStringEncoder::Utf8, flags);
    return QStringEncoder(name.toLatin1().constData(), flags);
}

} // namespace clientele::core::io
