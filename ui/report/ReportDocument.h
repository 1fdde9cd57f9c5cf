#pragma once

#include "domain/Result.h"

#include <QPageSize>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace clientele::ui {

// The one way the monthly report becomes pages: the core's HTML in a QTextDocument, laid out on
// A4 or Letter. Print preview, printing and PDF (app and CLI) all go through here. Needs a
// QGuiApplication (the CLI makes an offscreen one); no widgets.
class ReportDocument
{
public:
    static std::unique_ptr<QTextDocument> fromHtml(const QString& html);
    // Prints (preview, printer, PDF) with short tables kept whole: one that would run over a page
    // break starts, with its heading, on the next page (no lone row at a page's top). Longer
    // tables split, repeating their header row.
    static void print(QTextDocument& document, QPagedPaintDevice* device);
    static void keepTablesTogether(QTextDocument& document, QPagedPaintDevice* device);
    // Chinese stays real text in the PDF: the fonts are embedded by Qt's PDF engine.
    static core::Status writePdf(const QString& html, const QString& path, QPageSize::PageSizeId pageSize);
    // "a4" or "letter" (any case); false when neither.
    static bool parsePageSize(const QString& text, QPageSize::PageSizeId* out);
};

} // namespace clientele::ui
