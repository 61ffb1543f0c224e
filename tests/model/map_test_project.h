#pragma once
// A small project built with the store's own writers for the model and render tests: one
// community of three grids side by side (under, in and over the 300–500 household range), a
// compound, buildings, a river, an organisation, and roads: 学院路 running east-west through the
// middle, 知春路 rising at 30°, 成府路 running north-south at x = 575 and 清华东路 stored east to west.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <numbers>
#include <optional>

#include "store/building_links.h"
#include "store/layer_writer.h"
#include "store/project.h"

namespace ga::testing {

inline constexpr double kX0 = 500000, kY0 = 3500000;  // EPSG:4549, near 120°E

inline geo::Geometry rectangle(double x, double y, double w, double h) {
    const std::vector<std::vector<geo::Point>> rings{
        {{kX0 + x, kY0 + y}, {kX0 + x + w, kY0 + y}, {kX0 + x + w, kY0 + y + h}, {kX0 + x, kY0 + y + h}}};
    return geo::Geometry::polygon(rings);
}

inline geo::Geometry line(std::initializer_list<geo::Point> local) {
    std::vector<geo::Point> pts;
    for (geo::Point p : local) pts.push_back({kX0 + p.x, kY0 + p.y});
    return geo::Geometry::lineString(pts);
}

class MapTestProject {
public:
    std::filesystem::path dir;
    std::optional<store::Project> project;

    explicit MapTestProject(const std::string& name) {
        dir = std::filesystem::temp_directory_path() / ("ga_map_" + std::to_string(::getpid()) + "_" + name);
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
    }
    ~MapTestProject() {
        project.reset();
        std::filesystem::remove_all(dir);
    }
    std::string path() const { return (dir / "map.sqlite").string(); }

    /// An empty project with a CRS (or without, srid 0).
    void createEmpty(int srid = 4549) {
        store::ProjectSettings s;
        s.name = "测试社区";
        s.srid = srid;
        auto p = store::Project::create(path(), s);
        ASSERT_TRUE(p) << p.error().message;
        project.emplace(std::move(*p));
    }

    /// Grids A (0–200 m, 100 households), B (200–400 m, 400) and C (400–600 m, 600), each 400 m tall.
    void createSample() {
        createEmpty();
        auto tx = store::Transaction::begin(project->db());
        ASSERT_TRUE(tx);
        write(store::Layer::Communities, {"320623001001", "友好社区"}, rectangle(0, 0, 600, 400));
        const char* names[] = {"一网格", "二网格", "三网格"};
        for (int i = 0; i < 3; ++i)
            write(store::Layer::Grids, {"32062300100100" + std::to_string(i + 1), names[i], "友好社区"},
                  rectangle(200.0 * i, 0, 200, 400));
        write(store::Layer::Compounds, {"华荣上海城"}, rectangle(220, 220, 160, 160));
        // Households per grid: A 2 x 50, B 4 x 100, C 6 x 100; buildings 30 x 20 m north of 学院路.
        const int perGrid[] = {2, 4, 6};
        const int households[] = {50, 100, 100};
        for (int g = 0; g < 3; ++g)
            for (int b = 0; b < perGrid[g]; ++b) {
                const double x = 200.0 * g + 15 + (b % 3) * 55, y = 240 + (b / 3) * 70;
                write(store::Layer::Buildings,
                      {"华荣上海城", std::to_string(g * 10 + b + 1), std::nullopt, std::nullopt,
                       std::to_string(households[g])},
                      rectangle(x, y, 30, 20));
            }
        write(store::Layer::Roads, {"学院路", "primary"}, line({{-50, 200}, {300, 200}}));
        write(store::Layer::Roads, {"学院路", "primary"}, line({{300, 200}, {650, 200}}));
        const double c = std::cos(std::numbers::pi / 6), s = std::sin(std::numbers::pi / 6);
        write(store::Layer::Roads, {"知春路", "secondary"}, line({{20, 20}, {20 + 360 * c, 20 + 360 * s}}));
        write(store::Layer::Roads, {"成府路", "residential"}, line({{575, -20}, {575, 420}}));
        write(store::Layer::Roads, {"清华东路", "residential"}, line({{590, 100}, {210, 100}}));
        write(store::Layer::Water, {"如泰河", "river"}, line({{-50, -10}, {650, -10}}));
        write(store::Layer::Organisations, {"友好社区居委会", "agency"}, geo::Geometry::point({kX0 + 150, kY0 + 150}));
        ASSERT_TRUE(store::relinkBuildingsToGrids(*project));
        ASSERT_TRUE(tx->commit());
    }

    void write(store::Layer layer, std::vector<std::optional<std::string>> values, geo::Geometry g) {
        auto w = store::LayerWriter::create(*project, layer, store::WriteMode::Insert);
        ASSERT_TRUE(w) << w.error().message;
        values.resize(store::layerDef(layer).fields.size());
        auto id = w->write({std::move(values), std::move(g), "test"});
        ASSERT_TRUE(id) << id.error().message;
    }
};

}  // namespace ga::testing
