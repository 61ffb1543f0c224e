#include "synth/district_generator.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <unordered_map>

#include "core/grid_code.h"
#include "geo/geos.h"
#include "geo/spatial_index.h"
#include "store/layer_reader.h"
#include "store/summary.h"

using namespace ga;
namespace fs = std::filesystem;

namespace {

constexpr long long kHouseholds = 20000;

fs::path tempPath(const std::string& name) {
    return fs::temp_directory_path() / ("ga_synth_" + std::to_string(::getpid()) + "_" + name);
}

void removeProject(const fs::path& p) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(p.string() + suffix);
}

// A layer read into memory: column values by name, and geometries.
struct Table {
    std::vector<std::string> columns;
    std::vector<store::ReadRow> rows;
    size_t column(std::string_view name) const {
        for (size_t i = 0; i < columns.size(); ++i)
            if (columns[i] == name) return i;
        throw std::runtime_error("no column " + std::string(name));
    }
    std::string text(size_t row, std::string_view name) const { return rows[row].values[column(name)].value_or(""); }
};

Table read(store::Project& p, store::Layer layer) {
    auto r = store::LayerReader::create(p, layer, store::Masking::Unmasked);
    if (!r) throw std::runtime_error(r.error().message);
    Table t{r->columns(), {}};
    store::ReadRow row;
    for (;;) {
        auto more = r->next(row);
        if (!more) throw std::runtime_error(more.error().message);
        if (!*more) break;
        t.rows.push_back(row);
    }
    return t;
}

// One 20k-household district shared by the tests below.
class SynthDistrict : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        path_ = new fs::path(tempPath("district.sqlite"));
        truth_ = new fs::path(tempPath("truth.csv"));
        removeProject(*path_);
        synth::SynthOptions o;
        o.households = kHouseholds;
        o.seed = 2024;
        o.truthPath = truth_->string();
        auto report = synth::generateDistrict(path_->string(), o);
        ASSERT_TRUE(report) << report.error().message;
        report_ = new synth::SynthReport(*report);
        auto p = store::Project::open(path_->string(), true);
        ASSERT_TRUE(p) << p.error().message;
        project_ = new store::Project(std::move(*p));
    }
    static void TearDownTestSuite() {
        delete project_;
        delete report_;
        removeProject(*path_);
        fs::remove(*truth_);
        delete path_;
        delete truth_;
    }
    static store::Project& project() { return *project_; }
    static inline fs::path* path_ = nullptr;
    static inline fs::path* truth_ = nullptr;
    static inline synth::SynthReport* report_ = nullptr;
    static inline store::Project* project_ = nullptr;
};

std::string digest(store::Project& p) {
    std::string all;
    const Table h = read(p, store::Layer::Households);
    for (size_t i = 0; i < h.rows.size(); ++i)
        all += h.text(i, "household_id") + h.text(i, "address") + h.text(i, "id_number") + "\n";
    const Table b = read(p, store::Layer::Buildings);
    for (const auto& row : b.rows)
        for (const geo::Point& pt : row.geometry->points) all += std::to_string(pt.x) + "," + std::to_string(pt.y) + ";";
    return std::to_string(std::hash<std::string>{}(all)) + "/" + std::to_string(all.size());
}

}  // namespace

TEST_F(SynthDistrict, HoldsExactlyTheHouseholdsAskedFor) {
    auto s = store::summarize(project());
    ASSERT_TRUE(s);
    EXPECT_EQ(s->count("households"), kHouseholds);
    long long inGrids = 0;
    for (const auto& g : s->grids) inGrids += g.households;
    EXPECT_EQ(inGrids, kHouseholds);
    EXPECT_EQ(report_->households, kHouseholds);
    EXPECT_EQ(s->count("issues"), kHouseholds / 2);
    EXPECT_EQ(s->count("buildings"), report_->buildings);
}

