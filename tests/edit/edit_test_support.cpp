#include "edit_test_support.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cmath>

#include "edit/planar.h"
#include "edit/validation.h"

namespace ga::edit::test {

namespace fs = std::filesystem;

void SampleTest::SetUp() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir =
        fs::temp_directory_path() / fmt::format("ga_edit_{}_{}_{}", ::getpid(), info->test_suite_name(), info->name());
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path copy = dir / "youhao.sqlite";
    fs::copy_file(GA_YOUHAO_PROJECT, copy);
    auto p = store::Project::open(copy.string());
    ASSERT_TRUE(p) << p.error().message;
    project.emplace(std::move(*p));
    reload();
}

void SampleTest::TearDown() {
    ws.reset();
    project.reset();
    fs::remove_all(dir);
}

void SampleTest::reload() {
    auto w = Workspace::load(*project);
    ASSERT_TRUE(w) << w.error().message;
    ws.emplace(std::move(*w));
}

int64_t SampleTest::commit(const Result<EditPlan>& plan) {
    EXPECT_TRUE(plan) << plan.error().message;
    if (!plan) return 0;
    auto id = commitPlan(*project, *ws, *plan, "tester");
    EXPECT_TRUE(id) << id.error().message;
    return id ? *id : 0;
}

const store::EditGrid& SampleTest::grid(const std::string& code) const {
    const auto slot = ws->gridByCode(code);
    EXPECT_TRUE(slot) << "no grid " << code;
    static const store::EditGrid none;
    return slot ? ws->grids()[*slot] : none;
}

Snapshot snapshot(store::Project& project) {
    Snapshot out;
    struct Table {
        const char* name;
        const char* sql;
        int columns;
    };
    const Table tables[] = {
        {"grids", "SELECT id, code, name, community, population, start_date, notes, hex(geom) FROM grids ORDER BY id",
         8},
        {"buildings", "SELECT id, grid, households, hex(geom) FROM buildings ORDER BY id", 4},
        {"issues", "SELECT id, grid FROM issues ORDER BY id", 2},
        {"household_links",
         "SELECT household, building, level, confidence, reason, method FROM household_links ORDER BY household", 6},
        {"staff", "SELECT id, grid FROM staff ORDER BY id", 2},
        {"review_queue", "SELECT household, reason, level FROM review_queue ORDER BY household", 3},
        {"review_candidates",
         "SELECT household, rank, building, confidence FROM review_candidates ORDER BY household, rank", 4},
    };
    for (const Table& t : tables) {
        auto st = project.db().prepare(t.sql);
        EXPECT_TRUE(st) << st.error().message;
        if (!st) continue;
        auto& rows = out[t.name];
        for (;;) {
            auto row = st->step();
            if (!row || !*row) break;
            std::string text;
            for (int c = 0; c < t.columns; ++c) text += st->optText(c).value_or("∅") + "|";
            rows.push_back(std::move(text));
        }
    }
    return out;
}

geo::Geometry polygon(std::vector<geo::Point> corners) {
    const std::vector<std::vector<geo::Point>> rings = {std::move(corners)};
    return geo::Geometry::polygon(rings);
}

geo::Geometry line(std::vector<geo::Point> points) { return geo::Geometry::lineString(points); }

CoverageFigures coverage(const Workspace& ws) {
    CoverageFigures f;
    for (const auto& g : ws.grids()) f.gridArea += stableArea(g.geometry);
    auto report = validate(ws);
    EXPECT_TRUE(report) << report.error().message;
    if (!report) return f;
    for (const Violation& v : report->violations) {
        if (v.rule == "gap") f.gapArea += v.area, ++f.gaps;
        if (v.rule == "overlap") f.overlapArea += v.area, ++f.overlaps;
        if (v.rule == "cut_building") ++f.cutBuildings;
    }
    return f;
}

geo::Geometry innerRoadLine(const Workspace& ws) {
    // Road 14 of the sample: unnamed, inside grid 006, running north–south.
    const auto slot = ws.gridByCode(kGrid006);
    EXPECT_TRUE(slot);
    const geo::Box box = ws.grids()[*slot].geometry.bounds();
    for (uint32_t r : ws.roadsInBox(box)) {
        const auto& road = ws.roads()[r];
        const geo::Box rb = road.geometry.bounds();
        if (!road.name.empty() || rb.height() < 300 || rb.width() > 60) continue;
        const auto pts = road.geometry.ring(0);
        const geo::Point a = pts.front(), b = pts.back();
        const double dx = b.x - a.x, dy = b.y - a.y, len = std::hypot(dx, dy);
        return line({{a.x - 30 * dx / len, a.y - 30 * dy / len}, {b.x + 30 * dx / len, b.y + 30 * dy / len}});
    }
    ADD_FAILURE() << "no north-south road in grid 006";
    return {};
}

}  // namespace ga::edit::test
