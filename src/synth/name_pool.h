#pragma once
// Place names for a synthetic district: compounds (with old names), communities, streets, roads,
// villages, rivers and shops. Names that must identify a place are unique within one pool.
#include <string>
#include <unordered_set>
#include <vector>

#include "synth/rng.h"

namespace ga::synth {

/// A compound name split as people shorten it: brand 华荣 + ending 上海城.
struct CompoundName {
    std::string brand, ending;
    std::string full() const { return brand + ending; }
};

class NamePool {
public:
    explicit NamePool(uint64_t seed) : rng_(seed) {}

    /// A compound name not given out before by this pool.
    CompoundName compound();
    /// An earlier name of compound `c` (a works dormitory, 华荣小区, ...), unique in the pool.
    std::string oldCompoundName(const CompoundName& c);
    /// 友好社区, ...
    std::string community();
    /// A street office name (…街道) for codes beyond the real list.
    std::string street();
    /// A road name (人民路, 八一路, 知春里街, ...).
    std::string road();
    /// A village name (王各庄村, ...).
    std::string village();
    /// A river name (…河).
    std::string river();

    /// Marks `name` as taken (real names from a fixed list); false when it was taken already.
    bool reserve(const std::string& name) { return used_.insert(name).second; }

    /// A shop or business name (not unique).
    static std::string shop(Rng& rng);

private:
    // Draws from `make` until an unused name comes up; after many misses a prefix makes it unique.
    template <class Make>
    std::string unique(Make&& make);
    Rng rng_;
    std::unordered_set<std::string> used_;
};

}  // namespace ga::synth
