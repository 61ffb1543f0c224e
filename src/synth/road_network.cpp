#include "synth/road_network.h"

#include <algorithm>

namespace ga::synth {
namespace {

constexpr int kSegment = 24;              // a road keeps its name for this many cells
constexpr int kDoorsPerCell = 20;         // door numbers a cell owns along a road (both sides)
constexpr double kRiverHalfWidth = 5;     // metres
constexpr uint8_t kRoad = 1, kRiver = 2;

// Boundary levels of a lattice edge: 3 district or street, 2 community, 1 grid, 0 none.
class CellLabels {
public:
    explicit CellLabels(const DistrictPlan& plan) : columns_(plan.lattice.columns()), rows_(plan.lattice.rows()) {
        labels_.assign(static_cast<size_t>(columns_) * rows_, {-1, -1, -1});
        int grid = 0;
        for (size_t c = 0; c < plan.communities.size(); ++c)
            for (const GridPlan& g : plan.communities[c].grids) {
                for (int y = g.cells.y0; y < g.cells.y1; ++y)
                    for (int x = g.cells.x0; x < g.cells.x1; ++x)
                        labels_[static_cast<size_t>(y) * columns_ + x] = {static_cast<int>(plan.communities[c].street),
                                                                          static_cast<int>(c), grid};
                ++grid;
            }
    }
    int horizontalLevel(int i, int j) const { return level(i, j - 1, i, j); }
    int verticalLevel(int i, int j) const { return level(i - 1, j, i, j); }

private:
    struct Label {
        int street, community, grid;
    };
    const Label* at(int x, int y) const {
        if (x < 0 || y < 0 || x >= columns_ || y >= rows_) return nullptr;
        return &labels_[static_cast<size_t>(y) * columns_ + x];
    }
    int level(int xa, int ya, int xb, int yb) const {
        const Label *a = at(xa, ya), *b = at(xb, yb);
        if (!a || !b || a->street != b->street) return 3;
        if (a->community != b->community) return 2;
        return a->grid != b->grid ? 1 : 0;
    }
    int columns_, rows_;
    std::vector<Label> labels_;
};

// The longest run of community-or-higher boundary edges along one line; `levelAt(line, k)`.
struct Run {
    int line = 0, first = 0, last = 0;  // edges [first, last)
    int score = -1;
};

template <class LevelAt>
Run bestRiverRun(int lines, int edges, LevelAt levelAt) {
    Run best;
    for (int line = 0; line < lines; ++line) {
        int k = 0;
        while (k < edges) {
            if (levelAt(line, k) < 2) {
                ++k;
                continue;
            }
            int end = k, score = 0;
            while (end < edges && levelAt(line, end) >= 2) score += levelAt(line, end++) == 3 ? 3 : 1;
            // Prefer a river between streets inside the district to one along its outline.
            if (line == 0 || line == lines - 1) score /= 2;
            if (score > best.score) best = {line, k, end, score};
            k = end;
        }
    }
    return best;
}

std::string_view roadClass(int streetEdges, int communityEdges, int edges) {
    if (streetEdges * 2 >= edges) return "主干路";
    if ((streetEdges + communityEdges) * 2 >= edges) return "次干路";
    return "支路";
}

}  // namespace

RoadNetwork RoadNetwork::build(const DistrictPlan& plan, NamePool& names) {
    const Lattice& lattice = plan.lattice;
    RoadNetwork net;
    const int w = net.columns_ = lattice.columns();
    const int h = net.rows_ = lattice.rows();
    const CellLabels labels(plan);
    net.horizontal_.assign(static_cast<size_t>(h + 1) * w, 0);
    net.vertical_.assign(static_cast<size_t>(h) * (w + 1), 0);
    auto hKind = [&](int i, int j) -> uint8_t& { return net.horizontal_[static_cast<size_t>(j) * w + i]; };
    auto vKind = [&](int i, int j) -> uint8_t& { return net.vertical_[static_cast<size_t>(j) * (w + 1) + i]; };

    // One river north–south and one east–west, each along the longest stretch of boundaries.
    const Run vRiver = bestRiverRun(w + 1, h, [&](int i, int j) { return labels.verticalLevel(i, j); });
    const Run hRiver = bestRiverRun(h + 1, w, [&](int j, int i) { return labels.horizontalLevel(i, j); });
    if (vRiver.score >= 0) {
        for (int j = vRiver.first; j < vRiver.last; ++j) vKind(vRiver.line, j) = kRiver;
        std::vector<geo::Point> ring;
        for (int j = vRiver.first; j <= vRiver.last; ++j) {
            const geo::Point p = lattice.at(vRiver.line, j);
            ring.push_back({p.x - kRiverHalfWidth, p.y});
        }
        for (int j = vRiver.last; j >= vRiver.first; --j) {
            const geo::Point p = lattice.at(vRiver.line, j);
            ring.push_back({p.x + kRiverHalfWidth, p.y});
        }
        const std::vector<std::vector<geo::Point>> rings{ring};
        net.rivers_.push_back({names.river(), "河流", geo::Geometry::polygon(rings)});
    }
    if (hRiver.score >= 0) {
        std::vector<geo::Point> ring;
        for (int i = hRiver.first; i < hRiver.last; ++i) hKind(i, hRiver.line) = kRiver;
        for (int i = hRiver.first; i <= hRiver.last; ++i) {
            const geo::Point p = lattice.at(i, hRiver.line);
            ring.push_back({p.x, p.y - kRiverHalfWidth});
        }
        for (int i = hRiver.last; i >= hRiver.first; --i) {
            const geo::Point p = lattice.at(i, hRiver.line);
            ring.push_back({p.x, p.y + kRiverHalfWidth});
        }
        const std::vector<std::vector<geo::Point>> rings{ring};
        net.rivers_.push_back({names.river(), "河流", geo::Geometry::polygon(rings)});
    }

    // Roads on every boundary and every second lattice line, where no river runs.
    for (int j = 0; j <= h; ++j)
        for (int i = 0; i < w; ++i)
            if (hKind(i, j) != kRiver && (labels.horizontalLevel(i, j) >= 1 || j % 2 == 0)) hKind(i, j) = kRoad;
    for (int j = 0; j < h; ++j)
        for (int i = 0; i <= w; ++i)
            if (vKind(i, j) != kRiver && (labels.verticalLevel(i, j) >= 1 || i % 2 == 0)) vKind(i, j) = kRoad;

    // A name per line and segment, north to south then west to east: deterministic.
    net.horizontalSegments_ = (w + kSegment - 1) / kSegment;
    net.verticalSegments_ = (h + kSegment - 1) / kSegment;
    for (int j = 0; j <= h; ++j)
        for (int s = 0; s < net.horizontalSegments_; ++s) net.horizontalNames_.push_back(names.road());
    for (int i = 0; i <= w; ++i)
        for (int s = 0; s < net.verticalSegments_; ++s) net.verticalNames_.push_back(names.road());

    // Road features: runs of road edges along a line, split where the name changes.
    auto emit = [&](int lineEdges, auto kindAt, auto levelAt, auto pointAt, auto nameAt) {
        int k = 0;
        while (k < lineEdges) {
            if (kindAt(k) != kRoad) {
                ++k;
                continue;
            }
            const int segmentEnd = std::min(lineEdges, (k / kSegment + 1) * kSegment);
            int end = k, streetEdges = 0, communityEdges = 0;
            std::vector<geo::Point> pts{pointAt(k)};
            while (end < segmentEnd && kindAt(end) == kRoad) {
                const int level = levelAt(end);
                streetEdges += level == 3;
                communityEdges += level == 2;
                pts.push_back(pointAt(++end));
            }
            net.roads_.push_back({nameAt(k), std::string(roadClass(streetEdges, communityEdges, end - k)),
                                  geo::Geometry::lineString(pts)});
            k = end;
        }
    };
    for (int j = 0; j <= h; ++j)
        emit(
            w, [&](int i) { return hKind(i, j); }, [&](int i) { return labels.horizontalLevel(i, j); },
            [&](int i) { return lattice.at(i, j); }, [&](int i) { return net.horizontalName(i, j); });
    for (int i = 0; i <= w; ++i)
        emit(
            h, [&](int j) { return vKind(i, j); }, [&](int j) { return labels.verticalLevel(i, j); },
            [&](int j) { return lattice.at(i, j); }, [&](int j) { return net.verticalName(i, j); });
    return net;
}

const std::string& RoadNetwork::horizontalName(int i, int j) const {
    return horizontalNames_[static_cast<size_t>(j) * horizontalSegments_ + i / kSegment];
}

const std::string& RoadNetwork::verticalName(int i, int j) const {
    return verticalNames_[static_cast<size_t>(i) * verticalSegments_ + j / kSegment];
}

std::vector<Frontage> RoadNetwork::frontages(int x, int y) const {
    std::vector<Frontage> out;
    const int alongX = (x % kSegment) * kDoorsPerCell, alongY = (y % kSegment) * kDoorsPerCell;
    // The cell lies south of the road on its north edge: odd numbers; north of the one on its south edge: even.
    if (horizontal(x, y) == kRoad) out.push_back({&horizontalName(x, y), Side::North, alongX + 1});
    if (horizontal(x, y + 1) == kRoad) out.push_back({&horizontalName(x, y + 1), Side::South, alongX + 2});
    if (vertical(x, y) == kRoad) out.push_back({&verticalName(x, y), Side::West, alongY + 1});
    if (vertical(x + 1, y) == kRoad) out.push_back({&verticalName(x + 1, y), Side::East, alongY + 2});
    if (out.empty()) out.push_back({&horizontalName(x, y), Side::North, alongX + 1});
    return out;
}

}  // namespace ga::synth
