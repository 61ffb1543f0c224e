#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "cli/command.h"
#include "core/json_writer.h"
#include "geocode/geocoder.h"
#include "geocode/review_csv.h"

namespace ga::cli {
namespace {

std::string percent(long long n, long long of) { return of > 0 ? fmt::format("{:.1f}%", 100.0 * n / of) : "-"; }

void printReport(const geocode::GeocodeReport& r, const std::string& project, double threshold) {
    using geocode::MatchLevel;
    const auto& lv = r.linkedByLevel;
    std::cout << fmt::format("geocoded {} households of {} in {:.2f} s (threshold {:.2f})\n", r.households, project,
                             r.seconds, threshold);
    std::cout << fmt::format("  linked       {:>8}  {:>6}   room {}, unit {}, building {}\n", r.linked,
                             percent(r.linked, r.households), lv[static_cast<size_t>(MatchLevel::Room)],
                             lv[static_cast<size_t>(MatchLevel::Unit)], lv[static_cast<size_t>(MatchLevel::Building)]);
    std::cout << fmt::format("  by location  {:>8}\n", r.linkedByPoint);
    std::string reasons;
    for (const auto& [reason, n] : r.reviewByReason)
        reasons += fmt::format("{}{} {}", reasons.empty() ? "" : ", ", reason, n);
    std::cout << fmt::format("  review       {:>8}  {:>6}   {}\n", r.review, percent(r.review, r.households), reasons);
    if (r.keptLinks)
        std::cout << fmt::format("  kept links   {:>8}   (earlier links kept; the new match is in review)\n",
                                 r.keptLinks);
    if (r.manual) std::cout << fmt::format("  manual       {:>8}   (settled by hand, left alone)\n", r.manual);
    std::cout << fmt::format("  changed      {:>8}\n", r.changed);
}

void printJson(const geocode::GeocodeReport& r, double threshold, const std::optional<std::string>& review) {
    JsonWriter j;
    j.beginObject()
        .field("households", r.households)
        .field("threshold", threshold)
        .field("linked", r.linked)
        .field("linked_by_point", r.linkedByPoint)
        .field("review", r.review)
        .field("kept_links", r.keptLinks)
        .field("manual", r.manual)
        .field("changed", r.changed);
    j.key("linked_by_level").beginObject();
    for (auto level : {geocode::MatchLevel::Building, geocode::MatchLevel::Unit, geocode::MatchLevel::Room})
        j.field(geocode::matchLevelId(level), r.linkedByLevel[static_cast<size_t>(level)]);
    j.endObject().key("review_by_reason").beginObject();
    for (const auto& [reason, n] : r.reviewByReason) j.field(reason, n);
    j.endObject();
    j.field("seconds", r.seconds)
        .field("read_seconds", r.readSeconds)
        .field("match_seconds", r.matchSeconds)
        .field("point_seconds", r.pointSeconds)
        .field("write_seconds", r.writeSeconds)
        .field("edit_id", static_cast<long long>(r.editId));
    if (review) j.field("review_csv", *review);
    j.endObject();
    std::cout << j.str() << "\n";
}

}  // namespace

int runGeocode(const Args& a) {
    if (a.positional().size() != 1) return failWith({"geocode takes PROJECT"});
    geocode::GeocodeOptions o;
    if (auto t = a.value("threshold")) {
        char* end = nullptr;
        o.threshold = std::strtod(t->c_str(), &end);
        if (end == t->c_str() || *end != '\0' || !(o.threshold > 0 && o.threshold <= 1))
            return failWith({fmt::format("--threshold {}: a number in (0, 1]", *t)});
    }
    if (auto t = a.value("threads")) {
        o.threads = std::atoi(t->c_str());
        if (o.threads < 1 || o.threads > 64) return failWith({fmt::format("--threads {}: 1 to 64", *t)});
    }
    o.matchAddresses = !a.flag("points-only");
    const auto reviewPath = a.value("review");
    if (reviewPath) {
        const std::filesystem::path dir = std::filesystem::absolute(*reviewPath).parent_path();
        if (!std::filesystem::is_directory(dir) || ::access(dir.c_str(), W_OK) != 0)
            return failWith({fmt::format("--review {}: cannot write in {}", *reviewPath, dir.string())});
    }
    const bool terminal = ::isatty(STDERR_FILENO) != 0 && !a.flag("json");
    if (terminal)
        o.progress = [](std::string_view stage, double f) {
            std::cerr << fmt::format("\r\033[Kgeocoding: {} {:.0f}%", stage, f * 100);
            std::cerr.flush();
        };

    auto p = openProject(a);
    if (!p) return failWith(p.error());
    o.operatorName = operatorOf(a, p->settings());
    auto r = geocode::geocodeProject(*p, o);
    if (terminal) std::cerr << "\r\033[K";
    if (!r) return failWith(r.error());
    if (reviewPath) {
        auto rows = store::readReviewQueue(*p);
        if (!rows) return failWith(rows.error());
        // The links have landed: a list that cannot be written is a warning, not a failure.
        if (auto w = geocode::writeReviewCsv(*rows, *reviewPath); !w)
            std::cerr << "gridatlas-cli: warning: " << w.error().message << "\n";
    }
    if (a.flag("json"))
        printJson(*r, o.threshold, reviewPath);
    else {
        printReport(*r, p->path(), o.threshold);
        if (reviewPath) std::cout << fmt::format("  review list  {}\n", *reviewPath);
    }
    return 0;
}

}  // namespace ga::cli
