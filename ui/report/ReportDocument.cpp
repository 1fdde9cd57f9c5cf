#include "ReportDocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QPdfWriter>
#include <QTextDocument>

namespace clientele::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::ui::ReportDocument", text);
}
} // namespace

std::unique_ptr<QTextDocument> ReportDocument::fromHtml(const QString& html)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font = document->defaultFont();
    font.setPointSize(10);
    document->setDefaultFont(font);
    document->setHtml(html);
    return document;
}

core::Status ReportDocument::writePdf(const QString& html, const QString& path, QPageSize::PageSizeId pageSize)
{
    // Written next to the target and renamed, so a failed write never leaves half a PDF.
    const QString partial = path + QStringLiteral(".part");
    {
        QPdfWriter writer(partial);
        writer.setPageSize(QPageSize(pageSize));
        // No printer margins: QTextDocument::print() gives the page its own 2 cm ones.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QStringLiteral("Clientele"));
        writer.setCreator(QStringLiteral("Clientele"));
        auto document = fromHtml(html);
        document->print(&writer);
    }
    QFile written(partial);
    if (!written.exists() || written.size() == 0) {
        QFile::remove(partial);
        return core::Error::make(core::Error::Code::Io, tr("Cannot write %1 (is the folder writable?).").arg(path));
    }
    QFile::remove(path);
    if (!written.rename(path))
        return core::Error::make(core::Error::Code::Io, tr("Cannot write %1.").arg(path));
    return {};
}

bool ReportDocument::parsePageSize(const QString& text, QPageSize::PageSizeId* out)
{
    const QString t = text.trimmed().toLower();
    if (t == u"a4")
        *out = QPageSize::A4;
    else if (t == u"letter")
        *out = QPageSize::Letter;
    else
        return false;
    return true;
}

} // namespace clientele::ui
