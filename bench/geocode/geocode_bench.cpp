// Geocoding speed on a synth district (issue 5, "Speed"), reading from and writing links to the
// store included, each run on a fresh copy of the district:
//   Geocode/Addresses  every household's address matched (1M by default, ~270k buildings), the
//                      one in ten with a location placed by point-in-building; target ≤ 10 s
//   Geocode/Points     every household located, linked by point-in-building only; target ≤ 2 s
//   Baseline/ReadWrite the same households read and the same number of links written with no
//                      matching at all: the store's floor, measured first in the same run; the
//                      other two report their time over it (x_baseline)
// For scale, QGIS 3.22 needs 59 s merely to join 950k household points to 198k buildings by
// location on this machine kind (PERFORMANCE.md); the counters report both ratios.
// GA_BENCH_HOUSEHOLDS sets the district size; GA_BENCH_PROJECT uses an existing synth project
// (then Geocode/Points is skipped: it needs the generator's truth to place every household).
#include <benchmark/benchmark.h>
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "geocode/geocoder.h"
#include "store/household_links.h"
#include "synth/district_generator.h"

using namespace ga;
namespace fs = std::filesystem;

namespace {

constexpr double kQgisJoinSeconds = 59.0;  // 950k points to 198k buildings, PERFORMANCE.md

struct Fixture {
    fs::path dir;
    std::string pristine;  ///< the district as generated
    std::string located;   ///< the same with every household at a point inside its building
    std::string work;      ///< the copy each run changes
    long long households = 0;
    double baselineSeconds = 0;  ///< Baseline/ReadWrite's last run
};

Fixture& fixture() {
    static Fixture f;
    return f;
}

void copyFresh(const std::string& from) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(fixture().work + suffix);
    fs::copy_file(from, fixture().work);
}

// Places every household at the centre of the building the generator wrote it into (the synth
// footprints are convex, so the centre lies inside).
Result<void> locateEveryHousehold(const std::string& path, const std::string& truthCsv) {
    auto p = store::Project::open(path);
    if (!p) return std::unexpected(p.error());
    auto& db = p->db();
    if (auto r = db.exec("CREATE TEMP TABLE truth (household_id TEXT PRIMARY KEY, building INTEGER)"); !r) return r;
    auto tx = store::Transaction::begin(db);
    if (!tx) return std::unexpected(tx.error());
    auto insert = db.prepare("INSERT INTO truth VALUES (?, ?)");
    if (!insert) return std::unexpected(insert.error());
    std::ifstream in(truthCsv);
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        const size_t a = line.find(','), b = line.find(',', a + 1);
        insert->bind(1, std::string_view(line).substr(0, a))
            .bind(2, static_cast<int64_t>(std::stoll(line.substr(a + 1, b - a - 1))));
        if (auto r = insert->run(); !r) return r;
    }
    if (auto r = db.exec("UPDATE households SET geom = (SELECT ST_Centroid(b.geom) FROM truth t JOIN buildings b "
                         "ON b.id = t.building WHERE t.household_id = households.household_id)");
        !r)
        return r;
    return tx->commit();
}

void report(benchmark::State& state, const geocode::GeocodeReport& r) {
    if (fixture().baselineSeconds > 0) state.counters["x_baseline"] = r.seconds / fixture().baselineSeconds;
    state.counters["households"] = static_cast<double>(r.households);
    state.counters["linked_%"] = 100.0 * static_cast<double>(r.linked) / static_cast<double>(r.households);
    state.counters["read_s"] = r.readSeconds;
    state.counters["match_s"] = r.matchSeconds;
    state.counters["points_s"] = r.pointSeconds;
    state.counters["write_s"] = r.writeSeconds;
}

