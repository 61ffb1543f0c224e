#pragma once
// The district an editing benchmark works on, at `path`: a private copy of the synth project
// GA_BENCH_PROJECT names, or else a synth district of `households` generated there.
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "synth/district_generator.h"

namespace ga::bench {

/// Writes the district to `path`; exits with the reason when it cannot.
inline void prepareSynthDistrict(const std::filesystem::path& path, long long households) {
    if (const char* given = std::getenv("GA_BENCH_PROJECT")) {
        std::filesystem::copy_file(given, path);
        return;
    }
    std::cerr << "generating a " << households << "-household synth district in " << path << " ...\n";
    synth::SynthOptions o;
    o.households = households;
    if (auto r = synth::generateDistrict(path.string(), o); !r) {
        std::cerr << r.error().message << "\n";
        std::exit(2);
    }
}

}  // namespace ga::bench
