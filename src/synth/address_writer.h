#pragma once
// The messy-address generator: a household's true address written the many ways people write it
// in registers (DOMAIN.md "Addresses"). Shared by `synth` and the geocoding accuracy test set;
// every address carries the label of the form it was written in, so reports can say which forms
// a geocoder misses. Deterministic for a given Rng state.
#include <string>
#include <string_view>
#include <vector>

#include "synth/rng.h"

namespace ga::synth {

/// What an address points at: the truth a geocoder should recover.
struct AddressTruth {
    std::string province;   ///< 北京市; empty when unknown
    std::string city;       ///< 北京市 / 南通市; equal to province for a municipality
    std::string county;     ///< 海淀区
    std::string street;     ///< 学院路街道
    std::string community;  ///< 友好社区
    std::string road;       ///< 人民路
    std::string door;       ///< door number on the road, digits only: "58"
    std::string compound;   ///< 华荣上海城, without its phase; empty for a house on a lane
    std::string phase;      ///< 二期 / A区; empty when the compound has none
    std::vector<std::string> oldNames;  ///< earlier names of the compound (its aliases)
    std::string building;   ///< "12" or a letter "A"; empty when the address ends at the door number
    int unit = 0;           ///< 0: none
    int floor = 0;          ///< 0: taken from the room number (301 → 3) when a form writes the floor
    std::string room;       ///< "301"; empty: none
};

enum class BuildingStyle {
    HaoLou,         ///< 12号楼
    Dong,           ///< 12栋
    Zhuang,         ///< 12幢
    Zuo,            ///< 12座 (letters: A座)
    DiDong,         ///< 第12栋
    HaoBeforeUnit,  ///< 12号2单元301: N号 before a unit or room is the building
    Dash,           ///< 12-2-301
    Hash,           ///< 12#2-301
};
enum class NumeralStyle { Arabic, FullWidth, Chinese };
enum class UnitWord { DanYuan, Men, Ti };              ///< 单元, 门, 梯
enum class RoomWord { Shi, Bare, Hu, Hao, Fang };      ///< 室, nothing, 户, 号, 房
enum class AdminPrefix { None, Community, Street, County, City, Full };
/// Homophone: a character typed as another of its syllable (华容 for 华荣); NearHomophone: as a
/// character of a syllable a southern accent confuses with it (岑 cen for 成 cheng).
enum class CompoundStyle { Full, NoPhase, Shortened, Homophone, OldName, Missing, NearHomophone };
enum class Noise { None, Spaces, Brackets, Nearby, TrailingPhone };

/// How one address is written; options the truth has no part for are ignored.
struct AddressForm {
    BuildingStyle building = BuildingStyle::HaoLou;
    NumeralStyle numerals = NumeralStyle::Arabic;
    bool lowercaseLetter = false;  ///< a座 for building A
    UnitWord unit = UnitWord::DanYuan;
    bool withFloor = false;        ///< 3层 before the room
    RoomWord room = RoomWord::Shi;
    AdminPrefix admin = AdminPrefix::None;
    CompoundStyle compound = CompoundStyle::Full;
    bool roadFirst = false;        ///< 人民路58号 before the compound
    Noise noise = Noise::None;
};

/// A written address and the form actually applied, e.g. "dash+admin:full+compound:homophone":
/// the building style first ("haolou", "dong", "zhuang", "zuo", "di_dong", "hao_unit", "dash",
/// "hash", or "road_door" for a house on a lane), then each option that differs from the plain
/// form ("numerals:fullwidth|chinese", "letter:lower", "unit:men|ti", "floor",
/// "room:bare|hu|hao|fang", "admin:community|street|county|city|full",
/// "compound:no_phase|short|homophone|near_homophone|old_name|missing", "road_first",
/// "noise:spaces|brackets|nearby|phone").
struct AddressSample {
    std::string text;
    std::string form;
};

/// A form drawn with roughly the frequencies seen in real registers (most plain or nearly so).
AddressForm randomAddressForm(Rng& rng);

/// Writes `truth` in `form`. An option the truth cannot show (no phase to drop, no character
/// with a homophone, no old name, N号 without a unit or room after it) falls back to
/// the plain way, and the label says what was written.
AddressSample writeAddress(const AddressTruth& truth, const AddressForm& form, Rng& rng);

/// The compound name as people shorten it: a generic ending dropped (华荣花园 → 华荣), else the
/// last character (华荣上海城 → 华荣上海); names of two characters stay.
std::string shortenedCompoundName(std::string_view name);

}  // namespace ga::synth
