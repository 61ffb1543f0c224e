#pragma once
// Issues as symbols on the map, following the Issues dock's filters: a colour per category, and
// the state in the shape — a filled disc while the issue is being handled, a red ring around it
// when it is overdue, a hollow ring once it is closed. Zoomed out they become dots.
#include <QColor>
#include <QString>
#include <memory>
#include <vector>

#include "analysis/issue_filter.h"
#include "analysis/issue_table.h"
#include "render/map_overlay.h"

namespace ga::render {

/// The colour of category `index` of an IssueTable (the ledger's eight, then others).
QColor issueCategoryColour(size_t index);

class IssueSymbolsLayer : public MapOverlay {
public:
    /// `legend`: the key to the symbols' shapes shown under the category colours ("" for no legend).
    IssueSymbolsLayer(std::shared_ptr<const analysis::IssueTable> table, const analysis::IssueFilter& filter,
                      QString legend = QStringLiteral("○ 已办结  ● 办理中  ◉ 超期"));

    void draw(QPainter& painter, const MapView& view, std::stop_token stop) const override;
    /// How many issues the layer shows (passing the filter, with a location).
    size_t count() const { return count_; }

private:
    std::shared_ptr<const analysis::IssueTable> table_;
    std::vector<uint8_t> shown_;  // per table row: 0 hidden, 1 open, 2 overdue, 3 finished
    size_t count_ = 0;
    QString legend_;
};

}  // namespace ga::render