TEST_F(SynthDistrict, GridsCoverEachCommunityWithoutGapsOrOverlaps) {
    const Table communities = read(project(), store::Layer::Communities);
    const Table grids = read(project(), store::Layer::Grids);
    std::map<std::string, std::vector<geo::Geometry>> byCommunity;
    for (size_t i = 0; i < grids.rows.size(); ++i) byCommunity[grids.text(i, "community")].push_back(*grids.rows[i].geometry);
    ASSERT_EQ(byCommunity.size(), communities.rows.size());
    for (size_t i = 0; i < communities.rows.size(); ++i) {
        const geo::Geometry& c = *communities.rows[i].geometry;
        const auto& parts = byCommunity[communities.text(i, "code")];
        ASSERT_FALSE(parts.empty());
        double sum = 0;
        for (const auto& g : parts) sum += geo::area(g);
        EXPECT_NEAR(sum, geo::area(c), 1e-6 * geo::area(c)) << "overlapping grids in " << communities.text(i, "code");
        auto u = geo::unionAll(parts);
        ASSERT_TRUE(u) << u.error().message;
        auto gaps = geo::difference(c, *u);
        auto outside = geo::difference(*u, c);
        ASSERT_TRUE(gaps && outside);
        EXPECT_LT(geo::area(*gaps), 1e-6) << communities.text(i, "code");
        EXPECT_LT(geo::area(*outside), 1e-6) << communities.text(i, "code");
    }
}

TEST_F(SynthDistrict, EveryBuildingLiesWhollyInExactlyOneGrid) {
    const Table grids = read(project(), store::Layer::Grids);
    const Table buildings = read(project(), store::Layer::Buildings);
    std::vector<geo::Box> boxes;
    std::vector<geo::PreparedPolygon> prepared;
    std::unordered_map<std::string, size_t> byCode;
    for (size_t i = 0; i < grids.rows.size(); ++i) {
        boxes.push_back(grids.rows[i].geometry->bounds());
        auto p = geo::PreparedPolygon::create(*grids.rows[i].geometry);
        ASSERT_TRUE(p);
        prepared.push_back(std::move(*p));
        byCode[grids.text(i, "code")] = i;
    }
    const geo::SpatialIndex index(boxes);
    for (size_t b = 0; b < buildings.rows.size(); ++b) {
        const geo::Geometry& footprint = *buildings.rows[b].geometry;
        ASSERT_TRUE(geo::isValid(footprint));
        const auto own = byCode.find(buildings.text(b, "grid"));
        ASSERT_NE(own, byCode.end()) << "building " << buildings.text(b, "id") << " has no grid";
        EXPECT_TRUE(prepared[own->second].contains(footprint)) << "building " << buildings.text(b, "id") << " is cut";
        int touching = 0;
        index.visit(footprint.bounds(), [&](uint32_t g) { touching += prepared[g].intersects(footprint); });
        EXPECT_EQ(touching, 1) << "building " << buildings.text(b, "id");
    }
}

TEST_F(SynthDistrict, CodesAreValidAndUnique) {
    const Table communities = read(project(), store::Layer::Communities);
    std::set<std::string> communityCodes;
    for (size_t i = 0; i < communities.rows.size(); ++i) {
        const std::string code = communities.text(i, "code");
        EXPECT_TRUE(isCommunityCode(code) && code.starts_with("110108")) << code;
        EXPECT_TRUE(communityCodes.insert(code).second) << code;
    }
    const Table grids = read(project(), store::Layer::Grids);
    std::set<std::string> gridCodes;
    for (size_t i = 0; i < grids.rows.size(); ++i) {
        auto code = GridCode::parse(grids.text(i, "code"));
        ASSERT_TRUE(code) << code.error().message;
        EXPECT_EQ(code->community(), grids.text(i, "community"));
        EXPECT_TRUE(communityCodes.contains(code->community()));
        EXPECT_TRUE(gridCodes.insert(code->str()).second);
    }
    EXPECT_EQ(static_cast<long long>(gridCodes.size()), report_->grids);
}

TEST_F(SynthDistrict, MostGridsHoldThreeToFiveHundredHouseholdsAndSomeDoNot) {
    auto grids = store::gridCounts(project());
    ASSERT_TRUE(grids);
    int in = 0, under = 0, over = 0;
    for (const auto& g : *grids) {
        in += g.status == RangeStatus::In;
        under += g.status == RangeStatus::Under;
        over += g.status == RangeStatus::Over;
    }
    EXPECT_GT(in, static_cast<int>(grids->size() * 7 / 10));
    EXPECT_GT(under, 0);
    EXPECT_GT(over, 0);
}