void geocodeAddresses(benchmark::State& state) {
    geocode::GeocodeReport last;
    for (auto _ : state) {
        state.PauseTiming();
        copyFresh(fixture().pristine);
        auto p = store::Project::open(fixture().work);
        state.ResumeTiming();
        auto r = geocode::geocodeProject(*p, {});
        if (!r) return state.SkipWithError(r.error().message.c_str());
        last = *r;
    }
    report(state, last);
    state.counters["addresses/s"] =
        benchmark::Counter(static_cast<double>(last.households), benchmark::Counter::kIsRate);
}

void geocodePoints(benchmark::State& state) {
    geocode::GeocodeReport last;
    geocode::GeocodeOptions o;
    o.matchAddresses = false;
    for (auto _ : state) {
        state.PauseTiming();
        copyFresh(fixture().located);
        auto p = store::Project::open(fixture().work);
        state.ResumeTiming();
        auto r = geocode::geocodeProject(*p, o);
        if (!r) return state.SkipWithError(r.error().message.c_str());
        last = *r;
    }
    report(state, last);
    state.counters["points/s"] = benchmark::Counter(static_cast<double>(last.households), benchmark::Counter::kIsRate);
    state.counters["x_faster_than_QGIS"] = kQgisJoinSeconds / (last.seconds > 0 ? last.seconds : 1);
}

// Reading every household and writing one link each, nothing matched: the store's share.
void baselineReadWrite(benchmark::State& state) {
    for (auto _ : state) {
        state.PauseTiming();
        copyFresh(fixture().pristine);
        auto p = store::Project::open(fixture().work);
        state.ResumeTiming();
        const auto start = std::chrono::steady_clock::now();
        auto batch = store::LinkBatch::begin(*p);
        auto h = store::readHouseholdsToGeocode(*p);
        if (!batch || !h) return state.SkipWithError("reading failed");
        std::vector<store::HouseholdLink> links;
        links.reserve(h->size());
        for (size_t i = 0; i < h->size(); ++i)
            links.push_back({h->ids[i], 1, "building", 1.0, "compound_name", store::LinkMethod::Address});
        if (!batch->write(links, true) || !batch->commit()) return state.SkipWithError("writing failed");
        fixture().baselineSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
}

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    Fixture& f = fixture();
    f.dir = fs::temp_directory_path() / fmt::format("ga_geocode_bench_{}", ::getpid());
    fs::create_directories(f.dir);
    f.work = (f.dir / "work.sqlite").string();
    const char* given = std::getenv("GA_BENCH_PROJECT");
    if (given) {
        f.pristine = given;
    } else {
        const char* size = std::getenv("GA_BENCH_HOUSEHOLDS");
        synth::SynthOptions o;
        o.households = size ? std::atoll(size) : 1000000;
        o.truthPath = (f.dir / "truth.csv").string();
        f.pristine = (f.dir / "district.sqlite").string();
        std::cerr << fmt::format("generating a synth district of {} households …\n", o.households);
        auto r = synth::generateDistrict(f.pristine, o);
        if (!r) {
            std::cerr << r.error().message << "\n";
            return 1;
        }
        std::cerr << fmt::format("{} buildings, {} households\n", r->buildings, r->households);
        f.located = (f.dir / "located.sqlite").string();
        fs::copy_file(f.pristine, f.located);
        if (auto l = locateEveryHousehold(f.located, o.truthPath); !l) {
            std::cerr << l.error().message << "\n";
            return 1;
        }
    }
    benchmark::RegisterBenchmark("Baseline/ReadWrite", baselineReadWrite)
        ->Unit(benchmark::kSecond)
        ->UseRealTime()
        ->Iterations(1);
    benchmark::RegisterBenchmark("Geocode/Addresses", geocodeAddresses)
        ->Unit(benchmark::kSecond)
        ->UseRealTime()
        ->Iterations(1);
    if (!f.located.empty())
        benchmark::RegisterBenchmark("Geocode/Points", geocodePoints)
            ->Unit(benchmark::kSecond)
            ->UseRealTime()
            ->Iterations(1);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    fs::remove_all(f.dir);
    return 0;
}
