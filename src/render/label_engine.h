#pragma once
// Labels never overlap: each label is placed only when its boxes are inside the map and clear of
// every label placed before it. Callers offer labels in priority order (kLabelPriority), so a
// grid label always wins over a road name, a road name over a compound name, and so on.
#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace ga::render {

enum class LabelKind : uint8_t { Community, Grid, Road, Compound, Water, Building, Organisation };

/// Labels are placed in this order; earlier kinds win any conflict.
inline constexpr std::array<LabelKind, 7> kLabelPriority = {
    LabelKind::Community, LabelKind::Grid,     LabelKind::Road,        LabelKind::Compound,
    LabelKind::Water,     LabelKind::Building, LabelKind::Organisation};

/// One line of a straight label, or one glyph of a label set along a line.
struct LabelText {
    QString text;
    QFont font;
    QColor colour;
    QPointF centre;    ///< centre of the text's box, logical px
    double angle = 0;  ///< degrees clockwise from horizontal
    double width = 0;  ///< advance width, logical px
    double ascent = 0, descent = 0;
};

struct PlacedLabel {
    LabelKind kind = LabelKind::Grid;
    uint32_t feature = 0;  ///< index in its model layer (roads: in MapModel::roadLabelLines())
    std::vector<LabelText> parts;
    std::vector<QRectF> boxes;  ///< axis-aligned boxes the label covers, logical px
};

class LabelEngine {
public:
    /// Labels must lie inside `bounds`; boxes of different labels keep `gap` px apart.
    explicit LabelEngine(QRectF bounds, double gap = 2);

    /// True when every box lies inside the bounds and clear of all placed labels.
    bool fits(std::span<const QRectF> boxes) const;
    /// Places the label if it fits; true when placed.
    bool place(PlacedLabel label);
    /// Keeps labels out of `box` (the attribution, a legend drawn over the map).
    void reserve(const QRectF& box);
    const std::vector<PlacedLabel>& placed() const { return placed_; }
    std::vector<PlacedLabel> takePlaced() { return std::move(placed_); }

private:
    // A uniform grid of cells over the bounds; each cell lists the padded boxes that touch it.
    template <class F>
    void forCells(const QRectF& r, F&& f) const;

    QRectF bounds_;
    double gap_;
    double cell_ = 48;
    int columns_ = 1, rows_ = 1;
    std::vector<std::vector<uint32_t>> cells_;
    std::vector<QRectF> boxes_;  ///< every placed box, padded by gap / 2
    std::vector<PlacedLabel> placed_;
};

}  // namespace ga::render
