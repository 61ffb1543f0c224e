// The map after an edit on the synth district (gridatlas-cli synth, 1,000,000 households, 2,427
// grids, 273k buildings, 500k issues): a full MapModel::load of the edited project against
// MapModel::afterChanges, which reads again only what the edit changed (target: the map shows a
// split ≤ 50 ms after its commit). Each incremental figure is also given as a share of the full
// reload measured in the same run. The edits happen in order — a split, its undo, a merge, a
// building deleted — and each benchmark measures the model update of one of them against the
// project as that edit left it.
// GA_BENCH_PROJECT names a synth project to use (a private copy is edited); otherwise one is
// generated in a temporary folder (about 35 s).
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>

#include "edit/building_edits.h"
#include "edit/merge.h"
#include "edit/split.h"
#include "edit/suggest_merge.h"
#include "edit/suggest_split.h"
#include "edit/workspace.h"
#include "model/map_model.h"
#include "store/edit_history.h"
#include "bench_synth_district.h"

using namespace ga;
namespace fs = std::filesystem;

namespace {

[[noreturn]] void die(const std::string& why) {
    std::cerr << why << "\n";
    std::exit(2);
}

// One edit: the model before it and the rows it changed.
struct Step {
    std::optional<model::MapModel> before;
    store::ChangeSet changes;
};

struct Fixture {
    fs::path dir;
    std::optional<store::Project> project;
    std::optional<edit::Workspace> ws;
    std::optional<model::MapModel> current;  ///< the model of the project as it is now
    double fullMs = 0;                       ///< one full load, for the ratios
    std::vector<Step> steps;                 ///< split, undo, merge, building deletion

    // Commits the next edit and moves the model on.
    void advance() {
        Step s;
        s.before = current;
        int64_t id = 0;
        if (steps.empty()) {
            id = split();
        } else if (steps.size() == 1) {
            auto undo = edit::undoInWorkspace(*project, *ws, lastEdit_, "bench");
            if (!undo) die(undo.error().message);
            id = *undo;
        } else if (steps.size() == 2) {
            id = merge();
        } else {
            id = deleteBuilding();
        }
        lastEdit_ = id;
        auto changes = store::changesOf(*project, id);
        if (!changes) die(changes.error().message);
        s.changes = std::move(*changes);
        auto next = current->afterChanges(*project, s.changes);
        if (!next) die(next.error().message);
        current.emplace(std::move(*next));
        steps.push_back(std::move(s));
    }

    const Step& step(size_t k) {
        while (steps.size() <= k) advance();
        return steps[k];
    }

private:
    int64_t commit(const Result<edit::EditPlan>& plan) {
        if (!plan) die(plan.error().message);
        auto id = edit::commitPlan(*project, *ws, *plan, "bench");
        if (!id) die(id.error().message);
        return *id;
    }

    // The first over-range grid that has a suggested split, split along it.
    int64_t split() {
        for (const auto& g : ws->grids()) {
            if (ws->householdsOfGrid(g.code) <= ws->range().max) continue;
            auto s = edit::suggestSplit(*ws, g.code);
            if (!s) continue;
            return commit(edit::planSplit(*project, *ws, g.code, s->line));
        }
        die("no over-range grid with a suggested split");
    }

    // The first under-range grid with a merge partner, merged with it.
    int64_t merge() {
        for (const auto& g : ws->grids()) {
            if (ws->householdsOfGrid(g.code) >= ws->range().min) continue;
            const auto partners = edit::suggestMerge(*ws, g.code);
            if (partners.empty()) continue;
            return commit(edit::planMerge(*project, *ws, {{g.code, partners.front().code}, "", "", ""}));
        }
        die("no under-range grid with a merge partner");
    }

    // A building deleted: the first with linked households (they go to review), else the first
    // that counts households by its attribute (a synth district not yet geocoded).
    int64_t deleteBuilding() {
        for (bool linked : {true, false})
            for (const auto& b : ws->buildings())
                if (b.linked == linked && b.households > 0 && !b.geometry.isEmpty())
                    return commit(edit::planDeleteBuilding(*project, *ws, b.id));
        die("no building with households");
    }

    int64_t lastEdit_ = 0;
};

Fixture& fixture() {
    static Fixture f = [] {
        Fixture x;
        const fs::path work = bench::prepareSynthDistrict("model_update_bench", 1000000);
        x.dir = work.parent_path();
        auto p = store::Project::open(work.string());
        if (!p) die(p.error().message);
        x.project.emplace(std::move(*p));
        auto w = edit::Workspace::load(*x.project);
        if (!w) die(w.error().message);
        x.ws.emplace(std::move(*w));
        const auto start = std::chrono::steady_clock::now();
        auto m = model::MapModel::load(*x.project);
        if (!m) die(m.error().message);
        x.fullMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        x.current.emplace(std::move(*m));
        std::cerr << x.current->grids().size() << " grids, " << x.current->buildings().size() << " buildings, "
                  << x.current->issues().size() << " issues; full load " << x.fullMs << " ms\n";
        return x;
    }();
    return f;
}

void FullReload(benchmark::State& state) {
    Fixture& f = fixture();
    for (auto _ : state) {
        auto m = model::MapModel::load(*f.project);
        if (!m) state.SkipWithError(m.error().message.c_str());
        benchmark::DoNotOptimize(m);
    }
}
BENCHMARK(FullReload)->Unit(benchmark::kMillisecond)->Iterations(5);

// The model after step `k` made from the model before it; `ratio` is its share of a full load.
void afterStep(benchmark::State& state, size_t k) {
    Fixture& f = fixture();
    const Step& s = f.step(k);
    double ms = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        auto m = s.before->afterChanges(*f.project, s.changes);
        ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        if (!m) state.SkipWithError(m.error().message.c_str());
        benchmark::DoNotOptimize(m);
    }
    state.counters["rows"] = static_cast<double>(s.changes.changes.size());
    state.counters["full_ms"] = f.fullMs;
    state.counters["ratio"] = ms / static_cast<double>(state.iterations()) / f.fullMs;
}

void AfterSplit(benchmark::State& state) { afterStep(state, 0); }
BENCHMARK(AfterSplit)->Unit(benchmark::kMillisecond);
void AfterUndoOfSplit(benchmark::State& state) { afterStep(state, 1); }
BENCHMARK(AfterUndoOfSplit)->Unit(benchmark::kMillisecond);
void AfterMerge(benchmark::State& state) { afterStep(state, 2); }
BENCHMARK(AfterMerge)->Unit(benchmark::kMillisecond);
void AfterBuildingDeleted(benchmark::State& state) { afterStep(state, 3); }
BENCHMARK(AfterBuildingDeleted)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    // The edited copy goes with the run.
    Fixture& f = fixture();
    f.ws.reset();
    f.project.reset();
    fs::remove_all(f.dir);
    return 0;
}
