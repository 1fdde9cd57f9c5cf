#pragma once

#include "../io/CsvWriter.h"
#include "../member/MemberFigures.h"

#include <QList>
#include <QString>

namespace clientele::core::report {

// The member program's month (member::MemberFigures) as the report and the dashboard show it:
// the same label/value lines in both, the report's HTML section and its CSV block.
class MemberSection
{
public:
    struct Line
    {
        QString key;   // the CSV's
        QString label; // translated
        QString value; // formatted in the reader's locale
    };
    static QList<Line> lines(const member::MemberMonth& month);
    static QString html(const member::MemberMonth& month);
    static void writeCsv(io::CsvWriter& csv, const member::MemberMonth& month);
};

} // namespace clientele::core::report
