// The built sample community 友好社区 (<build>/samples/youhao.sqlite, made by the sample_youhao
// target from data/samples/youhao) keeps the design of tools/make_youhao_sample.py once imported:
// 12 grids holding 4,101 households, one grid over the range that splits in two, two neighbouring
// grids under it that merge, every building in a grid, and grids that cover the community exactly.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "geo/geometry.h"
#include "geo/geos.h"
#include "store/grid_staff.h"
#include "store/layer_reader.h"
#include "store/project.h"
#include "store/summary.h"

using namespace ga;
using namespace ga::store;

namespace {

constexpr const char* kDivision = "320623001001";

/// Opens the built sample read-only with its summary; a test stops when either fails.
class YouhaoSample : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = Project::open(GA_YOUHAO_PROJECT, true);
        ASSERT_TRUE(opened) << GA_YOUHAO_PROJECT << ": " << opened.error().message;
        project.emplace(std::move(*opened));
        auto s = summarize(*project);
        ASSERT_TRUE(s) << s.error().message;
        summary = std::move(*s);
    }
    std::optional<Project> project;
    ProjectSummary summary;
};

/// One row of a layer: the values of the asked columns and its geometry.
struct Shape {
    std::vector<std::string> values;
    geo::Geometry geometry;
};

/// The rows of a layer with the values of `keys` (empty for NULL), in row order.
std::vector<Shape> shapes(Project& p, Layer layer, const std::vector<std::string>& keys) {
    std::vector<Shape> out;
    auto reader = LayerReader::create(p, layer, Masking::Masked);
    if (!reader) {
        ADD_FAILURE() << reader.error().message;
        return out;
    }
    const auto& cols = reader->columns();
    std::vector<size_t> index;
    for (const auto& k : keys) {
        const auto at = std::find(cols.begin(), cols.end(), k);
        EXPECT_NE(at, cols.end()) << "no column " << k;
        index.push_back(static_cast<size_t>(at - cols.begin()));
    }
    ReadRow row;
    for (;;) {
        auto more = reader->next(row);
        if (!more) {
            ADD_FAILURE() << more.error().message;
            break;
        }
        if (!*more) break;
        EXPECT_TRUE(row.geometry.has_value());
        Shape shape{{}, row.geometry.value_or(geo::Geometry{})};
        for (size_t i : index) shape.values.push_back(i < row.values.size() ? row.values[i].value_or("") : "");
        out.push_back(std::move(shape));
    }
    return out;
}

/// Vertices two polygons share exactly: neighbouring grids share the vertices of their common edge.
size_t sharedVertices(const geo::Geometry& a, const geo::Geometry& b) {
    std::set<std::pair<double, double>> pa;
    for (const auto& pt : a.points) pa.insert({pt.x, pt.y});
    std::set<std::pair<double, double>> both;
    for (const auto& pt : b.points)
        if (pa.contains({pt.x, pt.y})) both.insert({pt.x, pt.y});
    return both.size();
}

}  // namespace

TEST_F(YouhaoSample, IsTheCommunityProjectWithEveryLayerImported) {
    auto& p = *project;
    EXPECT_EQ(p.settings().srid, 4549);
    EXPECT_EQ(p.settings().division, kDivision);
    EXPECT_EQ(p.settings().name, "友好社区");
    const auto& s = summary;
    // The counts the generator writes: an import that drops rows fails here.
    EXPECT_EQ(s.count("communities"), 1);
    EXPECT_EQ(s.count("grids"), 12);
    EXPECT_EQ(s.count("compounds"), 3);
    EXPECT_EQ(s.count("buildings"), 346);
    EXPECT_EQ(s.count("roads"), 18);
    EXPECT_EQ(s.count("water"), 3);
    EXPECT_EQ(s.count("organisations"), 150);
    EXPECT_EQ(s.count("staff"), 30);
    EXPECT_EQ(s.count("issues"), 1100);
    EXPECT_EQ(s.count("households"), 4101);
}

TEST_F(YouhaoSample, NumbersItsTwelveGridsAfterTheCommunityCode) {
    const auto& s = summary;
    ASSERT_EQ(s.grids.size(), 12u);
    for (size_t i = 0; i < s.grids.size(); ++i) EXPECT_EQ(s.grids[i].code, fmt::format("{}{:03}", kDivision, i + 1));
}

TEST_F(YouhaoSample, CountsEveryRegisteredHouseholdInAGrid) {
    const auto& s = summary;
    long long total = 0;
    for (const auto& g : s.grids) {
        total += g.households;
        EXPECT_NE(g.source, HouseholdSource::None) << g.code;
    }
    EXPECT_EQ(total, 4101);
    EXPECT_EQ(total, s.count("households"));
}

TEST_F(YouhaoSample, HasOneGridOverTheRangeThatSplitsIntoTwoInRange) {
    auto& p = *project;
    const auto& s = summary;
    const auto& range = p.settings().range;
    std::vector<GridCount> over;
    for (const auto& g : s.grids)
        if (g.status == RangeStatus::Over) over.push_back(g);
    ASSERT_EQ(over.size(), 1u);
    EXPECT_EQ(over[0].code, fmt::format("{}006", kDivision));
    EXPECT_GE(over[0].households, 650);
    EXPECT_LE(over[0].households, 900);
    EXPECT_GE(over[0].households, 2 * range.min);
    EXPECT_LE(over[0].households, 2 * range.max);
}

