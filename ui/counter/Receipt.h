#pragma once

#include "domain/Result.h"
#include "member/SaleService.h"

#include <QPageSize>
#include <QString>

class QPrinter;
class QTextDocument;

namespace clientele::ui {

// A counter receipt: the sale as the ledgers recorded it, as HTML in a QTextDocument laid out on a
// 58 mm or 80 mm receipt roll or on A5. Printing, the preview and PDF go through the same path.
class Receipt
{
public:
    enum class Paper { Roll58, Roll80, A5 };

    static QString html(const core::member::SaleOutcome& sale, const QString& shopName = {});
    static QPageSize pageSize(Paper paper);
    static void print(const core::member::SaleOutcome& sale, Paper paper, QPrinter* printer);
    // Saves the receipt as a PDF file (Chinese stays real text: Qt embeds the fonts).
    static core::Status writePdf(const core::member::SaleOutcome& sale, Paper paper, const QString& path);
};

} // namespace clientele::ui
