#include "edit/polygon_division.h"

#include <fmt/format.h>

#include "edit/planar.h"
#include "geo/geos.h"

namespace ga::edit {

Result<std::vector<geo::Geometry>> divideArea(const geo::Geometry& area, std::span<const geo::Geometry> lines,
                                              std::span<const WholeBuilding> whole,
                                              const std::function<int(geo::Point)>& classify, int partCount) {
    std::vector<geo::Geometry> linework(lines.begin(), lines.end());
    for (const WholeBuilding& w : whole)
        for (geo::Geometry& ring : ringsAsLines(*w.footprint)) linework.push_back(std::move(ring));
    auto faces = geo::cutPolygon(area, linework);
    if (!faces) return std::unexpected(faces.error());
    std::vector<std::vector<geo::Geometry>> byPart(static_cast<size_t>(partCount));
    for (geo::Geometry& face : *faces) {
        const geo::Point inside = geo::pointOnSurface(face);
        int part = -1;
        for (const WholeBuilding& w : whole)
            if (w.footprint->bounds().contains(inside) && covers(*w.footprint, inside)) {
                part = w.part;
                break;
            }
        if (part < 0) part = classify(inside);
        if (part < 0 || part >= partCount)
            return fail(fmt::format("a piece at ({:.2f} {:.2f}) belongs to no part", inside.x, inside.y));
        byPart[static_cast<size_t>(part)].push_back(std::move(face));
    }
    std::vector<geo::Geometry> parts;
    for (auto& faceSet : byPart) {
        if (faceSet.empty()) {
            parts.push_back(geo::Geometry{geo::GeomType::Polygon, {}, {}, {}});
            continue;
        }
        if (faceSet.size() == 1) {
            parts.push_back(std::move(faceSet.front()));
            continue;
        }
        auto u = geo::unionAll(faceSet);
        if (!u) return std::unexpected(u.error());
        parts.push_back(std::move(*u));
    }
    return parts;
}

}  // namespace ga::edit
