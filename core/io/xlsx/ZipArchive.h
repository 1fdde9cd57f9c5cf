#pragma once

#include <QIODevice>
#include <QString>

#include <memory>

namespace clientele::core::io::xlsx {

// Read-only access to the entries of a zip file (an .xlsx workbook), through minizip — the zip
// library libxlsxwriter writes with, so the process carries one zip implementation.
// Entries are streamed: openEntry() inflates as it is read, so a large sheet is never held whole.
class ZipArchive
{
public:
    explicit ZipArchive(QString path);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // False when the file is not a zip or its directory is damaged (a truncated download).
    bool open();
    bool contains(const QString& entry) const;
    // Uncompressed size of an entry, or -1.
    qint64 entrySize(const QString& entry) const;
    // A device reading the inflated entry from its start; nullptr when missing or unreadable. Each
    // device has its own handle on the file, so several may be read in turn or side by side. A
    // damaged stream shows as a read error (read() returns -1) or an early end.
    std::unique_ptr<QIODevice> openEntry(const QString& entry) const;

private:
    struct Private;
    QString m_path;
    std::unique_ptr<Private> d;
};

} // namespace clientele::core::io::xlsx
