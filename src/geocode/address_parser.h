#pragma once
// A normalised address taken apart along the grammar of DOMAIN.md "Addresses":
// [admin] [road + door] [compound [phase]] [building] [unit] [floor] [room]. Parts it cannot
// place are kept and reported.
#include <string>
#include <unordered_set>
#include <vector>

#include "geocode/admin_prefix.h"
#include "geocode/name_trie.h"
#include "geocode/normalizer.h"

namespace ga::geocode {

struct ParsedAddress {
    AdminPrefix admin;
    std::string road;      ///< normalised road name, UTF-8 ("" when none)
    std::string door;      ///< door number on the road, digits
    std::string compound;  ///< normalised compound text as written, without its phase
    std::string phase;     ///< 2期, A区
    std::string building;  ///< 12, A
    int unit = 0;
    int floor = 0;                      ///< written floor (3层); 0 when not written
    std::string room;                   ///< 301
    std::vector<std::string> unplaced;  ///< parts the grammar has no place for

    /// The floor the address names: the written one, else the room number without its last two digits.
    int impliedFloor() const;
};

/// What the parser needs to know about the project's names.
struct ParseContext {
    const AdminMatcher* admin = nullptr;
    /// Normalised road names (buildings' roads, the roads layer, road aliases).
    const std::unordered_set<std::u32string, U32Hash, std::equal_to<>>* roads = nullptr;
    /// The same names in a trie, and reversed in another (for a text that ends with a road).
    const NameTrie* roadStarts = nullptr;
    const NameTrie* roadEnds = nullptr;
    /// Normalised compound names and aliases, with and without phase; and in a trie.
    const std::unordered_set<std::u32string, U32Hash, std::equal_to<>>* compounds = nullptr;
    const NameTrie* compoundStarts = nullptr;
};

/// Parses one normalised address.
ParsedAddress parseAddress(std::u32string_view normalized, const ParseContext& context);

}  // namespace ga::geocode
