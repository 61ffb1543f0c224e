// Local city grids and scanned plans come in by control points: an affine fit into the project CRS.
#include "io_test_support.h"

using namespace ga;
using namespace ga::test;
using store::Layer;

namespace {
class ImportControlPoints : public IoTest {
protected:
    // A local plane: x' = 500000 + (x·cos − y·sin), y' = 3575000 + (x·sin + y·cos), rotated by 2°.
    static geo::Point toProject(geo::Point p) {
        const double c = std::cos(2 * M_PI / 180), s = std::sin(2 * M_PI / 180);
        return {500000 + p.x * c - p.y * s, 3575000 + p.x * s + p.y * c};
    }
    std::string controlPoints(double errorOnLast = 0) {
        std::string csv = "name,src_x,src_y,dst_x,dst_y\n";
        const geo::Point local[] = {{0, 0}, {800, 0}, {0, 600}, {800, 600}};
        for (int i = 0; i < 4; ++i) {
            const geo::Point q = toProject(local[i]);
            csv += fmt::format("P{},{},{},{:.4f},{:.4f}\n", i, local[i].x, local[i].y, q.x + (i == 3 ? errorOnLast : 0), q.y);
        }
        return write("control.csv", csv);
    }
    std::string localBuildings() {
        return write("local.csv", "楼栋号,户数,WKT\n1,24,\"POLYGON ((100 100, 140 100, 140 120, 100 120, 100 100))\"\n");
    }
};
}  // namespace

TEST_F(ImportControlPoints, PlacesLocalGridCoordinatesInTheProjectCrs) {
    newProject(4549);
    auto r = import(Layer::Buildings, localBuildings(), [&](io::ImportOptions& o) { o.controlPoints = controlPoints(); });
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_NE(r.result->crs.find("4 control points"), std::string::npos) << r.result->crs;
    const geo::Point expected = toProject({100, 100});
    const auto corner = [&](const char* axis) {
        return scalar(fmt::format("SELECT CAST(round({}(PointN(ExteriorRing(GeometryN(geom, 1)), 1))) AS INTEGER) "
                                  "FROM buildings",
                                  axis));
    };
    EXPECT_NEAR(static_cast<double>(corner("X")), expected.x, 1.0);
    EXPECT_NEAR(static_cast<double>(corner("Y")), expected.y, 1.0);
    EXPECT_EQ(scalar("SELECT round(ST_Area(geom)) FROM buildings"), 800);  // rotation keeps the area
}

TEST_F(ImportControlPoints, ReportsTheResidualsOfTheFit) {
    newProject(4549);
    auto r = import(Layer::Buildings, localBuildings(), [&](io::ImportOptions& o) { o.controlPoints = controlPoints(3.0); });
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(r.result->crs.find("RMS 0.00"), std::string::npos) << r.result->crs;
}

TEST_F(ImportControlPoints, RefusesTooFewPointsNamingTheFileAndKeepsTheProject) {
    newProject(4549);
    const auto cp = write("two.csv", "src_x,src_y,dst_x,dst_y\n0,0,500000,3575000\n1,1,500001,3575001\n");
    auto r = import(Layer::Buildings, localBuildings(), [&](io::ImportOptions& o) { o.controlPoints = cp; });
    ASSERT_FALSE(r.result);
    EXPECT_NE(r.result.error().message.find("two.csv"), std::string::npos);
    EXPECT_EQ(scalar("SELECT count(*) FROM buildings"), 0);
}

TEST_F(ImportControlPoints, RefusesAMalformedValueNamingTheLine) {
    newProject(4549);
    const auto cp = write("bad.csv", "src_x,src_y,dst_x,dst_y\n0,0,500000,3575000\n1,x,500001,3575001\n");
    auto r = import(Layer::Buildings, localBuildings(), [&](io::ImportOptions& o) { o.controlPoints = cp; });
    ASSERT_FALSE(r.result);
    EXPECT_NE(r.result.error().message.find("bad.csv:3"), std::string::npos) << r.result.error().message;
}

TEST_F(ImportControlPoints, NeedsAProjectCrs) {
    newProject(0);
    auto r = import(Layer::Buildings, localBuildings(), [&](io::ImportOptions& o) { o.controlPoints = controlPoints(); });
    ASSERT_FALSE(r.result);
    EXPECT_NE(r.result.error().message.find("--crs"), std::string::npos);
}
