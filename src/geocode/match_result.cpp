#include "geocode/match_result.h"

namespace ga::geocode {
namespace {

struct ReasonText {
    Reason reason;
    std::string_view id, words;
};

constexpr ReasonText kReasons[] = {
    {Reason::None, "", ""},
    {Reason::CompoundName, "compound_name", "compound by its name, building by its number"},
    {Reason::CompoundAlias, "compound_alias", "compound by an alias (old name or saved spelling)"},
    {Reason::CompoundWithoutPhase, "compound_without_phase", "compound named without its phase"},
    {Reason::CompoundShortened, "compound_shortened", "compound by the beginning of its name"},
    {Reason::CompoundInText, "compound_in_text", "compound name found inside a longer text"},
    {Reason::CompoundSimilar, "compound_similar", "compound by a similar name (typo or homophone)"},
    {Reason::RoadDoor, "road_door", "road and door number"},
    {Reason::CompoundGate, "compound_gate", "road and door number of the compound, building by its number"},
    {Reason::BuildingNumberOnly, "building_number_only", "only a building number, no compound or road"},
    {Reason::AddressAlias, "address_alias", "address tied to the building by an operator"},
    {Reason::PointInBuilding, "point_in_building", "location lies in the building"},
    {Reason::PointConfirmed, "point_confirmed", "location and address agree"},
    {Reason::EmptyAddress, "empty_address", "no address"},
    {Reason::NotAnAddress, "not_an_address", "not an address (unreadable text)"},
    {Reason::TooLong, "too_long", "address too long to be one"},
    {Reason::OutsideProject, "outside_project", "address of another district"},
    {Reason::CompoundNotFound, "compound_not_found", "no compound or road of that name"},
    {Reason::NoCompoundOrRoad, "no_compound_or_road", "building number without a compound or road"},
    {Reason::BuildingNotFound, "building_not_found", "the compound has no building of that number"},
    {Reason::DoorNotFound, "door_not_found", "the road has no such door number"},
    {Reason::NoBuildingNumber, "no_building_number", "address stops at the compound or road"},
    {Reason::Ambiguous, "ambiguous", "several buildings fit equally well"},
    {Reason::Doubtful, "doubtful", "below the auto-accept threshold"},
    {Reason::PointDisagrees, "point_disagrees", "location and address point at different buildings"},
};

}  // namespace

std::string_view matchLevelId(MatchLevel l) {
    switch (l) {
        case MatchLevel::None:
            return "";
        case MatchLevel::Compound:
            return "compound";
        case MatchLevel::Road:
            return "road";
        case MatchLevel::Building:
            return "building";
        case MatchLevel::Unit:
            return "unit";
        case MatchLevel::Room:
            return "room";
    }
    return "";
}

const ReasonText& textOf(Reason r) {
    for (const ReasonText& t : kReasons)
        if (t.reason == r) return t;
    return kReasons[0];
}

std::string_view reasonId(Reason r) { return textOf(r).id; }
std::string_view reasonWords(Reason r) { return textOf(r).words; }

Reason reasonFromId(std::string_view id) {
    for (const ReasonText& t : kReasons)
        if (t.id == id) return t.reason;
    return Reason::None;
}

}  // namespace ga::geocode
