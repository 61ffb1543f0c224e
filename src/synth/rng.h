#pragma once
// Deterministic random numbers: the same seed gives the same district on every machine and with
// every standard library (the std:: distributions are implementation-defined, so none is used).
#include <cmath>
#include <cstdint>
#include <span>

namespace ga::synth {

// 64×64→128-bit products for unbiased bounded draws (a GCC/Clang extension).
__extension__ typedef unsigned __int128 Uint128;

/// SplitMix64 finaliser: a well-mixed 64-bit value from any input.
constexpr uint64_t mix64(uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

/// Seed of an independent stream for entity (a, b) of a run seeded with `seed`, so each community
/// can be generated on its own and still come out the same.
constexpr uint64_t streamSeed(uint64_t seed, uint64_t a, uint64_t b = 0) {
    return mix64(mix64(mix64(seed) ^ a) ^ (b * 0xD1342543DE82EF95ull));
}

/// xoshiro256** seeded through SplitMix64.
class Rng {
public:
    explicit Rng(uint64_t seed) {
        for (uint64_t& s : s_) {
            seed += 0x9E3779B97F4A7C15ull;
            s = mix64(seed);
        }
    }

    uint64_t next() {
        const uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }

    /// Uniform integer in [0, n); 0 when n is 0 (Lemire's multiply-shift, unbiased).
    uint64_t below(uint64_t n) {
        if (n == 0) return 0;
        Uint128 m = static_cast<Uint128>(next()) * n;
        auto low = static_cast<uint64_t>(m);
        if (low < n) {
            const uint64_t threshold = (0 - n) % n;
            while (low < threshold) {
                m = static_cast<Uint128>(next()) * n;
                low = static_cast<uint64_t>(m);
            }
        }
        return static_cast<uint64_t>(m >> 64);
    }
    /// Uniform integer in [lo, hi].
    int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<uint64_t>(hi - lo) + 1)); }
    /// Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    /// Standard normal (Box–Muller).
    double normal() {
        const double u = 1.0 - uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * uniform());
    }

    template <class T>
    const T& pick(std::span<const T> items) {
        return items[below(items.size())];
    }
    /// An index drawn with probability proportional to `weights`.
    size_t weighted(std::span<const double> weights) {
        double total = 0;
        for (double w : weights) total += w;
        double r = uniform() * total;
        for (size_t i = 0; i < weights.size(); ++i) {
            if (r < weights[i]) return i;
            r -= weights[i];
        }
        return weights.size() - 1;
    }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t s_[4];
};

}  // namespace ga::synth
