#pragma once
// What geocoding says about one household: the building (at building level or finer), how far
// the address matched, a confidence, the reason in words, and the ranked candidates an operator
// picks from when it is not linked.
#include <array>
#include <cstdint>
#include <string_view>

namespace ga::geocode {

/// How far an address matched: only the compound or the road, or a building and within it a
/// unit or a room. Only Building and finer can be linked.
enum class MatchLevel : uint8_t { None, Compound, Road, Building, Unit, Room };
std::string_view matchLevelId(MatchLevel l);

enum class Reason : uint8_t {
    None,
    // How the building was found.
    CompoundName,          ///< compound by its name, building by its number
    CompoundAlias,         ///< compound by an alias (old name, saved misspelling)
    CompoundWithoutPhase,  ///< compound named without its phase (期/区)
    CompoundShortened,     ///< compound by a unique beginning of its name
    CompoundInText,        ///< the compound's name inside a longer text
    CompoundSimilar,       ///< compound by a similar name (typo, homophone)
    RoadDoor,              ///< road and door number
    CompoundGate,          ///< road and door number of the compound's gate, building by its number
    BuildingNumberOnly,    ///< nothing but a building number
    AddressAlias,          ///< the whole address was tied to the building by an operator
    PointInBuilding,       ///< the household's location lies in the building
    PointConfirmed,        ///< location and address agree
    // Why a household is not linked.
    EmptyAddress,
    NotAnAddress,  ///< binary junk, no Chinese text or numbers
    TooLong,
    OutsideProject,  ///< names a province/city/county/street the project is not in
    CompoundNotFound,
    NoCompoundOrRoad,  ///< a building number without a compound or road to place it
    BuildingNotFound,  ///< the compound has no building of that number
    DoorNotFound,      ///< the road has no such door number
    NoBuildingNumber,  ///< the address stops at the compound or road
    Ambiguous,         ///< two or more buildings fit about equally well
    Doubtful,          ///< one building fits, below the auto-accept threshold
    PointDisagrees,    ///< location and address point at different buildings
};
/// Stable id stored with each household: "compound_name", "building_not_found", ...
std::string_view reasonId(Reason r);
/// The reason in words (English; the workstation translates by id).
std::string_view reasonWords(Reason r);
Reason reasonFromId(std::string_view id);

struct Candidate {
    uint32_t building = 0;  ///< index into AddressIndex::buildings()
    float confidence = 0;
};

inline constexpr size_t kMaxCandidates = 5;

struct MatchResult {
    MatchLevel level = MatchLevel::None;
    Reason how = Reason::None;      ///< how the best candidate was found
    Reason problem = Reason::None;  ///< why it may not be linked (None: a clean match)
    float confidence = 0;           ///< of the best candidate
    uint8_t candidateCount = 0;
    std::array<Candidate, kMaxCandidates> candidates{};  ///< best first

    /// True when the best candidate is linked at `threshold`: building level or finer, no problem
    /// that forbids it, confidence reached.
    bool linkable(double threshold) const {
        return candidateCount > 0 && level >= MatchLevel::Building && confidence >= threshold &&
               problem != Reason::OutsideProject && problem != Reason::Ambiguous && problem != Reason::PointDisagrees;
    }
    /// The reason to report: the problem when there is one, else how it matched.
    Reason reason() const { return problem != Reason::None ? problem : how; }
};

}  // namespace ga::geocode
