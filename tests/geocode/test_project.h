#pragma once
// A small project on disk for geocoding tests: one community and one grid, a compound with
// aliases, a house on a road, and households written through the store as an import would.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <optional>

#include "store/building_links.h"
#include "store/layer_writer.h"
#include "store/project.h"

namespace ga::geocode::test {

class ProjectTest : public ::testing::Test {
protected:
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 fmt::format("ga_geocode_{}_{}.sqlite", ::getpid(),
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::optional<store::Project> project;

    void SetUp() override {
        removeFiles();
        store::ProjectSettings s;
        s.srid = 4549;
        s.division = "320623001001";
        s.operatorName = "tester";
        auto p = store::Project::create(path.string(), s);
        ASSERT_TRUE(p) << p.error().message;
        project.emplace(std::move(*p));
        auto tx = store::Transaction::begin(project->db());
        ASSERT_TRUE(tx);
        write(store::Layer::Communities, {"320623001001", "友好社区", "掘港街道"}, square(-10, -10, 1000));
        write(store::Layer::Grids, {"320623001001001", "第一网格", "友好社区"}, square(-10, -10, 1000));
        write(store::Layer::Compounds, {"华荣上海城", "友好社区", "华荣;华荣城"}, square(0, 0, 300));
        write(store::Layer::Buildings, {"华荣上海城", "1", "", "", "2", "6", "3"}, square(0, 0, 20));
        write(store::Layer::Buildings, {"华荣上海城", "2", "", "", "2", "6", "3"}, square(40, 0, 20));
        write(store::Layer::Buildings, {"华荣上海城", "12", "", "", "1", "18", "2"}, square(80, 0, 20));
        write(store::Layer::Buildings, {"", "", "育才路", "77", "1", "6", "2"}, square(400, 0, 20));
        ASSERT_TRUE(store::relinkBuildingsToGrids(*project));
        ASSERT_TRUE(tx->commit());
    }
    void TearDown() override {
        project.reset();
        removeFiles();
    }
    void removeFiles() {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path.string() + suffix);
    }

    static geo::Geometry square(double x, double y, double s) {
        std::vector<std::vector<geo::Point>> r{{{x, y}, {x + s, y}, {x + s, y + s}, {x, y + s}}};
        return geo::Geometry::polygon(r);
    }
    // Writes one row of `layer`: the first fields in order, the rest NULL.
    void write(store::Layer layer, std::vector<std::string> values, std::optional<geo::Geometry> geometry) {
        auto w = store::LayerWriter::create(*project, layer, store::WriteMode::Insert);
        ASSERT_TRUE(w) << w.error().message;
        store::Row r;
        r.values.resize(store::layerDef(layer).fields.size());
        for (size_t i = 0; i < values.size(); ++i)
            if (!values[i].empty()) r.values[i] = values[i];
        r.geometry = std::move(geometry);
        r.source = "test";
        auto id = w->write(r);
        ASSERT_TRUE(id) << id.error().message;
    }
    // A household as a register row would give it: id, address, head's name and phone, location.
    void household(const std::string& id, const std::string& address, std::optional<geo::Point> at = std::nullopt) {
        write(store::Layer::Households, {id, address, "2", "张三丰", "320623196604022235", "13812345678"},
              at ? std::optional<geo::Geometry>(geo::Geometry::point(*at)) : std::nullopt);
    }
    int64_t buildingId(const std::string& compound, const std::string& number) {
        auto st = project->db().prepare(
            "SELECT id FROM buildings WHERE coalesce(compound, '') = ? AND coalesce(number, '') = ?");
        st->bind(1, compound).bind(2, number);
        auto row = st->step();
        return row && *row ? st->integer(0) : 0;
    }
    int64_t householdRow(const std::string& id) {
        auto st = project->db().prepare("SELECT id FROM households WHERE household_id = ?");
        st->bind(1, id);
        auto row = st->step();
        return row && *row ? st->integer(0) : 0;
    }
    std::optional<int64_t> linkOf(const std::string& id) {
        auto st = project->db().prepare(
            "SELECT l.building FROM households h LEFT JOIN household_links l ON l.household = h.id "
            "WHERE h.household_id = ?");
        st->bind(1, id);
        auto row = st->step();
        return row && *row ? st->optInteger(0) : std::nullopt;
    }
    std::string column(const std::string& id, const std::string& name) {
        auto st = project->db().prepare(
            fmt::format("SELECT coalesce(l.{}, '') FROM households h LEFT JOIN household_links l ON l.household = h.id "
                        "WHERE h.household_id = ?",
                        name));
        st->bind(1, id);
        auto row = st->step();
        return row && *row ? st->text(0) : "?";
    }
    int64_t count(const std::string& sql) { return project->db().scalarInt(sql)->value_or(-1); }
};

}  // namespace ga::geocode::test
