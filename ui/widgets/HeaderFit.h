#pragma once

class QHeaderView;

namespace clientele::ui {

// The width a horizontal header section needs to show its whole text with the sort indicator
// beside it (the indicator is drawn over the text's end otherwise: "2-month spen▲").
int headerSectionNeeds(const QHeaderView* header, int logicalIndex);

// Widens every section narrower than it needs; wider sections (the owner's choice) stay.
void fitHeaderSections(QHeaderView* header);

} // namespace clientele::ui
