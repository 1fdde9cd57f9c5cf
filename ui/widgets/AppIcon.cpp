#include "AppIcon.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace clientele::ui {

namespace {
QPixmap drawIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(size * 0.04, size * 0.04, size * 0.92, size * 0.92);
    QLinearGradient fill(box.topLeft(), box.bottomRight());
    fill.setColorAt(0, QColor(0x3b, 0x82, 0xf6));
    fill.setColorAt(1, QColor(0x1d, 0x4e, 0xd8));
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(box, size * 0.2, size * 0.2);
    // A "C" ring, open to the right, with a gold dot: a customer at the centre.
    QPen ring(Qt::white, size * 0.13, Qt::SolidLine, Qt::RoundCap);
    p.setPen(ring);
    p.setBrush(Qt::NoBrush);
    const QRectF arc(size * 0.24, size * 0.24, size * 0.52, size * 0.52);
    p.drawArc(arc, 45 * 16, 270 * 16);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xfb, 0xbf, 0x24));
    const double dot = size * 0.16;
    p.drawEllipse(QRectF(size * 0.5 - dot / 2, size * 0.5 - dot / 2, dot, dot));
    return pixmap;
}
} // namespace

QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(drawIcon(size));
    return icon;
}

} // namespace clientele::ui
