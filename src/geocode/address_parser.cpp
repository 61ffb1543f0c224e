#include "geocode/address_parser.h"

#include <algorithm>

namespace ga::geocode {
namespace {

enum class Kind : uint8_t { Text, Number, Letter, Building, Hao, Hash, Dash, Unit, Floor, Room, Phase, Area, Di };

struct Token {
    Kind kind;
    uint32_t begin, end;  ///< code points in the normalised text
};

// The unit word or separator starting at `i` after a number: its kind and length (0: none).
size_t markerAt(std::u32string_view s, size_t i, Kind& kind) {
    if (i >= s.size()) return 0;
    switch (s[i]) {
        case U'号':
            if (i + 1 < s.size() && s[i + 1] == U'楼') {
                kind = Kind::Building;
                return 2;
            }
            kind = Kind::Hao;
            return 1;
        case U'栋':
        case U'幢':
        case U'座':
            kind = Kind::Building;
            return 1;
        case U'#':
            kind = Kind::Hash;
            return 1;
        case U'-':
            kind = Kind::Dash;
            return 1;
        case U'单':
            if (i + 1 < s.size() && s[i + 1] == U'元') {
                kind = Kind::Unit;
                return 2;
            }
            return 0;
        case U'门':
        case U'梯':
            kind = Kind::Unit;
            return 1;
        case U'层':
        case U'楼':
            kind = Kind::Floor;
            return 1;
        case U'室':
        case U'户':
        case U'房':
            kind = Kind::Room;
            return 1;
        case U'期':
            kind = Kind::Phase;
            return 1;
        case U'区':
            kind = Kind::Area;
            return 1;
        default:
            return 0;
    }
}

// A single letter that numbers a building or an area (A座, B栋, A区, A-1-301), not part of a
// word such as SOHO.
bool letterNumberAt(std::u32string_view s, size_t i) {
    if (!isUpper(s[i])) return false;
    if (i > 0 && isUpper(s[i - 1])) return false;
    if (i + 1 < s.size() && isUpper(s[i + 1])) return false;
    Kind k{};
    if (markerAt(s, i + 1, k) == 0) return false;
    return k == Kind::Building || k == Kind::Hao || k == Kind::Hash || k == Kind::Dash || k == Kind::Unit ||
           k == Kind::Area;
}

bool diAt(std::u32string_view s, size_t i) { return s[i] == U'第' && i + 1 < s.size() && isDigit(s[i + 1]); }

bool stray(char32_t c) { return c == U'-' || c == U'#' || c == U'(' || c == U')'; }

std::vector<Token> tokenize(std::u32string_view s) {
    std::vector<Token> out;
    size_t i = 0;
    auto push = [&](Kind k, size_t b, size_t e) {
        out.push_back({k, static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
    };
    while (i < s.size()) {
        const char32_t c = s[i];
        if (c == kBreak || stray(c)) {
            ++i;
            continue;
        }
        const bool digit = isDigit(c);
        if (digit || letterNumberAt(s, i)) {
            size_t j = i + 1;
            while (digit && j < s.size() && isDigit(s[j])) ++j;
            push(digit ? Kind::Number : Kind::Letter, i, j);
            i = j;
            Kind k{};
            if (const size_t len = markerAt(s, i, k)) {
                push(k, i, i + len);
                i += len;
            }
            continue;
        }
        if (diAt(s, i)) {
            push(Kind::Di, i, i + 1);
            ++i;
            continue;
        }
        size_t j = i + 1;
        while (j < s.size() && s[j] != kBreak && !stray(s[j]) && !isDigit(s[j]) && !letterNumberAt(s, j) && !diAt(s, j))
            ++j;
        push(Kind::Text, i, j);
        i = j;
    }
    return out;
}

bool numbered(Kind k) { return k != Kind::Text && k != Kind::Phase && k != Kind::Area; }

constexpr std::u32string_view kRoadWords[] = {U"胡同", U"大道", U"大街", U"路", U"街", U"巷", U"弄"};

// Small integers only: a unit or floor of six digits is noise, not a number.
int smallInt(std::u32string_view digits) {
    if (digits.empty() || digits.size() > 4) return 0;
    int v = 0;
    for (char32_t c : digits) {
        if (!isDigit(c)) return 0;
        v = v * 10 + static_cast<int>(c - U'0');
    }
    return v;
}

class Parser {
public:
    Parser(std::u32string_view s, const ParseContext& ctx, ParsedAddress& out) : s_(s), ctx_(ctx), out_(out) {}

    void run() {
        tokens_ = tokenize(s_);
        const size_t n = tokens_.size();
        // Text after the last number is noise the grammar does not place (物业旁); the building
        // part is the run of numbered tokens before it; everything before that is the head.
        size_t tailEnd = n;
        while (tailEnd > 0 && tokens_[tailEnd - 1].kind == Kind::Text) --tailEnd;
        size_t tailBegin = tailEnd;
        while (tailBegin > 0 && numbered(tokens_[tailBegin - 1].kind)) --tailBegin;
        // No number at all, or only a door number before the text (人民路93号华荣上海城): the
        // text is the compound, not noise.
        const bool doorOnly = tailEnd - tailBegin == 2 && tokens_[tailBegin].kind == Kind::Number &&
                              tokens_[tailBegin + 1].kind == Kind::Hao;
        if (tailEnd == 0 || (doorOnly && tailEnd < n)) {
            parseHead(n, n, n);
            return;
        }
        for (size_t k = tailEnd; k < n; ++k) out_.unplaced.push_back(text(k));
        parseHead(tailBegin, tailBegin, tailEnd);
    }

private:
    std::string text(size_t k) const { return toUtf8(view(tokens_[k].begin, tokens_[k].end)); }
    std::u32string_view view(size_t b, size_t e) const { return s_.substr(b, e - b); }
    std::u32string_view tokenView(size_t k) const { return view(tokens_[k].begin, tokens_[k].end); }
    bool is(size_t k, size_t end, Kind kind) const { return k < end && tokens_[k].kind == kind; }

    // Code points from b to e without breaks, as UTF-8.
    std::string joined(size_t b, size_t e) const {
        std::string out;
        for (size_t i = b; i < e; ++i)
            if (s_[i] != kBreak) appendUtf8(out, s_[i]);
        return out;
    }

    bool knownRoad(std::u32string_view t) const { return ctx_.roads && ctx_.roads->contains(t); }
    bool knownCompound(std::u32string_view t) const { return ctx_.compounds && ctx_.compounds->contains(t); }

    // Length of the road name `t` ends with: the longest known road, else all of `t` when it ends
    // with a road word; 0 when `t` is a compound's name or no road.
    size_t roadSuffix(std::u32string_view t) const {
        if (knownCompound(t)) return 0;
        size_t longest = 0;
        if (ctx_.roadEnds) ctx_.roadEnds->suffixes(t, [&](size_t len, const auto&) { longest = len; });
        if (longest >= 2) return longest;
        for (std::u32string_view w : kRoadWords)
            if (t.size() > w.size() && t.ends_with(w)) return t.size();
        return 0;
    }

    // Length of the known road `t` starts with when a name follows it (西苑路上林上海城, where
    // 附近 stood between them).
    size_t roadPrefix(std::u32string_view t) const {
        if (knownCompound(t) || !ctx_.roadStarts) return 0;
        size_t longest = 0;
        ctx_.roadStarts->prefixes(t, [&](size_t len, const auto&) {
            if (len < t.size()) longest = len;
        });
        return longest >= 2 ? longest : 0;
    }

    void parseHead(size_t headEnd, size_t tailBegin, size_t tailEnd) {
        size_t h = headEnd;
        if (h >= 2 && (tokens_[h - 1].kind == Kind::Phase || tokens_[h - 1].kind == Kind::Area) &&
            (tokens_[h - 2].kind == Kind::Number || tokens_[h - 2].kind == Kind::Letter)) {
            out_.phase = toUtf8(view(tokens_[h - 2].begin, tokens_[h - 1].end));
            h -= 2;
        }
        size_t compoundFrom = h > 0 ? tokens_[0].begin : 0;
        size_t compoundTo = h > 0 ? tokens_[h - 1].end : 0;
        size_t prefixFrom = compoundFrom, prefixTo = compoundFrom;  // text before the road
        bool road = false;
        for (size_t t = 0; t < h && !road; ++t) {
            if (tokens_[t].kind != Kind::Text) continue;
            const std::u32string_view tv = tokenView(t);
            const size_t rl = roadSuffix(tv);
            if (rl == 0) continue;
            const size_t roadBegin = tokens_[t].end - rl;
            const bool doorInHead = is(t + 1, h, Kind::Number) && is(t + 2, h, Kind::Hao);
            const bool doorInTail =
                t + 1 == h && is(tailBegin, tailEnd, Kind::Number) && is(tailBegin + 1, tailEnd, Kind::Hao);
            if (!doorInHead && !doorInTail && !(rl == tv.size() && knownRoad(tv))) continue;
            out_.road = toUtf8(view(roadBegin, tokens_[t].end));
            road = true;
            prefixTo = roadBegin;
            if (doorInHead) {
                out_.door = text(t + 1);
                compoundFrom = t + 3 < h ? tokens_[t + 3].begin : compoundTo;
            } else if (doorInTail) {
                out_.door = text(tailBegin);
                tailBegin += 2;
                compoundFrom = compoundTo;
            } else {
                compoundFrom = t + 1 < h ? tokens_[t + 1].begin : compoundTo;
            }
        }
        for (size_t t = 0; t < h && !road; ++t) {
            if (tokens_[t].kind != Kind::Text) continue;
            if (const size_t rp = roadPrefix(tokenView(t))) {
                out_.road = toUtf8(view(tokens_[t].begin, tokens_[t].begin + rp));
                road = true;
                prefixTo = tokens_[t].begin;
                compoundFrom = tokens_[t].begin + rp;
            }
        }
        out_.compound = joined(compoundFrom, std::max(compoundFrom, compoundTo));
        const std::string prefix = joined(prefixFrom, prefixTo);
        if (out_.compound.empty())
            out_.compound = prefix;
        else if (!prefix.empty())
            out_.unplaced.insert(out_.unplaced.begin(), prefix);
        // A tail right after the door (育才路77号1-102) numbers units of that building; after a
        // compound name it numbers the compound's buildings.
        parseTail(tailBegin, tailEnd, !out_.door.empty() && out_.compound.empty());
    }

    void parseTail(size_t b, size_t e, bool afterDoor) {
        size_t k = b;
        while (k < e) {
            const Kind kind = tokens_[k].kind;
            if (kind == Kind::Di && is(k + 1, e, Kind::Number)) {
                place(out_.building, text(k + 1));
                k += 2;
                if (is(k, e, Kind::Building) || is(k, e, Kind::Hao)) ++k;
                continue;
            }
            if (kind != Kind::Number && kind != Kind::Letter) {
                out_.unplaced.push_back(text(k));
                ++k;
                continue;
            }
            if (is(k + 1, e, Kind::Dash) || is(k + 1, e, Kind::Hash)) {
                k = parseChain(k, e, afterDoor);
                continue;
            }
            const std::string value = text(k);
            const Kind marker = k + 1 < e ? tokens_[k + 1].kind : Kind::Text;
            const bool letter = kind == Kind::Letter;
            switch (marker) {
                case Kind::Building:
                    place(out_.building, value);
                    k += 2;
                    continue;
                case Kind::Hao:
                    // N号 before a unit or room is the building; after them it is the room.
                    if (out_.building.empty() && out_.unit == 0 && out_.room.empty())
                        place(out_.building, value);
                    else if (!letter)
                        place(out_.room, value);
                    else
                        out_.unplaced.push_back(value);
                    k += 2;
                    continue;
                case Kind::Unit:
                    placeInt(out_.unit, k, letter);
                    k += 2;
                    continue;
                case Kind::Floor:
                    placeInt(out_.floor, k, letter);
                    k += 2;
                    continue;
                case Kind::Room:
                    if (letter)
                        out_.unplaced.push_back(value);
                    else
                        place(out_.room, value);
                    k += 2;
                    continue;
                default:
                    break;
            }
            // A bare number: the room after a building, unit or door; else the building.
            if (!letter && out_.room.empty() && (!out_.building.empty() || out_.unit > 0 || afterDoor))
                out_.room = value;
            else
                place(out_.building, value);
            ++k;
        }
    }

    // 12-2-301, 12#2-301, 12#301, 2-301 (unit-room after a building or door), 12-301.
    size_t parseChain(size_t k, size_t e, bool afterDoor) {
        std::vector<std::string> values{text(k)};
        const bool hash = tokens_[k + 1].kind == Kind::Hash;
        size_t j = k + 1;
        while ((is(j, e, Kind::Dash) || is(j, e, Kind::Hash)) &&
               (is(j + 1, e, Kind::Number) || is(j + 1, e, Kind::Letter))) {
            values.push_back(text(j + 1));
            j += 2;
        }
        if (is(j, e, Kind::Room) || is(j, e, Kind::Hao) || is(j, e, Kind::Dash)) ++j;
        const bool haveBuilding = !out_.building.empty() || afterDoor;
        auto unitOf = [](const std::string& v) { return smallInt(decodeUtf8(v)); };
        if (values.size() == 1) {
            place(out_.building, values[0]);
        } else if (values.size() == 2) {
            if (hash || !haveBuilding) {
                place(out_.building, values[0]);
            } else {
                out_.unit = unitOf(values[0]);
            }
            place(out_.room, values[1]);
        } else {
            // Three numbers are building, unit and room, even after a door (a compound's gate).
            const bool building = out_.building.empty();
            if (building) place(out_.building, values[0]);
            out_.unit = unitOf(values[building ? 1 : 0]);
            place(out_.room, values.back());
        }
        return j;
    }

    void place(std::string& slot, const std::string& value) {
        if (slot.empty())
            slot = value;
        else if (slot != value)
            out_.unplaced.push_back(value);
    }

    void placeInt(int& slot, size_t k, bool letter) {
        const int v = letter ? 0 : smallInt(tokenView(k));
        if (v > 0 && slot == 0)
            slot = v;
        else
            out_.unplaced.push_back(toUtf8(view(tokens_[k].begin, tokens_[k + 1].end)));
    }

    std::u32string_view s_;
    const ParseContext& ctx_;
    ParsedAddress& out_;
    std::vector<Token> tokens_;
};

}  // namespace

int ParsedAddress::impliedFloor() const {
    if (floor > 0) return floor;
    if (room.size() < 3 || room.size() > 5) return 0;
    int v = 0;
    for (size_t i = 0; i + 2 < room.size(); ++i) {
        if (room[i] < '0' || room[i] > '9') return 0;
        v = v * 10 + (room[i] - '0');
    }
    return v;
}

ParsedAddress parseAddress(std::u32string_view normalized, const ParseContext& context) {
    ParsedAddress out;
    size_t start = 0;
    if (context.admin) {
        // A road or compound named after a place (镶黄旗东路, 北京花园) keeps its name.
        const NameTrie* keep[] = {context.roadStarts, context.compoundStarts};
        out.admin = context.admin->match(normalized, keep);
        start = out.admin.length;
    }
    Parser(normalized.substr(start), context, out).run();
    return out;
}

}  // namespace ga::geocode