TEST_F(YouhaoSample, SplitsTheOverGridAlongACompoundRoadWithoutCuttingABuilding) {
    auto& p = *project;
    const std::string over = fmt::format("{}006", kDivision);
    std::vector<Shape> buildings;
    for (auto& b : shapes(p, Layer::Buildings, {"grid", "households"}))
        if (b.values[0] == over) buildings.push_back(std::move(b));
    ASSERT_FALSE(buildings.empty());
    // The compound road that splits the grid: every building wholly on one side of its line, both
    // sides in range.
    bool found = false;
    for (const auto& road : shapes(p, Layer::Roads, {"class"})) {
        if (road.values[0] != "小区道路" || road.geometry.points.size() < 2) continue;
        const geo::Point a = road.geometry.points.front(), b = road.geometry.points.back();
        auto side = [&](geo::Point q) { return (b.x - a.x) * (q.y - a.y) - (b.y - a.y) * (q.x - a.x); };
        long long left = 0, right = 0;
        bool cut = false;
        for (const auto& bld : buildings) {
            const auto [lo, hi] = std::minmax_element(bld.geometry.points.begin(), bld.geometry.points.end(),
                                                      [&](geo::Point u, geo::Point v) { return side(u) < side(v); });
            if (side(*lo) < 0 && side(*hi) > 0) cut = true;
            (side(*lo) >= 0 ? left : right) += std::stoll(bld.values[1].empty() ? "0" : bld.values[1]);
        }
        const auto& range = p.settings().range;
        if (!cut && range.classify(left) == RangeStatus::In && range.classify(right) == RangeStatus::In) found = true;
    }
    EXPECT_TRUE(found) << "no compound road splits grid " << over << " into two parts in range";
}

TEST_F(YouhaoSample, HasTwoNeighbouringGridsUnderTheRangeThatMergeInRange) {
    auto& p = *project;
    const auto& s = summary;
    std::vector<GridCount> under;
    for (const auto& g : s.grids)
        if (g.status == RangeStatus::Under) under.push_back(g);
    ASSERT_EQ(under.size(), 2u);
    EXPECT_EQ(p.settings().range.classify(under[0].households + under[1].households), RangeStatus::In);

    const auto grids = shapes(p, Layer::Grids, {"code"});
    auto shape = [&](const std::string& code) {
        auto it = std::find_if(grids.begin(), grids.end(), [&](const Shape& g) { return g.values[0] == code; });
        return it == grids.end() ? geo::Geometry{} : it->geometry;
    };
    EXPECT_GE(sharedVertices(shape(under[0].code), shape(under[1].code)), 2u)
        << under[0].code << " and " << under[1].code << " do not share an edge";
}

TEST_F(YouhaoSample, LinksEveryBuildingToAGrid) {
    const auto& s = summary;
    long long linked = 0;
    for (const auto& g : s.grids) {
        EXPECT_GT(g.buildings, 0) << g.code;
        linked += g.buildings;
    }
    EXPECT_EQ(linked, s.count("buildings"));
}

TEST_F(YouhaoSample, GridsCoverTheCommunityWithoutGapsOrOverlaps) {
    auto& p = *project;
    const auto community = shapes(p, Layer::Communities, {"code"});
    const auto grids = shapes(p, Layer::Grids, {"code"});
    ASSERT_EQ(community.size(), 1u);
    ASSERT_EQ(grids.size(), 12u);
    std::vector<geo::Geometry> polys;
    double sum = 0;
    for (const auto& g : grids) {
        polys.push_back(g.geometry);
        sum += geo::area(g.geometry);
    }
    auto all = geo::unionAll(polys);
    ASSERT_TRUE(all) << all.error().message;
    const double communityArea = geo::area(community[0].geometry);
    EXPECT_NEAR(communityArea, 1.4e6, 0.05e6);
    EXPECT_NEAR(geo::area(*all), communityArea, 1.0);  // no gap
    EXPECT_NEAR(sum, geo::area(*all), 1.0);            // no overlap
    auto gap = geo::difference(community[0].geometry, *all);
    ASSERT_TRUE(gap) << gap.error().message;
    EXPECT_LT(geo::area(*gap), 1.0);
    // Neighbours share their boundary vertex for vertex: 17 pairs of grids share an edge.
    int neighbours = 0;
    for (size_t i = 0; i < grids.size(); ++i)
        for (size_t j = i + 1; j < grids.size(); ++j)
            if (sharedVertices(grids[i].geometry, grids[j].geometry) >= 2) ++neighbours;
    EXPECT_EQ(neighbours, 17);
}

TEST_F(YouhaoSample, GivesEveryGridALeaderAndLacksExactlyOnePhoto) {
    auto& p = *project;
    auto staff = allStaff(p);
    ASSERT_TRUE(staff) << staff.error().message;
    std::set<std::string> gridsWithLeader;
    int withoutPhoto = 0;
    for (const auto& m : *staff) {
        if (m.role == "网格长") gridsWithLeader.insert(m.grid);
        if (!m.hasPhoto) ++withoutPhoto;
    }
    EXPECT_EQ(gridsWithLeader.size(), 12u);
    EXPECT_EQ(withoutPhoto, 1);
}
