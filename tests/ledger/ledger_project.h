#pragma once
// A small project for ledger tests: one community of two 100 m grids side by side (EPSG:4549)
// and issues written through the store's own layer writer, linked to their grids.
#include <gtest/gtest.h>
#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "store/building_links.h"
#include "store/layer_writer.h"
#include "store/layers.h"
#include "store/project.h"

namespace ga::test {

inline constexpr double kX0 = 500000, kY0 = 3500000;
inline const char* const kGridA = "320623001001001";
inline const char* const kGridB = "320623001001002";

class LedgerProject : public ::testing::Test {
protected:
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 ("ga_ledger_" + std::to_string(::getpid()) + "_" +
                                  ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".sqlite");
    std::optional<store::Project> project;

    void SetUp() override {
        std::filesystem::remove(path);
        store::ProjectSettings s;
        s.srid = 4549;
        s.name = "测试社区";
        auto p = store::Project::create(path.string(), s);
        ASSERT_TRUE(p) << p.error().message;
        project.emplace(std::move(*p));
        auto tx = store::Transaction::begin(project->db());
        ASSERT_TRUE(tx);
        auto communities = store::LayerWriter::create(*project, store::Layer::Communities, store::WriteMode::Insert);
        auto grids = store::LayerWriter::create(*project, store::Layer::Grids, store::WriteMode::Insert);
        ASSERT_TRUE(communities && grids);
        ASSERT_TRUE(communities->write({{"320623001001", "测试社区"}, square(kX0, kY0, 200, 100), "test"}));
        ASSERT_TRUE(grids->write({{kGridA, "一网格", "320623001001"}, square(kX0, kY0, 100, 100), "test"}));
        ASSERT_TRUE(grids->write({{kGridB, "二网格", "320623001001"}, square(kX0 + 100, kY0, 100, 100), "test"}));
        ASSERT_TRUE(tx->commit());
    }
    void TearDown() override {
        project.reset();
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    }

    static geo::Geometry square(double x, double y, double w, double h) {
        const std::vector<std::vector<geo::Point>> r{{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}}};
        return geo::Geometry::polygon(r);
    }

    /// Writes one issue: `fields` by field name; `at` its location (none: no geometry). Returns its row id.
    int64_t addIssue(const std::map<std::string, std::string>& fields, std::optional<geo::Point> at) {
        const store::LayerDef& def = store::layerDef(store::Layer::Issues);
        store::Row row;
        row.values.resize(def.fields.size());
        for (const auto& [name, value] : fields) {
            const int i = store::fieldIndex(def, name);
            EXPECT_GE(i, 0) << name;
            if (i >= 0) row.values[static_cast<size_t>(i)] = value;
        }
        if (at) row.geometry = geo::Geometry::point(*at);
        row.source = "test";
        auto tx = store::Transaction::begin(project->db());
        auto writer = store::LayerWriter::create(*project, store::Layer::Issues, store::WriteMode::Insert);
        EXPECT_TRUE(writer);
        auto id = writer->write(row);
        EXPECT_TRUE(id) << (id ? "" : id.error().message);
        EXPECT_TRUE(store::relinkIssuesToGrids(*project));
        EXPECT_TRUE(tx->commit());
        return id ? *id : 0;
    }
};

}  // namespace ga::test
