#pragma once
// The national list of administrative divisions (国家统计局 统计用区划代码 2023: provinces,
// cities, counties, streets and towns), compiled into the library from data/divisions. The
// normaliser strips these names off the front of addresses and tells an address of another
// district from one of the project's.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "geocode/name_trie.h"
#include "geocode/unicode.h"

namespace ga::geocode {

enum class DivisionLevel : uint8_t { Province, City, County, Street };

struct Division {
    std::string code;  ///< 2, 4, 6 or 9 digits; a division's parent is its code's prefix
    std::u32string name;
    DivisionLevel level;
};

class DivisionList {
public:
    /// The list compiled into the library, parsed on first use (thread-safe).
    static const DivisionList& national();

    /// Official names, each with the indexes of the divisions so named (县 names repeat across
    /// provinces).
    const NameTrie& names() const { return names_; }
    /// The names people write without their ending: 江苏 (江苏省), 南通 (南通市), 北京 (北京市),
    /// 如东 (如东县).
    const NameTrie& shortNames() const { return shortNames_; }
    const Division& operator[](uint32_t i) const { return divisions_[i]; }
    size_t size() const { return divisions_.size(); }
    /// Index of the division with `code`, or -1.
    int64_t find(std::string_view code) const;

private:
    DivisionList();
    std::vector<Division> divisions_;
    NameTrie names_, shortNames_;
    std::unordered_map<std::string, uint32_t> byCode_;
};

/// True when division code `a` is `b` or contains it or lies inside it (320623 and 320623001).
bool codesNested(std::string_view a, std::string_view b);

}  // namespace ga::geocode
