// Grid editing on the synth district (gridatlas-cli synth, 950,000 households, 2,302 grids,
// 252k buildings): the live split preview per mouse move (target ≤ 2 ms), a split or merge
// committed with its log entry (≤ 50 ms), validating the whole district (≤ 1 s; QGIS 3.22 needs
// 3.4 s just to dissolve the grids). Baselines measured in the same run: the preview recount as
// exact largest-share overlays of every building of the grid (geo::assignByLargestShare), and a
// coverage check by overlaying every pair of grids whose boxes meet.
// GA_BENCH_PROJECT names a synth project to use (a private copy is edited); otherwise one is
// generated in a temporary folder (about 35 s).
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "edit/create_grid.h"
#include "edit/merge.h"
#include "edit/planar.h"
#include "edit/split.h"
#include "edit/suggest_merge.h"
#include "edit/suggest_split.h"
#include "edit/validation.h"
#include "edit/workspace.h"
#include "geo/geos.h"
#include "geo/zone_assignment.h"
#include "store/edit_history.h"
#include "bench_synth_district.h"

using namespace ga;
namespace fs = std::filesystem;

namespace {

struct Fixture {
    fs::path dir;
    std::optional<store::Project> project;
    std::optional<edit::Workspace> ws;
    std::vector<std::string> over;   ///< grids over the range
    std::vector<std::string> under;  ///< grids under it with a neighbour
};

Fixture& fixture() {
    static Fixture f = [] {
        Fixture x;
        const fs::path work = bench::prepareSynthDistrict("edit_bench", 950000);
        x.dir = work.parent_path();
        auto p = store::Project::open(work.string());
        if (!p) {
            std::cerr << p.error().message << "\n";
            std::exit(2);
        }
        x.project.emplace(std::move(*p));
        auto w = edit::Workspace::load(*x.project);
        if (!w) {
            std::cerr << w.error().message << "\n";
            std::exit(2);
        }
        x.ws.emplace(std::move(*w));
        for (const auto& g : x.ws->grids()) {
            const long long n = x.ws->householdsOfGrid(g.code);
            if (n > x.ws->range().max && x.ws->buildingsOfGrid(g.code).size() >= 4) x.over.push_back(g.code);
            if (n < x.ws->range().min && !edit::suggestMerge(*x.ws, g.code).empty()) x.under.push_back(g.code);
        }
        std::cerr << x.ws->grids().size() << " grids, " << x.ws->buildings().size() << " buildings, " << x.over.size()
                  << " over the range, " << x.under.size() << " under it\n";
        return x;
    }();
    return f;
}

// A line across grid `code` as a mouse drawing it would give: from south of the grid to north of
// it, its top end at `t` (0…1) of the grid's width.
geo::Geometry mouseLine(const edit::Workspace& ws, const std::string& code, double t) {
    const geo::Box b = ws.grids()[*ws.gridByCode(code)].geometry.bounds();
    const std::vector<geo::Point> pts = {{b.minx + 0.5 * b.width(), b.miny - 5},
                                         {b.minx + (0.3 + 0.4 * t) * b.width(), b.maxy + 5}};
    return geo::Geometry::lineString(pts);
}

void PreviewSplit(benchmark::State& state) {
    Fixture& f = fixture();
    size_t i = 0, moves = 0;
    for (auto _ : state) {
        const std::string& code = f.over[(i / 50) % f.over.size()];
        auto p = edit::previewSplit(*f.ws, code, mouseLine(*f.ws, code, (i % 50) / 50.0));
        benchmark::DoNotOptimize(p);
        ++i;
        ++moves;
    }
    state.counters["moves"] = static_cast<double>(moves);
}
BENCHMARK(PreviewSplit)->Unit(benchmark::kMillisecond);

// Baseline: cut, then every building of the grid assigned by exact overlay shares.
// The new-grid preview per mouse move: an area drawn over a grid and 20 m around it (the district
// has no uncovered ground, so the preview clips it to the community, unions the grids there and
// finds nothing left: the same overlays a preview over a gap makes).
void PreviewCreateGrid(benchmark::State& state) {
    Fixture& f = fixture();
    size_t i = 0;
    for (auto _ : state) {
        const geo::Box b = f.ws->grids()[(i * 7919) % f.ws->grids().size()].geometry.bounds();
        const std::vector<geo::Point> corners = {{b.minx - 20, b.miny - 20},
                                                 {b.maxx + 20, b.miny - 20},
                                                 {b.maxx + 20, b.maxy + 20},
                                                 {b.minx - 20, b.maxy + 20}};
        const std::vector<std::vector<geo::Point>> rings = {corners};
        auto p = edit::previewCreateGrid(*f.ws, geo::Geometry::polygon(rings));
        benchmark::DoNotOptimize(p);
        ++i;
    }
}
BENCHMARK(PreviewCreateGrid)->Unit(benchmark::kMillisecond);

void PreviewSplitBaseline(benchmark::State& state) {
    Fixture& f = fixture();
    size_t i = 0;
    for (auto _ : state) {
        const std::string& code = f.over[(i / 50) % f.over.size()];
        const geo::Geometry line = mouseLine(*f.ws, code, (i % 50) / 50.0);
        auto pieces =
            geo::cutPolygon(f.ws->grids()[*f.ws->gridByCode(code)].geometry, std::span<const geo::Geometry>(&line, 1));
        std::vector<geo::Geometry> footprints;
        for (uint32_t b : f.ws->buildingsOfGrid(code)) footprints.push_back(f.ws->buildings()[b].geometry);
        std::vector<long long> counts(pieces ? pieces->size() : 0);
        const std::vector<int> zone = geo::assignByLargestShare(footprints, *pieces);
        size_t k = 0;
        for (uint32_t b : f.ws->buildingsOfGrid(code))
            if (zone[k++] >= 0) counts[static_cast<size_t>(zone[k - 1])] += f.ws->buildings()[b].households;
        benchmark::DoNotOptimize(counts);
        ++i;
    }
}
BENCHMARK(PreviewSplitBaseline)->Unit(benchmark::kMillisecond);

// Commits `plan` with its log entry (timed) and undoes it (untimed), so every iteration starts
// from the same district; false (the run marked failed) when either fails.
bool commitThenUndo(benchmark::State& state, Fixture& f, const edit::EditPlan& plan) {
    auto id = edit::commitPlan(*f.project, *f.ws, plan, "bench");
    state.PauseTiming();
    const bool ok = id && edit::undoInWorkspace(*f.project, *f.ws, *id, "bench");
    if (!ok) state.SkipWithError("commit or undo failed");
    state.ResumeTiming();
    return ok;
}

void CommitSplit(benchmark::State& state) {
    Fixture& f = fixture();
    size_t i = 0;
    for (auto _ : state) {
        const std::string& code = f.over[i++ % f.over.size()];
        auto plan = edit::planSplit(*f.project, *f.ws, code, mouseLine(*f.ws, code, 0.5));
        if (plan && !commitThenUndo(state, f, *plan)) break;
    }
}
BENCHMARK(CommitSplit)->Unit(benchmark::kMillisecond)->Iterations(40);

void CommitMerge(benchmark::State& state) {
    Fixture& f = fixture();
    size_t i = 0;
    for (auto _ : state) {
        const std::string& code = f.under[i++ % f.under.size()];
        const auto partner = edit::suggestMerge(*f.ws, code).front().code;
        auto plan = edit::planMerge(*f.project, *f.ws, {{code, partner}, "", "", ""});
        if (!plan) {
            state.SkipWithError(plan.error().message.c_str());
            break;
        }
        if (!commitThenUndo(state, f, *plan)) break;
    }
}
BENCHMARK(CommitMerge)->Unit(benchmark::kMillisecond)->Iterations(40);

void Validate(benchmark::State& state) {
    Fixture& f = fixture();
    size_t violations = 0;
    for (auto _ : state) {
        auto r = edit::validate(*f.ws);
        violations = r ? r->violations.size() : 0;
        benchmark::DoNotOptimize(r);
    }
    state.counters["violations"] = static_cast<double>(violations);
}
BENCHMARK(Validate)->Unit(benchmark::kMillisecond)->Iterations(5);

// Baseline: overlaps and gaps by overlaying every pair of grids whose boxes meet, and each grid
// with its community.
void ValidateCoverageBaseline(benchmark::State& state) {
    Fixture& f = fixture();
    for (auto _ : state) {
        double overlap = 0, outside = 0;
        const auto& grids = f.ws->grids();
        for (size_t i = 0; i < grids.size(); ++i) {
            for (uint32_t j : f.ws->gridsInBox(grids[i].geometry.bounds()))
                if (j > i) overlap += geo::intersectionArea(grids[i].geometry, grids[j].geometry);
            if (const auto c = f.ws->communityOfGrid(i)) {
                auto rest = geo::difference(grids[i].geometry, f.ws->communities()[*c].geometry);
                if (rest) outside += edit::stableArea(*rest);
            }
        }
        benchmark::DoNotOptimize(overlap);
        benchmark::DoNotOptimize(outside);
    }
}
BENCHMARK(ValidateCoverageBaseline)->Unit(benchmark::kMillisecond)->Iterations(2);

void SuggestSplit(benchmark::State& state) {
    Fixture& f = fixture();
    size_t i = 0, found = 0;
    for (auto _ : state) {
        auto s = edit::suggestSplit(*f.ws, f.over[i++ % f.over.size()]);
        found += s.has_value();
    }
    state.counters["found"] = static_cast<double>(found);
}
BENCHMARK(SuggestSplit)->Unit(benchmark::kMillisecond)->Iterations(40);

void LoadWorkspace(benchmark::State& state) {
    Fixture& f = fixture();
    for (auto _ : state) {
        auto w = edit::Workspace::load(*f.project);
        benchmark::DoNotOptimize(w);
    }
}
BENCHMARK(LoadWorkspace)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    Fixture& f = fixture();
    f.ws.reset();
    f.project.reset();
    fs::remove_all(f.dir);
    return 0;
}
