#include <unistd.h>

#include <charconv>
#include <cstdio>
#include <fmt/format.h>
#include <iostream>

#include "cli/command.h"
#include "geo/crs.h"
#include "synth/district_generator.h"

namespace ga::cli {
namespace {

template <class T>
Result<T> parseNumber(const std::string& text, std::string_view option) {
    T value{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return fail(fmt::format("--{} '{}': not a whole number", option, text));
    return value;
}

}  // namespace

int runSynth(const Args& a) {
    if (a.positional().size() != 1) return failWith({"synth takes exactly one OUT.sqlite path"});
    synth::SynthOptions options;
    const auto households = a.value("households");
    if (!households) return failWith({"synth needs --households N"});
    auto n = parseNumber<long long>(*households, "households");
    if (!n) return failWith(n.error());
    options.households = *n;
    if (auto seed = a.value("seed")) {
        auto s = parseNumber<uint64_t>(*seed, "seed");
        if (!s) return failWith(s.error());
        options.seed = *s;
    }
    if (auto crs = a.value("crs")) {
        auto srid = geo::parseEpsg(*crs);
        if (!srid) return failWith(srid.error());
        options.srid = *srid;
    }
    options.truthPath = a.value("truth").value_or("");
    options.operatorName = a.value("operator").value_or("");
    int shown = -1;
    if (isatty(STDERR_FILENO)) {
        options.progress = [&shown](std::string_view stage, double f) {
            const int percent = stage == "writing" ? static_cast<int>(f * 100) : 101;
            if (percent == shown) return;
            shown = percent;
            if (percent <= 100) std::fprintf(stderr, "\rsynth: writing %3d%%", percent);
            else std::fputs("\rsynth: building spatial indexes", stderr);
            std::fflush(stderr);
        };
    }
    auto report = synth::generateDistrict(a.positional()[0], options);
    if (shown >= 0) std::fputs("\n", stderr);
    if (!report) return failWith(report.error());
    const auto& r = *report;
    std::cout << fmt::format(
        "created {} (EPSG:{}, seed {}) in {:.1f} s ({:.1f} s of it restoring geometry columns and indexes)\n"
        "streets {}  communities {}  grids {} ({} under, {} over the 300–500 rule)\n"
        "compounds {}  buildings {}  households {} ({} with a location)  issues {}\n"
        "roads {}  water {}  staff {}  organisations {}\n",
        a.positional()[0], options.srid, options.seed, r.seconds, r.indexSeconds, r.streets, r.communities, r.grids, r.gridsUnder,
        r.gridsOver, r.compounds, r.buildings, r.households, r.householdsWithLocation, r.issues, r.roads, r.water,
        r.staff, r.organisations);
    return 0;
}

}  // namespace ga::cli
