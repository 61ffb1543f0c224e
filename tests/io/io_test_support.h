#pragma once
// Shared fixture of the io tests: a scratch folder, a project in it, fixture files written with
// GDAL (through io::VectorSink) or as text, and the project's bytes to prove nothing changed.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "io/gdal.h"
#include "io/importer.h"
#include "store/project.h"

namespace ga::test {

namespace fs = std::filesystem;

/// Near 友好社区 (Rudong, Jiangsu): lon/lat of the fixtures' south-west corner.
inline constexpr double kLon = 121.19, kLat = 32.305;

/// A lon/lat square polygon `size` degrees wide with its south-west corner at (lon, lat).
inline geo::Geometry lonLatSquare(double lon, double lat, double size = 0.0005) {
    std::vector<std::vector<geo::Point>> rings{
        {{lon, lat}, {lon + size, lat}, {lon + size, lat + size}, {lon, lat + size}}};
    return geo::Geometry::polygon(rings);
}

/// GeoJSON text of a FeatureCollection; each feature is {properties JSON, geometry JSON}.
inline std::string featureCollection(const std::vector<std::pair<std::string, std::string>>& features) {
    std::string s = R"({"type":"FeatureCollection","features":[)";
    for (size_t i = 0; i < features.size(); ++i)
        s += fmt::format(R"({}{{"type":"Feature","properties":{},"geometry":{}}})", i ? "," : "", features[i].first,
                         features[i].second);
    return s + "]}";
}

/// GeoJSON polygon geometry of a lon/lat square.
inline std::string squareJson(double lon, double lat, double size = 0.0005) {
    return fmt::format(R"({{"type":"Polygon","coordinates":[[[{0},{1}],[{2},{1}],[{2},{3}],[{0},{3}],[{0},{1}]]]}})",
                       lon, lat, lon + size, lat + size);
}

struct FixtureRow {
    std::vector<std::optional<std::string>> values;
    std::optional<geo::Geometry> geometry;
};

class IoTest : public ::testing::Test {
protected:
    fs::path dir;
    std::optional<store::Project> project;

    void SetUp() override {
        dir = fs::temp_directory_path() /
              fmt::format("ga_io_{}_{}", ::getpid(), ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    void TearDown() override {
        project.reset();
        fs::remove_all(dir);
    }

    std::string path(const std::string& name) const { return (dir / name).string(); }

    /// Creates PROJECT.sqlite in the scratch folder (srid 0: the first import picks the CRS).
    store::Project& newProject(int srid = 0) {
        store::ProjectSettings s;
        s.srid = srid;
        s.name = "测试社区";
        auto p = store::Project::create(path("project.sqlite"), s);
        EXPECT_TRUE(p) << p.error().message;
        project.emplace(std::move(*p));
        return *project;
    }
    void closeProject() { project.reset(); }
    void reopenProject() {
        auto p = store::Project::open(path("project.sqlite"));
        ASSERT_TRUE(p) << p.error().message;
        project.emplace(std::move(*p));
    }

    std::string write(const std::string& name, std::string_view text) const {
        std::ofstream out(path(name), std::ios::binary);
        out << text;
        return path(name);
    }
    static std::string bytes(const std::string& file) {
        std::ifstream in(file, std::ios::binary);
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    }

    /// Writes one layer with GDAL; fields are all text.
    std::string writeLayer(const std::string& name, const std::string& driver, std::optional<geo::GeomType> type,
                           int epsg, const std::vector<std::string>& fields, const std::vector<FixtureRow>& rows,
                           std::vector<std::string> layerOptions = {}) const {
        io::SinkSpec spec;
        spec.driver = driver;
        spec.layerName = fs::path(name).stem().string();
        spec.hasGeometry = type.has_value();
        spec.geometryType = type;
        spec.epsg = epsg;
        for (const auto& f : fields) spec.fields.push_back({f, io::SinkFieldType::Text});
        spec.layerOptions = std::move(layerOptions);
        auto sink = io::VectorSink::create(path(name), spec);
        EXPECT_TRUE(sink) << sink.error().message;
        for (const auto& r : rows) {
            auto w = sink->write(r.values, r.geometry ? &*r.geometry : nullptr);
            EXPECT_TRUE(w) << w.error().message;
        }
        auto closed = sink->close();
        EXPECT_TRUE(closed) << closed.error().message;
        return path(name);
    }

    struct Run {
        Result<io::ImportSummary> result;
        io::ProblemReport report;
    };
    /// Imports `file` into the open project.
    Run import(store::Layer layer, const std::string& file, const std::function<void(io::ImportOptions&)>& tweak = {}) {
        io::ImportOptions o;
        o.layer = layer;
        o.file = file;
        o.operatorName = "tester";
        if (tweak) tweak(o);
        Run r{fail("not run"), {}};
        r.result = io::importFile(*project, o, r.report);
        return r;
    }

    long long scalar(const std::string& sql) {
        auto v = project->db().scalarInt(sql);
        EXPECT_TRUE(v) << v.error().message;
        return v ? v->value_or(-1) : -1;
    }
    std::string text(const std::string& sql) {
        auto v = project->db().scalarText(sql);
        EXPECT_TRUE(v) << v.error().message;
        return v && *v ? **v : std::string();
    }
    long long count(std::string_view table) { return scalar(fmt::format("SELECT count(*) FROM {}", table)); }

    /// The database header's change counter and its copy (bytes 24–27, 92–95): a bulk load
    /// leaves WAL for a rollback journal while it runs, which counts as a change of the file
    /// even when the load is rolled back.
    static bool sameExceptChangeCounter(std::string a, std::string b) {
        if (a.size() != b.size() || a.size() < 100) return a == b;
        for (size_t i : {24u, 25u, 26u, 27u, 92u, 93u, 94u, 95u}) a[i] = b[i] = 0;
        return a == b;
    }

    /// Runs a failing import against a closed-and-reopened project and checks that the project
    /// file is byte-for-byte what it was (for a bulk load: but for the header's change counter);
    /// returns the error message.
    std::string expectRefusedUnchanged(store::Layer layer, const std::string& file,
                                       const std::function<void(io::ImportOptions&)>& tweak = {}, bool bulk = false) {
        closeProject();
        const std::string before = bytes(path("project.sqlite"));
        reopenProject();
        Run r = import(layer, file, tweak);
        EXPECT_FALSE(r.result) << "the import of " << file << " should have been refused";
        closeProject();
        const std::string after = bytes(path("project.sqlite"));
        EXPECT_TRUE(bulk ? sameExceptChangeCounter(after, before) : after == before) << "the project changed";
        EXPECT_FALSE(fs::exists(path("project.sqlite-wal")) && fs::file_size(path("project.sqlite-wal")) > 0);
        reopenProject();
        return r.result ? std::string() : r.result.error().message;
    }
};

}  // namespace ga::test
