#pragma once
// The district an editing benchmark works on, in a folder of its own under the temporary
// directory: a private copy of the synth project GA_BENCH_PROJECT names, or else a synth district
// of `households` generated there.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "synth/district_generator.h"

namespace ga::bench {

/// Writes the district into ga_<bench>_<pid>/district.sqlite under the temporary directory and
/// returns its path; exits with the reason when it cannot.
inline std::filesystem::path prepareSynthDistrict(const std::string& bench, long long households) {
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("ga_" + bench + "_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::filesystem::path path = dir / "district.sqlite";
    if (const char* given = std::getenv("GA_BENCH_PROJECT")) {
        std::filesystem::copy_file(given, path);
        return path;
    }
    std::cerr << "generating a " << households << "-household synth district in " << path << " ...\n";
    synth::SynthOptions o;
    o.households = households;
    if (auto r = synth::generateDistrict(path.string(), o); !r) {
        std::cerr << r.error().message << "\n";
        std::exit(2);
    }
    return path;
}

}  // namespace ga::bench
