// Import speed against ogr2ogr, in one run on one file (issue 2, "Speed"):
//   1. makes a GeoPackage with N building polygons and M household rows (GDAL);
//   2. times `gridatlas-cli new` + `import --layer buildings` + `import --layer households`, for a
//      project created with --crs and for one whose first import picks the CRS;
//   3. times `ogr2ogr -f SQLite -dsco SPATIALITE=YES` on the same file;
//   4. times opening the imported project until it is ready to query: counts per layer and grid,
//      and every building box in a packed spatial index.
// usage: io_bench [BUILDINGS [HOUSEHOLDS [WORKDIR]]]   (defaults 200000, 1000000, a temp folder)
#include <fcntl.h>
#include <fmt/format.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "geo/spatial_index.h"
#include "store/layer_reader.h"
#include "store/project.h"
#include "store/summary.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

int runQuiet(std::vector<std::string> args) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    int status = -1;
    if (posix_spawnp(&pid, args[0].c_str(), &actions, nullptr, argv.data(), environ) == 0) waitpid(pid, &status, 0);
    posix_spawn_file_actions_destroy(&actions);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "io_bench: %s failed\n", what);
        std::exit(1);
    }
}

OGRFieldDefnH field(const char* name, OGRFieldType t) { return OGR_Fld_Create(name, t); }

// A district of `buildings` rectangles (≈ 20 m × 12 m) on a lattice near 121.2°E 32.3°N, five
// households per building with register-style addresses and (fictional) personal data.
void makeDistrict(const std::string& path, int buildings, int households) {
    GDALAllRegister();
    GDALDriverH drv = GDALGetDriverByName("GPKG");
    GDALDatasetH ds = GDALCreate(drv, path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    check(ds != nullptr, "creating the GeoPackage");
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 4326);
    OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);

    OGRLayerH b = GDALDatasetCreateLayer(ds, "buildings", srs, wkbPolygon, nullptr);
    for (auto [name, type] : {std::pair{"compound", OFTString},
                              {"number", OFTString},
                              {"households", OFTInteger},
                              {"floors", OFTInteger}}) {
        OGRFieldDefnH f = field(name, type);
        OGR_L_CreateField(b, f, FALSE);
        OGR_Fld_Destroy(f);
    }
    const int perRow = 500;
    check(GDALDatasetStartTransaction(ds, FALSE) == OGRERR_NONE, "transaction");
    for (int i = 0; i < buildings; ++i) {
        const double x = 121.0 + (i % perRow) * 0.0004, y = 32.0 + (i / perRow) * 0.0003;
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(b));
        OGR_F_SetFieldString(f, 0, fmt::format("小区{}", i / 100).c_str());
        OGR_F_SetFieldString(f, 1, std::to_string(i % 100 + 1).c_str());
        OGR_F_SetFieldInteger(f, 2, 5);
        OGR_F_SetFieldInteger(f, 3, 6 + i % 20);
        OGRGeometryH ring = OGR_G_CreateGeometry(wkbLinearRing);
        OGR_G_AddPoint_2D(ring, x, y);
        OGR_G_AddPoint_2D(ring, x + 0.0002, y);
        OGR_G_AddPoint_2D(ring, x + 0.0002, y + 0.00011);
        OGR_G_AddPoint_2D(ring, x, y + 0.00011);
        OGR_G_AddPoint_2D(ring, x, y);
        OGRGeometryH poly = OGR_G_CreateGeometry(wkbPolygon);
        OGR_G_AddGeometryDirectly(poly, ring);
        OGR_F_SetGeometryDirectly(f, poly);
        check(OGR_L_CreateFeature(b, f) == OGRERR_NONE, "writing a building");
        OGR_F_Destroy(f);
    }
    OGRLayerH h = GDALDatasetCreateLayer(ds, "households", nullptr, wkbNone, nullptr);
    for (auto [name, type] : {std::pair{"household_id", OFTString},
                              {"address", OFTString},
                              {"name", OFTString},
                              {"id_number", OFTString},
                              {"phone", OFTString},
                              {"members", OFTInteger}}) {
        OGRFieldDefnH f = field(name, type);
        OGR_L_CreateField(h, f, FALSE);
        OGR_Fld_Destroy(f);
    }
    for (int i = 0; i < households; ++i) {
        const int building = i / 5;
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(h));
        OGR_F_SetFieldString(f, 0, fmt::format("H{:08}", i).c_str());
        OGR_F_SetFieldString(
            f, 1,
            fmt::format("小区{}{}号楼{}单元{}室", building / 100, building % 100 + 1, i % 2 + 1, 100 * (i % 5 + 1) + 1)
                .c_str());
        OGR_F_SetFieldString(f, 2, "张三");
        OGR_F_SetFieldString(f, 3, fmt::format("3206231980{:08}", i).c_str());
        OGR_F_SetFieldString(f, 4, fmt::format("138{:08}", i).c_str());
        OGR_F_SetFieldInteger(f, 5, 1 + i % 5);
        check(OGR_L_CreateFeature(h, f) == OGRERR_NONE, "writing a household");
        OGR_F_Destroy(f);
    }
    check(GDALDatasetCommitTransaction(ds) == OGRERR_NONE, "commit");
    OSRRelease(srs);
    GDALClose(ds);
}

}  // namespace

