#include "edit/split.h"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "core/grid_code.h"
#include "core/json_writer.h"
#include "edit/grid_names.h"
#include "edit/plan_builder.h"
#include "edit/planar.h"
#include "edit/polygon_division.h"
#include "edit/shared_vertices.h"
#include "geo/geos.h"
#include "geo/wkt.h"
#include "store/grid_edits.h"

namespace ga::edit {
namespace {

// A building is cut when its second-largest share is more than this (m²) and more than a
// thousandth of it: a line along a wall leaves shares of numeric noise only.
constexpr double kCutArea = 0.01;

bool isCut(double second, double area) { return second > kCutArea && second > 1e-3 * area; }

// The piece covering `p` (first match), -1 when none.
int pieceAt(const std::vector<geo::Geometry>& pieces, geo::Point p) {
    for (size_t i = 0; i < pieces.size(); ++i)
        if (pieces[i].bounds().contains(p) && covers(pieces[i], p, 1e-7)) return static_cast<int>(i);
    return -1;
}

Result<void> checkLine(const geo::Geometry& line) {
    if (line.type != geo::GeomType::LineString || line.ringCount() != 1)
        return fail(fmt::format("拆分线须是一条折线（LINESTRING），不是 {}", geo::typeName(line.type)));
    const auto pts = line.ring(0);
    if (pts.size() < 2 || line.bounds().width() + line.bounds().height() == 0)
        return fail("拆分线至少需要两个不同的点");
    if (selfIntersects(pts)) return fail("拆分线自相交：请画一条不与自身交叉的线");
    return {};
}

}  // namespace

Result<SplitPreview> previewSplit(const Workspace& ws, const std::string& code, const geo::Geometry& line) {
    const auto slot = ws.gridByCode(code);
    if (!slot) return fail(fmt::format("没有编码为 {} 的现行网格", code));
    if (auto ok = checkLine(line); !ok) return std::unexpected(ok.error());
    const geo::Geometry& grid = ws.grids()[*slot].geometry;
    auto pieces = geo::cutPolygon(grid, std::span<const geo::Geometry>(&line, 1));
    if (!pieces) return std::unexpected(pieces.error());
    if (pieces->size() < 2) return fail(fmt::format("拆分线没有把网格 {} 分开：线须从网格的一边穿到另一边", code));
    SplitPreview out;
    out.pieces = std::move(*pieces);
    out.households.assign(out.pieces.size(), 0);
    const geo::Box lineBox = line.bounds();
    for (uint32_t b : ws.buildingsOfGrid(code)) {
        const store::EditBuilding& building = ws.buildings()[b];
        out.buildings.push_back(b);
        int piece = -1;
        if (!building.geometry.bounds().intersects(lineBox) || !lineMeetsPolygonInterior(line, building.geometry)) {
            // Not crossed: wholly in the piece holding any of its corners.
            for (const geo::Point& p : building.geometry.points)
                if ((piece = pieceAt(out.pieces, p)) >= 0) break;
        } else {
            std::vector<double> shares(out.pieces.size());
            for (size_t i = 0; i < out.pieces.size(); ++i)
                shares[i] = geo::intersectionArea(building.geometry, out.pieces[i]);
            const auto best = std::max_element(shares.begin(), shares.end());
            piece = *best > 0 ? static_cast<int>(best - shares.begin()) : -1;
            std::vector<double> sorted = shares;
            std::sort(sorted.rbegin(), sorted.rend());
            if (sorted.size() > 1 && isCut(sorted[1], stableArea(building.geometry))) out.cutBuildings.push_back(b);
        }
        out.buildingPiece.push_back(piece);
        if (piece >= 0) out.households[static_cast<size_t>(piece)] += building.households;
    }
    for (long long n : out.households) out.status.push_back(ws.range().classify(n));
    return out;
}

Result<EditPlan> planSplit(store::Project& project, const Workspace& ws, const std::string& code,
                           const geo::Geometry& line) {
    auto preview = previewSplit(ws, code, line);
    if (!preview) return std::unexpected(preview.error());
    const size_t slot = *ws.gridByCode(code);
    const store::EditGrid& grid = ws.grids()[slot];
    const size_t k = preview->pieces.size();

    // Bend the boundary around the buildings the line cuts.
    std::vector<geo::Geometry> parts;
    if (preview->cutBuildings.empty()) {
        parts = preview->pieces;
    } else {
        std::vector<WholeBuilding> whole;
        for (uint32_t b : preview->cutBuildings) {
            const auto at =
                std::find(preview->buildings.begin(), preview->buildings.end(), b) - preview->buildings.begin();
            whole.push_back({&ws.buildings()[b].geometry, preview->buildingPiece[static_cast<size_t>(at)]});
        }
        auto divided = divideArea(
            grid.geometry, std::span<const geo::Geometry>(&line, 1), whole,
            [&](geo::Point p) { return pieceAt(preview->pieces, p); }, static_cast<int>(k));
        if (!divided) return std::unexpected(divided.error());
        parts = std::move(*divided);
    }
    for (size_t i = 0; i < k; ++i) {
        const double a = stableArea(parts[i]);
        if (parts[i].isEmpty() || a < kMinPartArea)
            return fail(fmt::format("拆分会留下一块空的或过小的部分（{:.2f} m²），未执行", a));
        if (parts[i].partCount() != 1)
            return fail(fmt::format("拆分后第 {} 部分会分成 {} 块（绕开被切楼栋所致），请换一条线", i + 1,
                                    parts[i].partCount()));
    }

    // The part with most households (then the larger area) keeps the code.
    std::vector<size_t> order(k);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (preview->households[a] != preview->households[b]) return preview->households[a] > preview->households[b];
        return stableArea(parts[a]) > stableArea(parts[b]);
    });
    std::string community =
        code.size() == 15 && isCommunityCode(std::string_view(code).substr(0, 12)) ? code.substr(0, 12) : "";
    std::string communityName = grid.community;
    if (const auto c = ws.communityOfGrid(slot)) {
        if (community.empty()) community = ws.communities()[*c].code;
        communityName = ws.communities()[*c].name;
    }
    auto first = store::nextGridCode(project, community);
    if (!first) return std::unexpected(first.error());
    const int firstSeq = GridCode::parse(*first)->sequence();

    EditPlan plan;
    plan.action = "split";
    PlanBuilder builder(project, ws);
    std::vector<std::string> codes(k);
    codes[order[0]] = code;
    builder.setGridGeometry(slot, parts[order[0]]);
    builder.setGridAttribute(slot, "start_date", today());
    for (size_t r = 1; r < k; ++r) {
        const int seq = firstSeq + static_cast<int>(r) - 1;
        auto made = GridCode::make(community, seq);
        if (!made) return fail(fmt::format("社区 {} 已没有可用的网格编码", community));
        codes[order[r]] = made->str();
        auto added = builder.addGrid(codes[order[r]], gridNameFor(grid.name, communityName, seq), grid.community,
                                     parts[order[r]]);
        if (!added) return std::unexpected(added.error());
    }
    // Where the new boundary meets the grid's edge, the neighbours get the same vertices.
    std::vector<geo::Point> added;
    for (const geo::Geometry& p : parts)
        for (const geo::Point& v : verticesNotIn(p, grid.geometry)) added.push_back(v);
    const size_t skip[] = {slot};
    builder.insertIntoNeighbours(added, skip);
    for (size_t i = 0; i < preview->buildings.size(); ++i)
        if (preview->buildingPiece[i] >= 0)
            builder.relinkBuilding(preview->buildings[i], codes[static_cast<size_t>(preview->buildingPiece[i])]);
    std::vector<PlannedGrid> planned;
    for (size_t i = 0; i < k; ++i)
        planned.push_back({codes[i], parts[i], preview->households[i], preview->status[i], i != order[0]});
    const std::string from[] = {code};
    if (auto r = builder.relinkIssues(from, planned); !r) return std::unexpected(r.error());
    if (auto r = builder.finish(plan); !r) return std::unexpected(r.error());
    if (auto r = applyRangePolicy(ws, plan, RangeCheck::Results); !r) return std::unexpected(r.error());

    std::string partsText;
    JsonWriter j;
    j.beginObject().field("grid", code).field("line", geo::toWkt(line, 3)).key("parts").beginArray();
    for (size_t r = 0; r < k; ++r) {
        const size_t i = order[r];
        partsText += fmt::format("{}{}（{} 户）", r ? " + " : "", codes[i], preview->households[i]);
        j.beginObject()
            .field("code", codes[i])
            .field("households", static_cast<long long>(preview->households[i]))
            .field("area_m2", stableArea(parts[i]))
            .endObject();
    }
    j.endArray().key("cut_buildings").beginArray();
    for (uint32_t b : preview->cutBuildings) j.value(static_cast<long long>(ws.buildings()[b].id));
    j.endArray().endObject();
    plan.target = code;
    plan.summary = fmt::format("拆分网格 {}：{}", code, partsText);
    plan.detail = j.str();
    return plan;
}

}  // namespace ga::edit
