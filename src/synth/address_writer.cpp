#include "synth/address_writer.h"

#include <array>

#include "synth/homophones.h"
#include "synth/numerals.h"
#include "core/utf8.h"

namespace ga::synth {
namespace {

constexpr std::string_view kGenericEndings[] = {"小区", "花园", "家园", "嘉园", "公寓", "新村", "新城", "广场",
                                                "名苑", "雅苑", "花苑", "佳苑", "国际", "大厦", "北里", "南里",
                                                "东里", "西里", "宿舍", "社区"};
constexpr std::string_view kBracketNotes[] = {"东门", "北门", "南门", "西门", "近地铁站", "物业旁"};

bool isDigits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

bool isLetter(std::string_view s) { return s.size() == 1 && ((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z')); }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Collects the label: the building part first, then one "+option" per applied variation.
class Label {
public:
    void base(std::string_view b) { base_ = b; }
    void add(std::string_view option) {
        options_ += '+';
        options_ += option;
    }
    std::string str() const { return base_ + options_; }

private:
    std::string base_;
    std::string options_;
};

// Writes the numbers of the building part in the form's numeral style.
class NumberWriter {
public:
    NumberWriter(NumeralStyle style, Rng& rng) : style_(style), rng_(rng) {}

    // A building, unit or floor number; `counting`: 2 may be written 两.
    std::string count(std::string_view digits, bool counting) {
        if (!isDigits(digits)) return style_ == NumeralStyle::FullWidth ? fullWidth(digits) : std::string(digits);
        switch (style_) {
        case NumeralStyle::Arabic: return std::string(digits);
        case NumeralStyle::FullWidth: return fullWidth(digits);
        case NumeralStyle::Chinese: {
            const int n = std::stoi(std::string(digits));
            return counting && rng_.chance(0.5) ? chineseCount(n) : chineseNumber(n);
        }
        }
        return std::string(digits);
    }
    // A room or door number: digit by digit in Chinese (三〇一).
    std::string code(std::string_view digits) {
        switch (style_) {
        case NumeralStyle::Arabic: return std::string(digits);
        case NumeralStyle::FullWidth: return fullWidth(digits);
        case NumeralStyle::Chinese: return chineseDigits(digits, rng_.chance(0.3));
        }
        return std::string(digits);
    }
    // Digits in a dash or hash form: never Chinese.
    std::string plain(std::string_view digits) {
        return style_ == NumeralStyle::FullWidth ? fullWidth(digits) : std::string(digits);
    }

private:
    NumeralStyle style_;
    Rng& rng_;
};

std::string_view unitWord(UnitWord w) {
    switch (w) {
    case UnitWord::DanYuan: return "单元";
    case UnitWord::Men: return "门";
    case UnitWord::Ti: return "梯";
    }
    return "单元";
}

std::string_view roomWord(RoomWord w) {
    switch (w) {
    case RoomWord::Shi: return "室";
    case RoomWord::Bare: return "";
    case RoomWord::Hu: return "户";
    case RoomWord::Hao: return "号";
    case RoomWord::Fang: return "房";
    }
    return "室";
}

std::string_view roomLabel(RoomWord w) {
    switch (w) {
    case RoomWord::Shi: return "";
    case RoomWord::Bare: return "room:bare";
    case RoomWord::Hu: return "room:hu";
    case RoomWord::Hao: return "room:hao";
    case RoomWord::Fang: return "room:fang";
    }
    return "";
}

int floorOf(const AddressTruth& t) {
    if (t.floor > 0) return t.floor;
    if (t.room.size() >= 3 && isDigits(t.room)) return std::stoi(t.room.substr(0, t.room.size() - 2));
    return 0;
}

// "12号楼2单元3层301室" and its relatives; the Dash and Hash forms are written elsewhere.
std::string wordedBuildingPart(const AddressTruth& t, const AddressForm& f, BuildingStyle style, NumberWriter& num,
                               Label& label) {
    const bool letter = isLetter(t.building);
    std::string b = letter && f.lowercaseLetter ? std::string(1, lower(t.building[0])) : t.building;
    if (letter && f.lowercaseLetter) label.add("letter:lower");
    b = num.count(b, false);
    std::string out;
    switch (style) {
    case BuildingStyle::HaoLou: out = b + "号楼"; break;
    case BuildingStyle::Dong: out = b + "栋"; break;
    case BuildingStyle::Zhuang: out = b + "幢"; break;
    case BuildingStyle::Zuo: out = b + "座"; break;
    case BuildingStyle::DiDong: out = "第" + b + "栋"; break;
    case BuildingStyle::HaoBeforeUnit: out = b + "号"; break;
    case BuildingStyle::Dash:
    case BuildingStyle::Hash: break;
    }
    if (t.unit > 0) {
        out += num.count(std::to_string(t.unit), true);
        out += unitWord(f.unit);
        if (f.unit != UnitWord::DanYuan) label.add(f.unit == UnitWord::Men ? "unit:men" : "unit:ti");
    }
    if (!t.room.empty()) {
        if (f.withFloor && floorOf(t) > 0) {
            out += num.count(std::to_string(floorOf(t)), false) + "层";
            label.add("floor");
        }
        out += num.code(t.room);
        out += roomWord(f.room);
        if (f.room != RoomWord::Shi) label.add(roomLabel(f.room));
    }
    return out;
}

std::string_view styleId(BuildingStyle s) {
    switch (s) {
    case BuildingStyle::HaoLou: return "haolou";
    case BuildingStyle::Dong: return "dong";
    case BuildingStyle::Zhuang: return "zhuang";
    case BuildingStyle::Zuo: return "zuo";
    case BuildingStyle::DiDong: return "di_dong";
    case BuildingStyle::HaoBeforeUnit: return "hao_unit";
    case BuildingStyle::Dash: return "dash";
    case BuildingStyle::Hash: return "hash";
    }
    return "haolou";
}

// The building part of the address (building, unit, floor, room); sets the label's base.
std::string buildingPart(const AddressTruth& t, const AddressForm& f, NumberWriter& num, Label& label) {
    BuildingStyle style = f.building;
    const bool letter = isLetter(t.building);
    const bool dashLike = style == BuildingStyle::Dash || style == BuildingStyle::Hash;
    // Forms that cannot carry this truth fall back to the nearest plain one.
    if (dashLike && t.room.empty()) style = letter ? BuildingStyle::Zuo : BuildingStyle::HaoLou;
    if (style == BuildingStyle::HaoBeforeUnit && t.unit == 0 && t.room.empty()) style = BuildingStyle::HaoLou;
    if (letter && (style == BuildingStyle::HaoLou || style == BuildingStyle::HaoBeforeUnit)) style = BuildingStyle::Zuo;
    if (letter && style == BuildingStyle::DiDong) style = BuildingStyle::Dong;
    label.base(styleId(style));
    if (f.numerals == NumeralStyle::FullWidth) label.add("numerals:fullwidth");
    if (f.numerals == NumeralStyle::Chinese && style != BuildingStyle::Dash && style != BuildingStyle::Hash)
        label.add("numerals:chinese");
    if (style != BuildingStyle::Dash && style != BuildingStyle::Hash) return wordedBuildingPart(t, f, style, num, label);

    std::string b = letter && f.lowercaseLetter ? std::string(1, lower(t.building[0])) : t.building;
    if (letter && f.lowercaseLetter) label.add("letter:lower");
    std::string out = num.plain(b);
    out += num.plain(style == BuildingStyle::Dash ? "-" : "#");
    if (t.unit > 0) out += num.plain(std::to_string(t.unit)) + num.plain("-");
    out += num.plain(t.room);
    out += roomWord(f.room);
    if (f.room != RoomWord::Bare) label.add(f.room == RoomWord::Shi ? "room:shi" : roomLabel(f.room));
    return out;
}

std::string adminPart(const AddressTruth& t, AdminPrefix a, Rng& rng, Label& label) {
    switch (a) {
    case AdminPrefix::None: return "";
    case AdminPrefix::Community:
        label.add("admin:community");
        return t.community;
    case AdminPrefix::Street:
        label.add("admin:street");
        return t.street + t.community;
    case AdminPrefix::County:
        label.add("admin:county");
        return t.county;
    case AdminPrefix::City: {
        label.add("admin:city");
        std::string city = t.city == t.province ? t.province : t.province + t.city;
        // People often drop 市 of a municipality: 北京海淀区.
        const std::string_view shi = "市";
        if (t.city == t.province && city.ends_with(shi) && rng.chance(0.4)) city.resize(city.size() - shi.size());
        return city + t.county;
    }
    case AdminPrefix::Full:
        label.add("admin:full");
        return (t.city == t.province ? t.province : t.province + t.city) + t.county + t.street + t.community;
    }
    return "";
}

// The compound name as written (without its phase), whether the phase follows, and the label
// option applied ("" for the plain name).
struct CompoundText {
    std::string name;
    bool keepsPhase = false;
    std::string_view option;
};

CompoundText compoundPart(const AddressTruth& t, CompoundStyle s, Rng& rng) {
    const bool phase = !t.phase.empty();
    switch (s) {
    case CompoundStyle::Full: break;
    case CompoundStyle::NoPhase:
        if (phase) return {t.compound, false, "compound:no_phase"};
        break;
    case CompoundStyle::Shortened:
        if (std::string shortName = shortenedCompoundName(t.compound); shortName != t.compound)
            return {std::move(shortName), phase, "compound:short"};
        break;
    case CompoundStyle::Homophone:
        if (auto typo = withHomophoneTypo(t.compound, rng)) return {std::move(*typo), phase, "compound:homophone"};
        break;
    case CompoundStyle::NearHomophone:
        if (auto typo = withAccentTypo(t.compound, rng)) return {std::move(*typo), phase, "compound:near_homophone"};
        break;
    case CompoundStyle::OldName:
        if (!t.oldNames.empty()) return {t.oldNames[rng.below(t.oldNames.size())], phase, "compound:old_name"};
        break;
    case CompoundStyle::Missing: return {"", false, "compound:missing"};
    }
    return {t.compound, phase, ""};
}

std::string phoneDigits(Rng& rng) {
    constexpr std::string_view kPrefixes[] = {"138", "139", "136", "135", "186", "158", "151", "131", "177", "189"};
    std::string out(kPrefixes[rng.below(std::size(kPrefixes))]);
    for (int i = 0; i < 8; ++i) out += static_cast<char>('0' + rng.below(10));
    return out;
}

std::string bracketed(std::string_view inner, Rng& rng) {
    const bool wide = rng.chance(0.6);
    std::string out(wide ? "（" : "(");
    out += inner;
    out += wide ? "）" : ")";
    return out;
}

}  // namespace

std::string shortenedCompoundName(std::string_view name) {
    for (std::string_view ending : kGenericEndings)
        if (name.ends_with(ending) && utf8Length(name.substr(0, name.size() - ending.size())) >= 2)
            return std::string(name.substr(0, name.size() - ending.size()));
    const auto chars = utf8Chars(name);
    if (chars.size() <= 2) return std::string(name);
    std::string out;
    for (size_t i = 0; i + 1 < chars.size(); ++i) out += chars[i];
    return out;
}

AddressForm randomAddressForm(Rng& rng) {
    AddressForm f;
    static constexpr std::array<double, 8> kStyle = {30, 12, 6, 4, 4, 14, 22, 8};
    f.building = static_cast<BuildingStyle>(rng.weighted(kStyle));
    static constexpr std::array<double, 3> kNumerals = {86, 6, 8};
    f.numerals = static_cast<NumeralStyle>(rng.weighted(kNumerals));
    f.lowercaseLetter = rng.chance(0.2);
    static constexpr std::array<double, 3> kUnit = {80, 15, 5};
    f.unit = static_cast<UnitWord>(rng.weighted(kUnit));
    f.withFloor = rng.chance(0.06);
    if (f.building == BuildingStyle::Dash || f.building == BuildingStyle::Hash) {
        f.room = rng.chance(0.85) ? RoomWord::Bare : RoomWord::Shi;
    } else {
        static constexpr std::array<double, 5> kRoom = {50, 30, 8, 7, 5};
        f.room = static_cast<RoomWord>(rng.weighted(kRoom));
    }
    static constexpr std::array<double, 6> kAdmin = {42, 14, 6, 14, 12, 12};
    f.admin = static_cast<AdminPrefix>(rng.weighted(kAdmin));
    static constexpr std::array<double, 7> kCompound = {62, 8, 10, 6, 5, 9, 2};
    f.compound = static_cast<CompoundStyle>(rng.weighted(kCompound));
    f.roadFirst = f.compound == CompoundStyle::Missing ? rng.chance(0.85) : rng.chance(0.12);
    static constexpr std::array<double, 5> kNoise = {72, 9, 7, 4, 8};
    f.noise = static_cast<Noise>(rng.weighted(kNoise));
    return f;
}

AddressSample writeAddress(const AddressTruth& t, const AddressForm& f, Rng& rng) {
    Label label;
    NumberWriter num(f.numerals, rng);
    std::vector<std::string> parts;
    auto push = [&](std::string s) {
        if (!s.empty()) parts.push_back(std::move(s));
    };
    push(adminPart(t, f.admin, rng, label));

    const bool onLane = t.building.empty() || t.compound.empty();
    const std::string door = t.door.empty() ? "" : num.plain(t.door) + "号";
    bool bracketsPlaced = false;
    if (onLane) {
        // A house on a lane or a shop on a road: the road and door number are the address.
        label.base("road_door");
        if (f.numerals == NumeralStyle::FullWidth) label.add("numerals:fullwidth");
        if (f.numerals == NumeralStyle::Chinese && !t.room.empty()) label.add("numerals:chinese");
        push(t.road + door);
        if (!t.building.empty()) {
            AddressForm plain = f;
            plain.building = BuildingStyle::HaoLou;
            Label ignored;
            push(buildingPart(t, plain, num, ignored));
        } else if (!t.room.empty()) {
            push(num.code(t.room) + std::string(roomWord(f.room == RoomWord::Bare ? RoomWord::Bare : RoomWord::Shi)));
        }
    } else {
        const CompoundText compound = compoundPart(t, f.compound, rng);
        const std::string building = buildingPart(t, f, num, label);
        if (f.roadFirst && !t.road.empty()) {
            label.add("road_first");
            if (f.noise == Noise::Nearby) push(t.road + "附近");
            else push(t.road + door);
        } else if (f.noise == Noise::Nearby && !t.road.empty()) {
            push(t.road + "附近");
        }
        std::string c = compound.name;
        if (compound.keepsPhase) {
            bracketsPlaced = f.noise == Noise::Brackets;
            c += bracketsPlaced ? bracketed(t.phase, rng) : t.phase;
        } else if (f.noise == Noise::Brackets && !c.empty()) {
            c += bracketed(kBracketNotes[rng.below(std::size(kBracketNotes))], rng);
            bracketsPlaced = true;
        }
        push(c);
        push(building);
        if (!compound.option.empty()) label.add(compound.option);
    }

    std::string text;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i > 0 && f.noise == Noise::Spaces) text += rng.chance(0.2) ? "　" : (rng.chance(0.3) ? "  " : " ");
        text += parts[i];
    }
    switch (f.noise) {
    case Noise::None: break;
    case Noise::Spaces:
        label.add("noise:spaces");
        if (rng.chance(0.5)) text = " " + text + " ";
        break;
    case Noise::Brackets:
        if (!bracketsPlaced) text += bracketed(kBracketNotes[rng.below(std::size(kBracketNotes))], rng);
        label.add("noise:brackets");
        break;
    case Noise::Nearby:
        if (onLane || t.road.empty()) text += "附近";
        label.add("noise:nearby");
        break;
    case Noise::TrailingPhone: {
        const std::string phone = phoneDigits(rng);
        const double r = rng.uniform();
        text += r < 0.5 ? " " + phone : r < 0.8 ? "电话" + phone : bracketed(phone, rng);
        label.add("noise:phone");
        break;
    }
    }
    return {std::move(text), label.str()};
}

}  // namespace ga::synth