int main(int argc, char** argv) {
    const int buildings = argc > 1 ? std::atoi(argv[1]) : 200000;
    const int households = argc > 2 ? std::atoi(argv[2]) : 1000000;
    const fs::path dir =
        argc > 3 ? fs::path(argv[3]) : fs::temp_directory_path() / fmt::format("ga_io_bench_{}", ::getpid());
    fs::create_directories(dir);
    const std::string gpkg = (dir / "district.gpkg").string();
    const std::string project = (dir / "district.sqlite").string();
    const std::string reference = (dir / "ogr2ogr.sqlite").string();
    for (const auto& f : {gpkg, project, reference}) fs::remove(f);

    auto t = Clock::now();
    makeDistrict(gpkg, buildings, households);
    std::printf("setup: %d buildings + %d households → %s in %.1f s\n", buildings, households, gpkg.c_str(),
                seconds(t));

    // Two runs: a project created with its CRS (the register goes in as a bulk load), and one
    // without, where the first import picks the Gauss–Krüger zone from the data in the same
    // transaction as its rows.
    struct Timing {
        double create = 0, buildings = 0, households = 0;
        double total() const { return create + buildings + households; }
    };
    auto importAll = [&](const std::string& target, bool withCrs) {
        Timing timing;
        fs::remove(target);
        auto t0 = Clock::now();
        std::vector<std::string> create{GA_CLI, "new", target};
        if (withCrs) create.insert(create.end(), {"--crs", "EPSG:4549"});
        check(runQuiet(create) == 0, "gridatlas-cli new");
        timing.create = seconds(t0);
        t0 = Clock::now();
        check(runQuiet({GA_CLI, "import", target, "--layer", "buildings", gpkg}) == 0, "import buildings");
        timing.buildings = seconds(t0);
        t0 = Clock::now();
        check(runQuiet({GA_CLI, "import", target, "--layer", "households", gpkg}) == 0, "import households");
        timing.households = seconds(t0);
        return timing;
    };
    const std::string picked = (dir / "district-crs-picked.sqlite").string();
    const Timing withCrs = importAll(project, true);
    const Timing crsPicked = importAll(picked, false);
    const double ours = withCrs.total();
    fs::remove(picked);

    t = Clock::now();
    check(runQuiet({"ogr2ogr", "-f", "SQLite", "-dsco", "SPATIALITE=YES", reference, gpkg}) == 0, "ogr2ogr");
    const double theirs = seconds(t);

    t = Clock::now();
    auto p = ga::store::Project::open(project, true);
    check(p.has_value(), "opening the project");
    auto summary = ga::store::summarize(*p);
    check(summary.has_value(), "counting");
    auto reader = ga::store::LayerReader::create(*p, ga::store::Layer::Buildings, ga::store::Masking::Masked);
    check(reader.has_value(), "reading buildings");
    std::vector<ga::geo::Box> boxes;
    ga::store::ReadRow row;
    while (*reader->next(row)) boxes.push_back(row.geometry ? row.geometry->bounds() : ga::geo::Box{});
    ga::geo::SpatialIndex index(boxes);
    const double ready = seconds(t);

    std::printf("gridatlas-cli, project with --crs: new %.2f s + buildings %.2f s + households %.2f s = %.2f s\n",
                withCrs.create, withCrs.buildings, withCrs.households, ours);
    std::printf(
        "gridatlas-cli, CRS picked by the first import: new %.2f s + buildings %.2f s + households %.2f s = "
        "%.2f s\n",
        crsPicked.create, crsPicked.buildings, crsPicked.households, crsPicked.total());
    std::printf("ogr2ogr -f SQLite -dsco SPATIALITE=YES: %.2f s\n", theirs);
    std::printf("ratio gridatlas/ogr2ogr: %.2f with --crs, %.2f with the CRS picked (target <= 1.5)\n", ours / theirs,
                crsPicked.total() / theirs);
    std::printf("open to ready (counts: %lld buildings, %lld households; %zu boxes indexed): %.2f s (target <= 2)\n",
                summary->count("buildings"), summary->count("households"), index.size(), ready);
    if (argc <= 3) fs::remove_all(dir);
    return 0;
}
