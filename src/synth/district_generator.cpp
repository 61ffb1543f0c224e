#include "synth/district_generator.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <mutex>
#include <thread>

#include "core/json_writer.h"
#include "geo/crs.h"
#include "store/bulk_load.h"
#include "store/project.h"
#include "synth/community_builder.h"
#include "synth/district_writer.h"

namespace ga::synth {
namespace {

// A point near 海淀区 (116.3°E, 40.0°N) shifted into the zone of a CGCS2000 Gauss–Krüger CRS, so
// a district in any zone sits 0.7° west of its central meridian at Beijing's latitude.
Result<geo::Point> plausibleOrigin(int srid) {
    double lon = 116.3;
    if (srid >= 4534 && srid <= 4554) lon = 75 + 3 * (srid - 4534) - 0.7;       // CM zones, no prefix
    else if (srid >= 4513 && srid <= 4533) lon = 75 + 3 * (srid - 4513) - 0.7;  // zones 25–45
    auto t = geo::Transformer::create("EPSG:4490", srid);
    if (!t) return std::unexpected(t.error());
    auto p = t->apply(geo::Point{lon, 40.0});
    if (!p) return std::unexpected(p.error());
    return geo::Point{std::round(p->x / 1000) * 1000, std::round(p->y / 1000) * 1000};
}

// Communities are built on a second thread while the first writes: a queue of at most two.
class CommunityQueue {
public:
    bool push(CommunityFeatures c) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return items_.size() < 2 || cancelled_; });
        if (cancelled_) return false;
        items_.push_back(std::move(c));
        changed_.notify_all();
        return true;
    }
    std::optional<CommunityFeatures> pop() {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return !items_.empty() || finished_; });
        if (items_.empty()) return std::nullopt;
        CommunityFeatures c = std::move(items_.front());
        items_.pop_front();
        changed_.notify_all();
        return c;
    }
    void finish() {
        std::lock_guard lock(mutex_);
        finished_ = true;
        changed_.notify_all();
    }
    void cancel() {
        std::lock_guard lock(mutex_);
        cancelled_ = true;
        changed_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<CommunityFeatures> items_;
    bool finished_ = false, cancelled_ = false;
};

void removeProject(const std::string& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path + suffix, ec);
}

Result<SynthReport> generateInto(store::Project& project, const DistrictPlan& plan, const RoadNetwork& roads,
                                 NamePool& names, const SynthOptions& options) {
    SynthReport report;
    std::ofstream truth;
    if (!options.truthPath.empty()) {
        truth.open(options.truthPath, std::ios::binary | std::ios::trunc);
        if (!truth) return fail(fmt::format("{}: cannot write the truth file", options.truthPath));
        truth << "household_id,building_id,form\n";
    }
    static constexpr store::Layer kLoaded[] = {store::Layer::Communities, store::Layer::Grids, store::Layer::Compounds,
                                               store::Layer::Buildings,   store::Layer::Roads, store::Layer::Water,
                                               store::Layer::Households,  store::Layer::Issues,
                                               store::Layer::Organisations};
    auto bulk = store::BulkLoad::begin(project, kLoaded);
    if (!bulk) return std::unexpected(bulk.error());
    auto writer = DistrictWriter::create(project);
    if (!writer) return std::unexpected(writer.error());
    if (auto r = writer->writeRoads(roads.roads()); !r) return std::unexpected(r.error());
    if (auto r = writer->writeWater(roads.rivers()); !r) return std::unexpected(r.error());
    report.roads = static_cast<long long>(roads.roads().size());
    report.water = static_cast<long long>(roads.rivers().size());

    CommunityQueue queue;
    std::thread producer([&] {
        for (size_t i = 0; i < plan.communities.size(); ++i)
            if (!queue.push(buildCommunity(plan, i, roads, names, options.seed))) return;
        queue.finish();
    });
    Result<void> written;
    const HouseholdRange range;
    while (auto c = queue.pop()) {
        written = writer->writeCommunity(*c, [&](const HouseholdWritten& h) {
            if (truth.is_open())
                truth << h.household.householdId << ',' << h.buildingRowId << ',' << h.household.form << '\n';
            report.householdsWithLocation += h.household.location.has_value();
        });
        if (!written) {
            queue.cancel();
            break;
        }
        ++report.communities;
        report.grids += static_cast<long long>(c->grids.size());
        for (const SynthGrid& g : c->grids) {
            report.gridsUnder += range.classify(g.households) == RangeStatus::Under;
            report.gridsOver += range.classify(g.households) == RangeStatus::Over;
        }
        report.compounds += static_cast<long long>(c->compounds.size());
        report.buildings += static_cast<long long>(c->buildings.size());
        report.households += static_cast<long long>(c->households.size());
        report.issues += static_cast<long long>(c->issues.size());
        report.staff += static_cast<long long>(c->staff.size());
        report.organisations += static_cast<long long>(c->organisations.size());
        report.roads += static_cast<long long>(c->lanes.size());
        report.water += static_cast<long long>(c->ponds.size());
        if (options.progress) options.progress("writing", static_cast<double>(report.households) / plan.households);
    }
    producer.join();
    if (!written) return std::unexpected(written.error());
    report.streets = static_cast<long long>(plan.streets.size());

    if (options.progress) options.progress("indexing", 1.0);
    const auto indexStart = std::chrono::steady_clock::now();
    JsonWriter detail;
    detail.beginObject()
        .field("households", report.households)
        .field("seed", static_cast<long long>(options.seed))
        .field("buildings", report.buildings)
        .field("grids", report.grids)
        .field("issues", report.issues)
        .endObject();
    store::EditLogEntry entry{store::resolveOperator(options.operatorName, project.settings()), "synth", "district",
                              fmt::format("合成街区 {} 户 (seed {})", report.households, options.seed), detail.str()};
    if (auto r = project.logEdit(entry); !r) return std::unexpected(r.error());
    if (auto r = bulk->commit(); !r) return std::unexpected(r.error());
    report.indexSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - indexStart).count();
    if (truth.is_open()) {
        truth.close();
        if (!truth) return fail(fmt::format("{}: writing the truth file failed", options.truthPath));
    }
    return report;
}

}  // namespace

Result<SynthReport> generateDistrict(const std::string& path, const SynthOptions& options) {
    const auto start = std::chrono::steady_clock::now();
    if (auto r = geo::requireMetricProjectCrs(options.srid); !r) return std::unexpected(r.error());
    auto origin = plausibleOrigin(options.srid);
    if (!origin) return std::unexpected(origin.error());
    NamePool names(streamSeed(options.seed, 0x6E616D65));  // "name"
    auto plan = planDistrict(options.households, options.seed, *origin, names);
    if (!plan) return std::unexpected(plan.error());
    const RoadNetwork roads = RoadNetwork::build(*plan, names);

    store::ProjectSettings settings;
    settings.name = fmt::format("{}（合成，{} 户，seed {}）", plan->county, options.households, options.seed);
    settings.division = plan->countyCode;
    settings.srid = options.srid;
    settings.operatorName = options.operatorName;
    Result<SynthReport> report;
    {
        auto project = store::Project::create(path, settings);
        if (!project) return std::unexpected(project.error());
        report = generateInto(*project, *plan, roads, names, options);
    }
    if (!report) {
        removeProject(path);
        std::error_code ec;
        if (!options.truthPath.empty()) std::filesystem::remove(options.truthPath, ec);
        return report;
    }
    report->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

}  // namespace ga::synth
