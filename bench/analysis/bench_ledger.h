#pragma once
// The synth district for the analysis benchmarks: GA_BENCH_PROJECT names an existing synth
// project; otherwise one of 1M households (500k issues) is generated once into /tmp.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "analysis/issue_table.h"
#include "store/project.h"
#include "synth/district_generator.h"

namespace ga::bench {

inline std::string districtPath() {
    if (const char* p = std::getenv("GA_BENCH_PROJECT")) return p;
    const std::string path = "/tmp/gridatlas_analysis_bench_1m.sqlite";
    if (!std::filesystem::exists(path)) {
        std::fprintf(stderr, "generating %s (1M households, 500k issues) ...\n", path.c_str());
        synth::SynthOptions o;
        o.households = 1000000;
        if (auto r = synth::generateDistrict(path, o); !r) {
            std::fprintf(stderr, "cannot generate the district: %s\n", r.error().message.c_str());
            std::exit(2);
        }
    }
    return path;
}

/// The district's issue table, loaded once.
inline const analysis::IssueTable& districtIssues() {
    static const std::unique_ptr<analysis::IssueTable> table = [] {
        auto p = store::Project::open(districtPath(), true);
        if (!p) {
            std::fprintf(stderr, "%s\n", p.error().message.c_str());
            std::exit(2);
        }
        auto t = analysis::IssueTable::load(*p);
        if (!t) {
            std::fprintf(stderr, "%s\n", t.error().message.c_str());
            std::exit(2);
        }
        return std::make_unique<analysis::IssueTable>(std::move(*t));
    }();
    return *table;
}

}  // namespace ga::bench
