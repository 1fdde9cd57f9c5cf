#include "ZipArchive.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <QHash>

namespace clientele::core::io::xlsx {

struct ZipArchive::Private
{
    QuaZip zip;
    QHash<QString, QString> names; // lower-case name → name as stored (writers differ in case)
    QHash<QString, qint64> sizes;
};

ZipArchive::ZipArchive(QString path) : m_path(std::move(path)), d(std::make_unique<Private>())
{
    d->zip.setZipName(m_path);
}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::open()
{
    if (!d->zip.open(QuaZip::mdUnzip))
        return false;
    for (bool more = d->zip.goToFirstFile(); more; more = d->zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!d->zip.getCurrentFileInfo(&info))
            return false;
        const QString key = info.name.toLower();
        d->names.insert(key, info.name);
        d->sizes.insert(key, qint64(info.uncompressedSize));
    }
    const bool ok = d->zip.getZipError() == UNZ_OK && !d->names.isEmpty();
    d->zip.close();
    return ok;
}

bool ZipArchive::contains(const QString& entry) const
{
    return d->names.contains(entry.toLower());
}

qint64 ZipArchive::entrySize(const QString& entry) const
{
    return d->sizes.value(entry.toLower(), -1);
}

std::unique_ptr<QIODevice> ZipArchive::openEntry(const QString& entry) const
{
    const auto stored = d->names.constFind(entry.toLower());
    if (stored == d->names.cend())
        return nullptr;
    auto file = std::make_unique<QuaZipFile>(m_path, *stored, QuaZip::csSensitive);
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    return file;
}

} // namespace clientele::core::io::xlsx
