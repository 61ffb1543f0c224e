#pragma once
// Administrative prefixes of an address (江苏省南通市如东县掘港街道友好社区…): recognised from the
// national division list and the project's own streets and communities, taken off the front,
// and checked against the project's division so that an address of another district is told
// apart from one of the project's.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "geocode/divisions.h"
#include "geocode/unicode.h"

namespace ga::geocode {

/// A street or community of the project (communities layer: its name and its street's name).
struct LocalArea {
    std::string code;     ///< statistical code when known ("" otherwise)
    std::u32string name;  ///< normalised name
    bool community = true;
};

struct AdminPrefix {
    size_t length = 0;               ///< code points taken off the front
    std::vector<std::string> names;  ///< each part as written, UTF-8: 江苏省, 如东县, 友好社区
    std::vector<size_t> localAreas;  ///< indexes of the project's streets/communities named
    std::string outsideName;         ///< the first part that lies outside the project ("" when none)
};

class AdminMatcher {
public:
    /// `projectDivision`: the project's 6/9/12-digit code ("" when unknown: nothing is outside).
    AdminMatcher(const DivisionList& national, std::vector<LocalArea> local, std::string projectDivision);

    /// The administrative prefix at the start of `text` (normalised; breaks between parts
    /// allowed). A part is not taken where a longer name in `keep` starts (镶黄旗东路 is a road,
    /// not the county 镶黄旗).
    AdminPrefix match(std::u32string_view text, std::span<const NameTrie* const> keep = {}) const;

    const std::vector<LocalArea>& localAreas() const { return local_; }

private:
    struct Found {
        size_t length = 0;
        std::vector<uint32_t> divisions;  ///< national, already filtered by the context
        int64_t local = -1;
        bool outside = false;
    };
    Found longestAt(std::u32string_view rest, std::string_view context, int minLevel, bool allowShort) const;
    std::vector<uint32_t> consistent(std::span<const uint32_t> ids, std::string_view context, int minLevel,
                                     bool& outside) const;

    const DivisionList& national_;
    std::vector<LocalArea> local_;
    NameTrie localNames_;
    std::string project_;
};

}  // namespace ga::geocode