TEST_F(SynthDistrict, IssuesLieInTheGridTheyAreFiledUnder) {
    const Table grids = read(project(), store::Layer::Grids);
    std::unordered_map<std::string, geo::PreparedPolygon> byCode;
    for (size_t i = 0; i < grids.rows.size(); ++i) byCode.emplace(grids.text(i, "code"), *geo::PreparedPolygon::create(*grids.rows[i].geometry));
    const Table issues = read(project(), store::Layer::Issues);
    std::set<std::string> categories, states;
    for (size_t i = 0; i < issues.rows.size(); ++i) {
        const auto g = byCode.find(issues.text(i, "grid"));
        ASSERT_NE(g, byCode.end());
        EXPECT_TRUE(g->second.coversPoint(issues.rows[i].geometry->points[0])) << issues.text(i, "issue_id");
        EXPECT_TRUE(issues.text(i, "reported_at").starts_with("2025-"));
        categories.insert(issues.text(i, "category"));
        states.insert(issues.text(i, "state"));
    }
    EXPECT_EQ(categories.size(), 8u);
    EXPECT_GE(states.size(), 8u);
}

TEST_F(SynthDistrict, HouseholdLocationsLieInTheirBuilding) {
    const Table buildings = read(project(), store::Layer::Buildings);
    std::unordered_map<std::string, size_t> buildingById;
    for (size_t i = 0; i < buildings.rows.size(); ++i) buildingById[buildings.text(i, "id")] = i;
    std::unordered_map<std::string, std::string> buildingOf;
    std::ifstream truth(*truth_);
    std::string line;
    std::getline(truth, line);
    while (std::getline(truth, line)) {
        const size_t a = line.find(','), b = line.find(',', a + 1);
        buildingOf[line.substr(0, a)] = line.substr(a + 1, b - a - 1);
    }
    ASSERT_EQ(static_cast<long long>(buildingOf.size()), kHouseholds);
    const Table households = read(project(), store::Layer::Households);
    int located = 0;
    for (size_t i = 0; i < households.rows.size(); ++i) {
        if (!households.rows[i].geometry) continue;
        ++located;
        const auto& footprint = *buildings.rows[buildingById.at(buildingOf.at(households.text(i, "household_id")))].geometry;
        auto prepared = geo::PreparedPolygon::create(footprint);
        ASSERT_TRUE(prepared);
        EXPECT_TRUE(prepared->coversPoint(households.rows[i].geometry->points[0]));
    }
    EXPECT_NEAR(located, kHouseholds / 10, kHouseholds / 50);
}

TEST_F(SynthDistrict, IsDeterministicForASeed) {
    auto make = [](uint64_t seed, const std::string& name) {
        const fs::path p = tempPath(name);
        removeProject(p);
        synth::SynthOptions o;
        o.households = 3000;
        o.seed = seed;
        auto r = synth::generateDistrict(p.string(), o);
        EXPECT_TRUE(r) << r.error().message;
        auto project = store::Project::open(p.string(), true);
        EXPECT_TRUE(project);
        std::string d = project ? digest(*project) : "";
        project = fail("closed");
        removeProject(p);
        return d;
    };
    const std::string a = make(5, "a.sqlite"), b = make(5, "b.sqlite"), c = make(6, "c.sqlite");
    EXPECT_EQ(a, b);
    EXPECT_NE(a, c);
}

TEST_F(SynthDistrict, RefusesAnExistingFile) {
    const auto size = fs::file_size(*path_);
    synth::SynthOptions o;
    o.households = 100;
    auto r = synth::generateDistrict(path_->string(), o);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("exists"), std::string::npos) << r.error().message;
    EXPECT_EQ(fs::file_size(*path_), size);
}

TEST_F(SynthDistrict, RefusesAGeographicCrs) {
    const fs::path p = tempPath("geographic.sqlite");
    synth::SynthOptions o;
    o.households = 100;
    o.srid = 4490;
    EXPECT_FALSE(synth::generateDistrict(p.string(), o));
    EXPECT_FALSE(fs::exists(p));
}
