#include "geocode/geocoder.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <optional>
#include <thread>
#include <vector>

#include "core/json_writer.h"
#include "geocode/address_index.h"
#include "geocode/batch_matcher.h"
#include "geocode/building_locator.h"
#include "store/address_sources.h"
#include "store/cancellation.h"
#include "store/household_links.h"
#include "store/review_queue.h"

namespace ga::geocode {
namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// Confidence of a link made by location: the footprint decides, whatever the address says.
constexpr float kPointConfidence = 0.95f;
constexpr float kPointConfirmedConfidence = 0.99f;
// Confidences closer than this are the same: the stored value is a float widened to a double.
constexpr double kSameConfidence = 1e-4;
// From this many links on, the building → households index is rebuilt rather than updated.
constexpr size_t kManyLinks = 5000;
struct Progress {
    const GeocodeOptions& options;
    void operator()(std::string_view stage, double fraction) const {
        if (options.progress) options.progress(stage, fraction);
    }
};

bool cancelled(const GeocodeOptions& o) { return o.cancelled && o.cancelled->load(std::memory_order_relaxed); }

int threadCount(const GeocodeOptions& o) {
    if (o.threads > 0) return o.threads;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

// For each located household (h.located order), the store id of the building its point lies
// in, or 0.
Result<std::vector<int64_t>> locateAll(store::Project& project, const store::HouseholdsToGeocode& h,
                                       const GeocodeOptions& options) {
    std::vector<int64_t> found(h.points.size(), 0);
    if (h.points.empty()) return found;
    auto footprints = store::readBuildingFootprints(project);
    if (!footprints) return std::unexpected(footprints.error());
    std::vector<geo::Geometry> shapes;
    std::vector<int64_t> ids;
    shapes.reserve(footprints->size());
    ids.reserve(footprints->size());
    for (store::BuildingFootprint& f : *footprints) {
        shapes.push_back(std::move(f.footprint));
        ids.push_back(f.id);
    }
    const BuildingLocator locator(shapes);
    const std::vector<int> in = locator.locateAll(h.points, threadCount(options));
    for (size_t k = 0; k < in.size(); ++k)
        if (in[k] >= 0) found[k] = ids[static_cast<size_t>(in[k])];
    return found;
}

// The address result corrected by the household's location: a point inside a building links
// to it; the address only confirms it, or — when it is sure of another building — sends the
// household to review with both candidates.
MatchResult withLocation(MatchResult address, uint32_t building, double threshold) {
    MatchResult r = address;
    const bool addressSure = address.linkable(threshold);
    if (addressSure && address.candidates[0].building != building) {
        r.problem = Reason::PointDisagrees;
        r.candidates[0] = {building, kPointConfidence};
        r.candidateCount = 1;
        r.candidates[r.candidateCount++] = {address.candidates[0].building, address.candidates[0].confidence};
        for (size_t k = 1; k < address.candidateCount && r.candidateCount < kMaxCandidates; ++k)
            if (address.candidates[k].building != building) r.candidates[r.candidateCount++] = address.candidates[k];
        r.confidence = kPointConfidence;
        return r;
    }
    const bool confirmed = addressSure && address.candidates[0].building == building;
    r.how = confirmed ? Reason::PointConfirmed : Reason::PointInBuilding;
    r.problem = Reason::None;
    r.level = confirmed ? address.level : MatchLevel::Building;
    r.confidence = confirmed ? kPointConfirmedConfidence : kPointConfidence;
    r.candidates[0] = {building, r.confidence};
    r.candidateCount = 1;
    return r;
}

}  // namespace

Result<GeocodeReport> geocodeProject(store::Project& project, const GeocodeOptions& options) {
    if (project.readOnly()) return fail(fmt::format("{}: the project is open read-only", project.path()));
    const auto start = Clock::now();
    const Progress progress{options};
    GeocodeReport report;

    progress("reading", 0);
    store::watchCancellation(project, options.cancelled);
    struct Unwatch {
        store::Project& p;
        ~Unwatch() { store::watchCancellation(p, nullptr); }
    } unwatch{project};
    // The batch holds the write transaction from here: the buildings read are those linked to.
    auto batch = store::LinkBatch::begin(project);
    if (!batch) return std::unexpected(batch.error());
    auto households = store::readHouseholdsToGeocode(project, options.matchAddresses);
    if (!households) return std::unexpected(households.error());
    const store::HouseholdsToGeocode& h = *households;
    // Placing by location alone needs no address index.
    std::optional<AddressIndex> index;
    if (options.matchAddresses) {
        auto sources = store::readAddressSources(project);
        if (!sources) return std::unexpected(sources.error());
        index.emplace(AddressIndex::build(*sources));
    }
    report.households = static_cast<long long>(h.size());
    report.readSeconds = since(start);
    progress("reading", 1);

    auto t = Clock::now();
    std::vector<MatchResult> results;
    if (options.matchAddresses) {
        BatchOptions matching;
        matching.threads = options.threads;
        matching.cancelled = options.cancelled;
        if (options.progress) matching.progress = [&](double f) { progress("matching", f); };
        auto matched = matchBatch(
            *index, h.size(), [&](size_t i) { return h.address(i); },
            [&](size_t i) { return h.methods[i] == store::LinkMethod::Manual; }, matching);
        if (!matched) return std::unexpected(matched.error());
        results = std::move(*matched);
    }
    report.matchSeconds = since(t);

    t = Clock::now();
    progress("locating", 0);
    auto located = locateAll(project, h, options);
    if (!located) return std::unexpected(located.error());
    if (cancelled(options)) return fail("geocoding cancelled");
    report.pointSeconds = since(t);
    progress("locating", 1);

    // Decide per household: link, or queue with candidates (keeping an earlier link).
    t = Clock::now();
    std::vector<uint32_t> pointOf(index ? h.size() : 0, kNone);
    if (index)
        for (size_t k = 0; k < h.located.size(); ++k)
            if ((*located)[k] > 0) pointOf[h.located[k]] = index->buildingById((*located)[k]);
    std::vector<store::HouseholdLink> links;
    // A row whose building, method, level, reason and confidence stay as stored is not written
    // again.
    std::string stamp;
    auto keep = [&](size_t i, const store::HouseholdLink& l) {
        if (h.buildings[i] != l.building || h.methods[i] != l.method) return false;
        if (l.building > 0 && !(std::abs(h.confidences[i] - l.confidence) <= kSameConfidence)) return false;
        stamp.assign(l.level);
        stamp += '|';
        stamp += l.reason;
        return h.stamp(i) == stamp;
    };
    auto link = [&](size_t i, const store::HouseholdLink& l) {
        if (!keep(i, l)) links.push_back(l);
    };
    std::vector<store::ReviewEntry> queue;
    std::vector<int64_t> leftQueue;
    links.reserve(h.size());
    auto decide = [&](size_t i, const MatchResult& r) {
        const auto& buildings = index->buildings();
        const int64_t before = h.buildings[i];
        if (r.linkable(options.threshold)) {
            const Candidate& best = r.candidates[0];
            const int64_t id = buildings[best.building].id;
            const bool byPoint = r.how == Reason::PointInBuilding || r.how == Reason::PointConfirmed;
            link(i, {h.ids[i], id, matchLevelId(r.level), best.confidence, reasonId(r.how),
                     byPoint ? store::LinkMethod::Point : store::LinkMethod::Address});
            ++report.linked;
            report.linkedByPoint += byPoint;
            ++report.linkedByLevel[static_cast<size_t>(r.level)];
            report.changed += before != id;
            return true;
        }
        MatchResult q = r;
        if (q.problem == Reason::None) q.problem = Reason::Doubtful;
        store::ReviewEntry e{h.ids[i], std::string(reasonId(q.reason())), std::string(matchLevelId(q.level)), {}};
        for (size_t k = 0; k < q.candidateCount; ++k)
            e.candidates.push_back({buildings[q.candidates[k].building].id, q.candidates[k].confidence});
        ++report.reviewByReason[e.reason];
        ++report.review;
        if (before > 0) {
            ++report.keptLinks;  // nothing already linked is lost
        } else {
            link(i, {h.ids[i], 0, "", 0, reasonId(q.reason()), store::LinkMethod::None});
        }
        queue.push_back(std::move(e));
        return false;
    };
    if (options.matchAddresses) {
        for (size_t i = 0; i < h.size(); ++i) {
            if (h.methods[i] == store::LinkMethod::Manual) {
                ++report.manual;
                continue;
            }
            decide(i, pointOf[i] != kNone ? withLocation(results[i], pointOf[i], options.threshold) : results[i]);
        }
    } else {
        for (size_t k = 0; k < h.located.size(); ++k) {
            const size_t i = h.located[k];
            if (h.methods[i] == store::LinkMethod::Manual) {
                ++report.manual;
                continue;
            }
            const int64_t id = (*located)[k];
            if (id == 0) continue;
            link(i, {h.ids[i], id, matchLevelId(MatchLevel::Building), kPointConfidence,
                     reasonId(Reason::PointInBuilding), store::LinkMethod::Point});
            ++report.linked;
            ++report.linkedByPoint;
            ++report.linkedByLevel[static_cast<size_t>(MatchLevel::Building)];
            report.changed += h.buildings[i] != id;
            leftQueue.push_back(h.ids[i]);
        }
    }

    progress("writing", 0);
    // Rebuilding the household → building index once is cheaper than updating it row by row
    // when a good share of the households change.
    const bool many = links.size() >= kManyLinks && links.size() * 10 >= h.size();
    if (auto r = batch->write(links, many); !r) return std::unexpected(r.error());
    progress("writing", 0.8);
    if (options.matchAddresses) {
        if (auto r = store::replaceReviewQueue(project, queue); !r) return std::unexpected(r.error());
    } else if (auto r = store::removeFromReviewQueue(project, leftQueue); !r) {
        return std::unexpected(r.error());
    }
    JsonWriter w;
    w.beginObject()
        .field("households", report.households)
        .field("linked", report.linked)
        .field("linked_by_point", report.linkedByPoint)
        .field("review", report.review)
        .field("kept_links", report.keptLinks)
        .field("manual", report.manual)
        .field("changed", report.changed)
        .field("threshold", options.threshold)
        .field("addresses", options.matchAddresses)
        .endObject();
    auto logged =
        project.logEdit({store::resolveOperator(options.operatorName, project.settings()), "geocode", "households",
                         fmt::format("户进房：{} 户关联到楼栋，{} 户待复核", report.linked, report.review), w.str()});
    if (!logged) return std::unexpected(logged.error());
    if (auto r = batch->commit(); !r) return std::unexpected(r.error());
    report.editId = *logged;
    report.writeSeconds = since(t);
    report.seconds = since(start);
    progress("writing", 1);
    return report;
}

}  // namespace ga::geocode
