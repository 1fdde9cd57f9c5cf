#include "HeaderFit.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionHeader>

#include <algorithm>

namespace clientele::ui {

int headerSectionNeeds(const QHeaderView* header, int logicalIndex)
{
    if (!header->model())
        return 0;
    QStyleOptionHeader option;
    option.initFrom(header);
    option.orientation = header->orientation();
    option.section = logicalIndex;
    option.text = header->model()->headerData(logicalIndex, header->orientation(), Qt::DisplayRole).toString();
    option.sortIndicator = QStyleOptionHeader::SortDown;
    const QStyle* style = header->style();
    const QSize fromStyle = style->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header);
    // Some styles leave the indicator out of the size: text, the mark and a margin on each side of both.
    const int margin = style->pixelMetric(QStyle::PM_HeaderMargin, &option, header);
    const int mark = style->pixelMetric(QStyle::PM_HeaderMarkSize, &option, header);
    const int byParts = header->fontMetrics().horizontalAdvance(option.text) + mark + 4 * margin;
    return std::max(fromStyle.width(), byParts);
}

void fitHeaderSections(QHeaderView* header)
{
    if (!header->model() || header->orientation() != Qt::Horizontal)
        return;
    for (int section = 0; section < header->count(); ++section) {
        const int needed = headerSectionNeeds(header, section);
        if (header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
}

} // namespace clientele::ui
