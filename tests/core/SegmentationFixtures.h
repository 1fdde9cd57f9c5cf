#pragma once

#include "segmentation/PurchaseHistory.h"

#include <QDate>
#include <QString>

#include <initializer_list>
#include <utility>

// Small hand-written purchase histories: {"2026-03-01", 30000} = ¥300 on 1 March 2026.
inline std::vector<clientele::core::segmentation::Purchase>
purchases(std::initializer_list<std::pair<const char*, qint64>> items)
{
    std::vector<clientele::core::segmentation::Purchase> out;
    for (const auto& [date, fen] : items)
        out.push_back({QDate::fromString(QString::fromLatin1(date), Qt::ISODate).toJulianDay(), fen});
    return out;
}

inline QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
