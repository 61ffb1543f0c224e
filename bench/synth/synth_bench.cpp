// Generation speed of synthetic districts (issue 2, "Scale data"): wall and CPU time, counts and
// file size per district, written into a temporary folder and removed afterwards.
// usage: synth_bench [HOUSEHOLDS ...]   (default: 100000 1000000)
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <string>
#include <vector>

#include "synth/district_generator.h"

namespace {

namespace fs = std::filesystem;

double cpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    auto s = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    return s(u.ru_utime) + s(u.ru_stime);
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<long long> sizes;
    for (int i = 1; i < argc; ++i) sizes.push_back(std::atoll(argv[i]));
    if (sizes.empty()) sizes = {100000, 1000000};
    const fs::path dir = fs::temp_directory_path() / fmt::format("ga_synth_bench_{}", ::getpid());
    fs::create_directories(dir);
    std::printf("%10s %8s %8s %8s %9s %6s %8s %9s\n", "households", "wall s", "cpu s", "index s", "buildings", "grids",
                "issues", "file MB");
    int status = 0;
    for (long long n : sizes) {
        const fs::path path = dir / fmt::format("synth_{}.sqlite", n);
        ga::synth::SynthOptions options;
        options.households = n;
        const double cpu0 = cpuSeconds();
        auto r = ga::synth::generateDistrict(path.string(), options);
        const double cpu = cpuSeconds() - cpu0;
        if (!r) {
            std::fprintf(stderr, "synth_bench: %s\n", r.error().message.c_str());
            status = 1;
            break;
        }
        std::printf("%10lld %8.1f %8.1f %8.1f %9lld %6lld %8lld %9.0f\n", n, r->seconds, cpu, r->indexSeconds,
                    r->buildings, r->grids, r->issues, static_cast<double>(fs::file_size(path)) / 1e6);
        std::fflush(stdout);
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path.string() + suffix);
    }
    fs::remove_all(dir);
    return status;
}
