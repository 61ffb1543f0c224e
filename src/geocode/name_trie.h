#pragma once
// A trie over names as code points: finds every name that starts a text in one walk along it
// (one hash probe per character), where probing each possible length would hash the text again
// and again. Division names, the project's streets and communities, and road names (reversed,
// for names a text ends with) are kept in these.
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ga::geocode {

class NameTrie {
public:
    /// Adds `name` with `value` (a name may carry several values).
    void insert(std::u32string_view name, uint32_t value);
    /// Same, the name read backwards (for matching the end of a text).
    void insertReversed(std::u32string_view name, uint32_t value);

    /// Calls f(length, values) for every name that is a prefix of `text`, shortest first.
    template <class F>
    void prefixes(std::u32string_view text, F&& f) const {
        uint32_t node = 0;
        for (size_t i = 0; i < text.size(); ++i) {
            node = child(node, text[i]);
            if (node == 0) return;
            if (!values_[node].empty()) f(i + 1, values_[node]);
        }
    }
    /// Calls f(length, values) for every name that ends `text` (inserted reversed), shortest first.
    template <class F>
    void suffixes(std::u32string_view text, F&& f) const {
        uint32_t node = 0;
        for (size_t i = 0; i < text.size(); ++i) {
            node = child(node, text[text.size() - 1 - i]);
            if (node == 0) return;
            if (!values_[node].empty()) f(i + 1, values_[node]);
        }
    }
    bool empty() const { return values_.size() <= 1; }

private:
    uint32_t child(uint32_t node, char32_t c) const {
        const auto it = edges_.find(uint64_t(node) << 32 | c);
        return it == edges_.end() ? 0 : it->second;
    }
    template <class Next>
    void insertWith(size_t length, Next&& next, uint32_t value);

    std::unordered_map<uint64_t, uint32_t> edges_;
    std::vector<std::vector<uint32_t>> values_ = std::vector<std::vector<uint32_t>>(1);  ///< node 0 is the root
};

}  // namespace ga::geocode
