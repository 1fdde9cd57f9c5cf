#pragma once

#include <QString>
#include <QStringView>

namespace clientele::core::io::xlsx {

// How a numeric cell is shown, as far as an import needs it: a date or time (the number is an
// Excel serial), a fixed number of decimals, a percentage, or General.
struct CellFormat
{
    enum class Kind { General, Date, DateTime, Time, Fixed, Percent };
    Kind kind = Kind::General;
    int decimals = 0; // Fixed and Percent

    // From a style's number format: a built-in id (0..163) or a custom format code.
    static CellFormat classify(int numFmtId, QStringView formatCode);
};

// Numeric cell text (<v>) as a spreadsheet shows it, never in scientific notation: an integer
// stays an integer (a phone 13812345678 is not 1.38E+10, a code 17850 is not 17850.0); a date is
// yyyy-MM-dd (with HH:mm:ss when it has a time of day) in the 1900 or 1904 date system. Text
// that is not a number is returned as it is.
QString formatNumber(QStringView raw, const CellFormat& format, bool date1904);

// An Excel date serial as yyyy-MM-dd[ HH:mm:ss]. 1900 system: serial 1 is 1900-01-01 and serial
// 60 is Excel's 1900-02-29, a day that never was: it comes out as the text "1900-02-29" so the
// import refuses it by name instead of shifting it. 1904 system: serial 0 is 1904-01-01.
QString serialToText(double serial, bool date1904, bool withTime, bool timeOnly = false);

} // namespace clientele::core::io::xlsx
