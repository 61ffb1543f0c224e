#include "geocode/batch_matcher.h"

#include <algorithm>
#include <map>
#include <thread>

#include "geocode/address_matcher.h"

namespace ga::geocode {
namespace {

// Rows matched per grab of a worker thread.
constexpr size_t kChunk = 2048;

int threadCount(const BatchOptions& o) {
    if (o.threads > 0) return o.threads;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

bool cancelled(const BatchOptions& o) { return o.cancelled && o.cancelled->load(std::memory_order_relaxed); }

int doorNumber(std::string_view door) {
    if (door.empty() || door.size() > 6) return -1;
    int v = 0;
    for (char c : door) {
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

// Votes of addresses for the compound behind a (road, door) that is no building's.
class GateVotes {
public:
    /// Counts `p` when it names a known road, a door no building has, and a compound matched by
    /// its name or an alias.
    void observe(const AddressIndex& index, const ParsedAddress& p, const MatchResult& r) {
        if (p.compound.empty() || p.door.empty() || r.candidateCount == 0) return;
        if (r.how != Reason::CompoundName && r.how != Reason::CompoundAlias) return;
        const uint32_t road = index.road(p.road);
        const int door = doorNumber(p.door);
        if (road == kNone || door < 0 || index.atDoor(road, p.door)) return;
        const uint32_t compound = index.buildings()[r.candidates[0].building].compound;
        if (compound != kNone) ++votes_[{road, door}][compound];
    }
    /// Counts an organisation's registered address naming road, door and compound: it weighs
    /// as much as the gate needs.
    void observeCompound(const AddressIndex& index, const ParsedAddress& p, uint32_t compound) {
        const uint32_t road = index.road(p.road);
        const int door = doorNumber(p.door);
        if (road == kNone || door < 0 || index.atDoor(road, p.door)) return;
        votes_[{road, door}][compound] += kGateVotes;
    }
    void merge(const GateVotes& o) {
        for (const auto& [key, counts] : o.votes_)
            for (const auto& [compound, n] : counts) votes_[key][compound] += n;
    }
    std::vector<Gate> gates() const {
        std::vector<Gate> out;
        for (const auto& [key, counts] : votes_) {
            int total = 0, best = 0;
            uint32_t compound = kNone;
            for (const auto& [c, n] : counts) {
                total += n;
                if (n > best) best = n, compound = c;
            }
            if (best >= kGateVotes && best * 10 >= total * 9 && compound != kNone)
                out.push_back({key.first, key.second, compound});
        }
        return out;
    }

private:
    std::map<std::pair<uint32_t, int>, std::map<uint32_t, int>> votes_;
};

// Runs work(matcher, votes, i) for every i in `rows` on all threads; the calling thread reports
// progress from `base` to `base + span`.
template <class Work>
bool runParallel(const AddressIndex& index, const std::vector<size_t>& rows, const BatchOptions& options, double base,
                 double span, std::vector<GateVotes>& votes, Work&& work) {
    std::atomic<size_t> next{0}, done{0};
    std::atomic<bool> stop{false};
    const int threads = threadCount(options);
    votes.assign(static_cast<size_t>(threads), GateVotes());
    auto run = [&](int t) {
        AddressMatcher matcher(index);
        for (;;) {
            if (stop.load(std::memory_order_relaxed) || cancelled(options)) {
                stop = true;
                return;
            }
            const size_t begin = next.fetch_add(kChunk);
            if (begin >= rows.size()) return;
            const size_t end = std::min(rows.size(), begin + kChunk);
            for (size_t k = begin; k < end; ++k) work(matcher, votes[static_cast<size_t>(t)], rows[k]);
            const size_t total = done.fetch_add(end - begin) + (end - begin);
            if (t == 0 && options.progress)
                options.progress(base + span * static_cast<double>(total) / static_cast<double>(rows.size()));
        }
    };
    {
        std::vector<std::jthread> workers;
        for (int t = 1; t < threads; ++t) workers.emplace_back(run, t);
        run(0);
    }
    return !stop;
}

}  // namespace

Result<std::vector<MatchResult>> matchBatch(AddressIndex& index, size_t count,
                                            const std::function<std::string_view(size_t)>& address,
                                            const std::function<bool(size_t)>& skip, const BatchOptions& options) {
    std::vector<MatchResult> results(count);
    std::vector<size_t> rows;
    rows.reserve(count);
    for (size_t i = 0; i < count; ++i)
        if (!skip(i)) rows.push_back(i);

    // Organisations' addresses name gates too ("人民路93号华荣上海城").
    GateVotes all;
    {
        AddressMatcher matcher(index);
        for (const std::string& a : index.placeAddresses()) {
            ParsedAddress p;
            const MatchResult r = matcher.match(a, &p);
            if (p.building.empty() && r.level == MatchLevel::Compound && r.problem == Reason::NoBuildingNumber &&
                (r.how == Reason::CompoundName || r.how == Reason::CompoundAlias))
                all.observeCompound(index, p, index.buildings()[r.candidates[0].building].compound);
        }
    }

    // First pass; rows whose door was no building's may find their compound by its gate later.
    std::vector<char> unknownDoor(count, 0);
    std::vector<GateVotes> votes;
    const bool finished =
        runParallel(index, rows, options, 0, 0.9, votes, [&](AddressMatcher& m, GateVotes& v, size_t i) {
            ParsedAddress p;
            results[i] = m.match(address(i), &p);
            // A known road without a door, or with a door that is no building's, may lead to a
            // compound by its gate.
            const uint32_t road = p.road.empty() ? kNone : index.road(p.road);
            if (road == kNone || (!p.door.empty() && index.atDoor(road, p.door))) return;
            unknownDoor[i] = 1;
            v.observe(index, p, results[i]);
        });
    if (!finished) return fail("geocoding cancelled");
    for (const GateVotes& v : votes) all.merge(v);
    const std::vector<Gate> gates = all.gates();
    if (gates.empty()) return results;
    index.addGates(gates);

    std::vector<size_t> again;
    for (size_t i : rows)
        if (unknownDoor[i]) again.push_back(i);
    if (!runParallel(index, again, options, 0.9, 0.1, votes,
                     [&](AddressMatcher& m, GateVotes&, size_t i) { results[i] = m.match(address(i)); }))
        return fail("geocoding cancelled");
    return results;
}

}  // namespace ga::geocode
