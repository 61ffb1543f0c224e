#pragma once
// The index the matcher looks addresses up in, built once per run from the project: buildings
// by compound + number and by road + door, compound names with their phases and aliases (exact,
// by prefix, by shared characters for fuzzy matching), road names, the project's streets and
// communities, and whole-address aliases saved by operators.
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "geocode/address_parser.h"
#include "store/address_sources.h"

namespace ga::geocode {

inline constexpr uint32_t kNone = UINT32_MAX;

struct IndexedBuilding {
    int64_t id = 0;
    uint32_t compound = kNone;   ///< index into compounds()
    uint32_t road = kNone;       ///< index into roadNames()
    uint32_t community = kNone;  ///< index into communities()
    std::string number;          ///< canonical: 12, A ("" when none)
    std::string door;            ///< digits ("" when none)
    int units = 0, floors = 0;
    int households = 0;  ///< the layer's attribute: a prior when several buildings fit
};

/// A compound's gate: the road and door number its address takes (人民路93号华荣上海城).
struct Gate {
    uint32_t road = kNone;
    int door = 0;
    uint32_t compound = kNone;
};

struct IndexedCompound {
    std::string name;     ///< as the buildings layer writes it
    std::string key;      ///< normalised full name (with phase)
    std::string base;     ///< normalised name without phase
    std::string phase;    ///< normalised phase (2期, A区), "" when none
    uint32_t family = 0;  ///< compounds sharing `base` (the phases of one estate) share a family
    uint32_t community = kNone;
    std::vector<uint32_t> buildings;
    std::unordered_map<std::string, std::vector<uint32_t>> byNumber;
};

/// How a name in the index stands for its compound.
enum class NameKind : uint8_t { Full, Base, Alias, AliasBase };

struct NameRef {
    uint32_t compound;
    NameKind kind;
};

struct IndexedCommunity {
    std::string code, name, street;
};

class AddressIndex {
public:
    /// Builds the index; `division` and communities set what counts as the project's area.
    static AddressIndex build(const store::AddressSources& sources);

    AddressIndex(AddressIndex&&) noexcept;
    AddressIndex& operator=(AddressIndex&&) noexcept;
    ~AddressIndex();

    const std::vector<IndexedBuilding>& buildings() const { return buildings_; }
    const std::vector<IndexedCompound>& compounds() const { return compounds_; }
    const std::vector<IndexedCommunity>& communities() const { return communities_; }
    const std::vector<std::string>& roadNames() const { return roadNames_; }
    /// Index of the building with store id `id`, or kNone.
    uint32_t buildingById(int64_t id) const;

    /// What the parser needs: the admin matcher and the known road and compound names.
    const ParseContext& parseContext() const;

    /// Compounds a normalised name stands for exactly (full name, name without phase, alias).
    const std::vector<NameRef>* names(std::string_view key) const;
    /// Names (sorted, normalised) starting with `prefix`: [first, last) into sortedNames().
    std::pair<size_t, size_t> namesWithPrefix(std::string_view prefix) const;
    const std::vector<std::pair<std::string, NameRef>>& sortedNames() const { return sortedNames_; }
    /// Each indexed name as code points, parallel to sortedNames(), for fuzzy matching.
    const std::vector<std::u32string>& sortedNames32() const { return sortedNames32_; }
    /// Their homophone keys (compound_matcher.h homophoneKey), parallel to sortedNames().
    const std::vector<std::u32string>& sortedNameKeys() const { return sortedNameKeys_; }
    /// Positions in sortedNames() of the names whose homophone key holds code point `c`.
    const std::vector<uint32_t>* namesWithChar(char32_t c) const;

    /// Road index of a normalised road name or road alias, or kNone.
    uint32_t road(std::string_view key) const;
    /// Buildings at door `door` of road `road` (empty when none).
    const std::vector<uint32_t>* atDoor(uint32_t road, std::string_view door) const;
    /// Every building on road `road` that has a door number, by door number.
    const std::vector<std::pair<int, uint32_t>>& doorsOf(uint32_t road) const { return doorsByRoad_[road]; }
    /// Buildings numbered `number` anywhere (for addresses that give nothing else).
    const std::vector<uint32_t>* withNumber(std::string_view number) const;
    /// The compound whose gate is door `door` of road `road`, or kNone.
    uint32_t gate(uint32_t road, int door) const;
    /// Adds gates (a gate already known keeps its compound).
    void addGates(std::span<const Gate> gates);
    /// Buildings numbered `number` on road `road`: by their own road, or in a compound whose gate
    /// is on it.
    std::vector<uint32_t> onRoadWithNumber(uint32_t road, std::string_view number) const;
    /// True when compound `compound` has a building on road `road` or its gate there.
    bool compoundOnRoad(uint32_t road, uint32_t compound) const;
    /// Addresses of organisations, which often name a compound's gate.
    const std::vector<std::string>& placeAddresses() const { return placeAddresses_; }
    /// A building an operator tied a whole normalised address to, or kNone.
    uint32_t addressAlias(std::string_view key) const;
    /// Communities a local admin area (AdminMatcher::localAreas index) stands for.
    const std::vector<uint32_t>& communitiesOfArea(size_t area) const { return areaCommunities_[area]; }

private:
    AddressIndex();

    std::vector<IndexedBuilding> buildings_;
    std::vector<IndexedCompound> compounds_;
    std::vector<IndexedCommunity> communities_;
    std::vector<std::string> roadNames_;
    std::unordered_map<int64_t, uint32_t> byId_;
    std::unordered_map<std::string, std::vector<NameRef>> names_;
    std::vector<std::pair<std::string, NameRef>> sortedNames_;
    std::vector<std::u32string> sortedNames32_, sortedNameKeys_;
    std::unordered_map<char32_t, std::vector<uint32_t>> byChar_;
    std::unordered_map<std::string, uint32_t> roads_;
    std::vector<std::unordered_map<std::string, std::vector<uint32_t>>> doors_;
    std::vector<std::vector<std::pair<int, uint32_t>>> doorsByRoad_;
    std::unordered_map<std::string, std::vector<uint32_t>> byNumber_;
    std::unordered_map<std::string, uint32_t> addressAliases_;
    std::unordered_map<uint64_t, uint32_t> gates_;
    std::unordered_map<uint32_t, std::vector<uint32_t>> gatesByRoad_;
    std::unordered_map<std::string, std::vector<uint32_t>> roadNumbers_;
    std::unordered_set<uint64_t> roadCompounds_;
    std::vector<std::string> placeAddresses_;
    std::vector<std::vector<uint32_t>> areaCommunities_;
    struct Lexicon;  // the admin matcher and name sets the parse context points into
    std::unique_ptr<Lexicon> lexicon_;
};

/// A building number as the matcher compares it: 12号楼 → 12, a座 → A, 第5栋 → 5.
std::string canonicalBuildingNumber(std::string_view number);
/// The door number's digits: 58号 → 58.
std::string canonicalDoor(std::string_view door);
/// A normalised compound name split into name and phase: 馨苑花苑1期 → {馨苑花苑, 1期}.
std::pair<std::string, std::string> splitPhase(std::string_view key);

}  // namespace ga::geocode
