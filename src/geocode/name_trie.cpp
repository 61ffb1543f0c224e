#include "geocode/name_trie.h"

#include <algorithm>

namespace ga::geocode {

template <class Next>
void NameTrie::insertWith(size_t length, Next&& next, uint32_t value) {
    if (length == 0) return;
    uint32_t node = 0;
    for (size_t i = 0; i < length; ++i) {
        const uint64_t key = uint64_t(node) << 32 | next(i);
        auto [it, added] = edges_.emplace(key, static_cast<uint32_t>(values_.size()));
        if (added) values_.emplace_back();
        node = it->second;
    }
    auto& v = values_[node];
    if (std::find(v.begin(), v.end(), value) == v.end()) v.push_back(value);
}

void NameTrie::insert(std::u32string_view name, uint32_t value) {
    insertWith(
        name.size(), [&](size_t i) { return name[i]; }, value);
}

void NameTrie::insertReversed(std::u32string_view name, uint32_t value) {
    insertWith(
        name.size(), [&](size_t i) { return name[name.size() - 1 - i]; }, value);
}

}  // namespace ga::geocode
