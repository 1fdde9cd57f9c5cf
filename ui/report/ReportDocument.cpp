#include "ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextOption>
#include <QTextTable>

#include <cmath>

namespace clientele::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::ui::ReportDocument", text);
}

// The document laid out as QTextDocument::print() lays out one without pages of its own: on the
// device's page, with 2 cm margins measured at Qt's default (screen) resolution.
std::unique_ptr<QTextDocument> laidOutAsPrinted(const QTextDocument& document, QPagedPaintDevice* device)
{
    std::unique_ptr<QTextDocument> copy(document.clone());
    copy->documentLayout()->setPaintDevice(device);
    const QScreen* screen = QGuiApplication::primaryScreen();
    const qreal dpiX = screen ? screen->logicalDotsPerInchX() : 96;
    const qreal dpiY = screen ? screen->logicalDotsPerInchY() : 96;
    QTextFrameFormat format = copy->rootFrame()->frameFormat();
    format.setLeftMargin(int((2 / 2.54) * dpiX));
    format.setRightMargin(int((2 / 2.54) * dpiX));
    format.setTopMargin(int((2 / 2.54) * dpiY));
    format.setBottomMargin(int((2 / 2.54) * dpiY));
    copy->rootFrame()->setFrameFormat(format);
    copy->setPageSize(QSizeF(device->width(), device->height()));
    return copy;
}
} // namespace

void ReportDocument::keepTablesTogether(QTextDocument& document, QPagedPaintDevice* device)
{
    // One table at a time from the top: moving one moves everything after it.
    for (int round = 0; round < 40; ++round) {
        const auto copy = laidOutAsPrinted(document, device);
        const qreal page = copy->pageSize().height();
        const qreal bottomMargin = device->logicalDpiY() * 2 / 2.54;
        bool moved = false;
        QTextBlock before; // the heading above a table goes with it
        for (auto it = copy->rootFrame()->begin(); !it.atEnd() && !moved; ++it) {
            if (!it.currentFrame()) {
                before = it.currentBlock();
                continue;
            }
            const auto* table = qobject_cast<QTextTable*>(it.currentFrame());
            if (!table)
                continue;
            QRectF box = copy->documentLayout()->frameBoundingRect(it.currentFrame());
            if (before.isValid() && before.blockFormat().headingLevel() > 0)
                box.setTop(copy->documentLayout()->blockBoundingRect(before).top());
            // Runs past the page's last line, or ends so near it that print()'s own layout (which this
            // copy matches within a few pixels per row) might: a row and a half to spare.
            const qreal lastLine = (std::floor(box.top() / page) + 1) * page - bottomMargin;
            const bool splits = box.bottom() + 0.03 * page > lastLine;
            if (!splits || box.height() > page * 0.75) // a long table splits, its header row repeated
                continue;
            QTextCursor cursor(&document);
            if (before.isValid() && before.blockFormat().headingLevel() > 0) {
                cursor.setPosition(before.position());
                QTextBlockFormat format = cursor.blockFormat();
                if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                    continue;
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                cursor.setBlockFormat(format);
            } else if (auto* original = qobject_cast<QTextTable*>(document.frameAt(table->firstPosition()))) {
                QTextTableFormat format = original->format();
                if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                    continue;
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                original->setFormat(format);
            }
            moved = true;
        }
        if (!moved)
            return;
    }
}

void ReportDocument::print(QTextDocument& document, QPagedPaintDevice* device)
{
    keepTablesTogether(document, device);
    document.print(device);
}

std::unique_ptr<QTextDocument> ReportDocument::fromHtml(const QString& html)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font = document->defaultFont();
    font.setPointSize(10);
    document->setDefaultFont(font);
    // Break lines between words only (Chinese: between characters), never inside a word: a narrow
    // column then gets at least its longest word, and "Customers" never becomes "Custome / rs".
    QTextOption option = document->defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    document->setDefaultTextOption(option);
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
        print(*document, &writer);
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
