#include "ZipArchive.h"

#include <unzip.h>

#include <QFile>
#include <QHash>

namespace clientele::core::io::xlsx {

namespace {

// One unzip handle positioned on one entry, inflating as it is read. Sequential: a sheet is read
// once from its start, so nothing is buffered beyond QIODevice's own small buffer.
class EntryDevice final : public QIODevice
{
public:
    explicit EntryDevice(unzFile zip) : m_zip(zip) {}
    ~EntryDevice() override
    {
        unzCloseCurrentFile(m_zip);
        unzClose(m_zip);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (maxSize <= 0)
            return 0;
        const int chunk = int(std::min<qint64>(maxSize, 1 << 20));
        const int read = unzReadCurrentFile(m_zip, data, unsigned(chunk));
        return read < 0 ? -1 : read; // a damaged deflate stream or CRC shows as a read error
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    unzFile m_zip;
};

unzFile openZip(const QString& path)
{
    // minizip takes a narrow path; the local 8-bit encoding is what fopen() expects on POSIX.
    return unzOpen64(QFile::encodeName(path).constData());
}

} // namespace

struct ZipArchive::Private
{
    QHash<QString, QByteArray> names; // lower-case name → name as stored (writers differ in case)
    QHash<QString, qint64> sizes;
};

ZipArchive::ZipArchive(QString path) : m_path(std::move(path)), d(std::make_unique<Private>()) {}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::open()
{
    unzFile zip = openZip(m_path);
    if (!zip)
        return false;
    int status = unzGoToFirstFile(zip);
    while (status == UNZ_OK) {
        unz_file_info64 info{};
        char name[1024];
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK) {
            unzClose(zip);
            return false;
        }
        const QByteArray stored(name);
        const QString key = QString::fromUtf8(stored).toLower();
        d->names.insert(key, stored);
        d->sizes.insert(key, qint64(info.uncompressed_size));
        status = unzGoToNextFile(zip);
    }
    unzClose(zip);
    return status == UNZ_END_OF_LIST_OF_FILE && !d->names.isEmpty();
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
    unzFile zip = openZip(m_path);
    if (!zip)
        return nullptr;
    if (unzLocateFile(zip, stored->constData(), 1) != UNZ_OK || unzOpenCurrentFile(zip) != UNZ_OK) {
        unzClose(zip);
        return nullptr;
    }
    auto device = std::make_unique<EntryDevice>(zip);
    device->open(QIODevice::ReadOnly);
    return device;
}

} // namespace clientele::core::io::xlsx
