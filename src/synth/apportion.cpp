#include "synth/apportion.h"

#include <algorithm>
#include <numeric>

namespace ga::synth {

std::vector<int> apportion(long long total, std::span<const double> weights) {
    std::vector<int> out(weights.size(), 0);
    if (weights.empty() || total <= 0) return out;
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<std::pair<double, size_t>> remainders;
    remainders.reserve(weights.size());
    long long given = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        const double exact = sum > 0 ? static_cast<double>(total) * weights[i] / sum
                                     : static_cast<double>(total) / static_cast<double>(weights.size());
        out[i] = static_cast<int>(exact);
        given += out[i];
        remainders.push_back({exact - out[i], i});
    }
    std::sort(remainders.begin(), remainders.end(),
              [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    // Rounding leaves fewer than weights.size() units; the loop wraps only against float error.
    for (size_t k = 0; given < total; k = (k + 1) % remainders.size(), ++given) ++out[remainders[k].second];
    return out;
}

}  // namespace ga::synth
