#include "geocode/address_index.h"

#include <algorithm>

#include "geocode/compound_matcher.h"
#include "geocode/normalizer.h"

namespace ga::geocode {

struct AddressIndex::Lexicon {
    Lexicon(std::vector<LocalArea> local, std::string division)
        : admin(DivisionList::national(), std::move(local), std::move(division)) {}
    AdminMatcher admin;
    std::unordered_set<std::u32string, U32Hash, std::equal_to<>> roads, compounds;
    NameTrie roadStarts, roadEnds, compoundStarts;
    ParseContext context;
};

namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// Aliases are separated by ';' or ',' (full-width ones too).
std::vector<std::string> splitAliases(std::string_view list) {
    std::vector<std::string> out(1);
    size_t i = 0;
    while (i < list.size()) {
        size_t separator = 0;
        if (list[i] == ';' || list[i] == ',')
            separator = 1;
        else if (list.substr(i).starts_with("；") || list.substr(i).starts_with("，"))
            separator = 3;
        if (separator) {
            out.emplace_back();
            i += separator;
        } else {
            out.back() += list[i++];
        }
    }
    return out;
}

bool startsWithDigit(std::string_view s) { return !s.empty() && s[0] >= '0' && s[0] <= '9'; }

}  // namespace

std::string canonicalBuildingNumber(std::string_view number) {
    std::string n = normalizeName(number);
    if (n.starts_with("第")) n.erase(0, std::string_view("第").size());
    for (std::string_view marker : {"号楼", "栋", "幢", "座", "号", "#"})
        if (n.ends_with(marker) && n.size() > marker.size()) {
            n.resize(n.size() - marker.size());
            break;
        }
    return n;
}

std::string canonicalDoor(std::string_view door) {
    const std::string n = normalizeName(door);
    std::string out;
    for (char c : n) {
        if (c < '0' || c > '9') break;
        out += c;
    }
    return out;
}

std::pair<std::string, std::string> splitPhase(std::string_view key) {
    const std::u32string k = decodeUtf8(key);
    if (k.size() < 4) return {std::string(key), ""};
    const char32_t last = k.back();
    if (last != U'期' && last != U'区') return {std::string(key), ""};
    size_t b = k.size() - 1;
    if (last == U'区' && isUpper(k[b - 1])) {
        --b;
    } else {
        while (b > 0 && isDigit(k[b - 1])) --b;
        if (b == k.size() - 1) return {std::string(key), ""};
    }
    if (b < 2) return {std::string(key), ""};
    return {toUtf8(std::u32string_view(k).substr(0, b)), toUtf8(std::u32string_view(k).substr(b))};
}

AddressIndex::AddressIndex() = default;
AddressIndex::AddressIndex(AddressIndex&&) noexcept = default;
AddressIndex& AddressIndex::operator=(AddressIndex&&) noexcept = default;
AddressIndex::~AddressIndex() = default;

AddressIndex AddressIndex::build(const store::AddressSources& s) {
    AddressIndex ix;

    // Communities and streets: the local part of the admin prefix, and the scope they name.
    std::unordered_map<std::string, uint32_t> communityByKey;
    std::vector<LocalArea> local;
    std::unordered_map<std::string, size_t> streetArea;
    for (const store::AddressCommunity& c : s.communities) {
        const auto ci = static_cast<uint32_t>(ix.communities_.size());
        ix.communities_.push_back({c.code, c.name, c.street});
        if (!c.code.empty()) communityByKey.emplace(c.code, ci);
        if (!c.name.empty()) communityByKey.emplace(c.name, ci);
        if (!c.name.empty()) {
            local.push_back({c.code, decodeUtf8(normalizeName(c.name)), true});
            ix.areaCommunities_.push_back({ci});
        }
        if (!c.street.empty()) {
            auto [it, added] = streetArea.emplace(c.street, local.size());
            if (added) {
                local.push_back(
                    {c.code.size() >= 9 ? c.code.substr(0, 9) : "", decodeUtf8(normalizeName(c.street)), false});
                ix.areaCommunities_.emplace_back();
            }
            ix.areaCommunities_[it->second].push_back(ci);
        }
    }
    ix.lexicon_ = std::make_unique<Lexicon>(std::move(local), s.division);

    auto roadOf = [&](std::string_view name) -> uint32_t {
        const std::string key = normalizeName(trimmed(name));
        if (key.empty()) return kNone;
        auto [it, added] = ix.roads_.emplace(key, static_cast<uint32_t>(ix.roadNames_.size()));
        if (added) {
            ix.roadNames_.emplace_back(trimmed(name));
            ix.doors_.emplace_back();
            ix.doorsByRoad_.emplace_back();
        }
        return it->second;
    };
    for (const std::string& r : s.roads) roadOf(r);

    std::unordered_map<std::string, uint32_t> compoundByKey;
    auto compoundOf = [&](std::string_view name) -> uint32_t {
        std::string key = normalizeName(trimmed(name));
        if (key.empty()) return kNone;
        auto [it, added] = compoundByKey.emplace(key, static_cast<uint32_t>(ix.compounds_.size()));
        if (added) {
            IndexedCompound c;
            c.name = std::string(trimmed(name));
            auto [base, phase] = splitPhase(key);
            c.key = std::move(key);
            c.base = std::move(base);
            c.phase = std::move(phase);
            ix.compounds_.push_back(std::move(c));
        }
        return it->second;
    };

    ix.buildings_.reserve(s.buildings.size());
    for (const store::AddressBuilding& src : s.buildings) {
        const auto bi = static_cast<uint32_t>(ix.buildings_.size());
        IndexedBuilding b;
        b.id = src.id;
        b.compound = compoundOf(src.compound);
        b.road = roadOf(src.road);
        b.number = canonicalBuildingNumber(src.number);
        b.door = canonicalDoor(src.door);
        b.units = src.units;
        b.floors = src.floors;
        b.households = src.households;
        if (const auto it = communityByKey.find(src.community); it != communityByKey.end()) b.community = it->second;
        ix.byId_.emplace(b.id, bi);
        if (b.compound != kNone) {
            IndexedCompound& c = ix.compounds_[b.compound];
            c.buildings.push_back(bi);
            if (!b.number.empty()) c.byNumber[b.number].push_back(bi);
            if (c.community == kNone) c.community = b.community;
        }
        if (b.road != kNone && b.compound != kNone) ix.roadCompounds_.insert(uint64_t(b.road) << 32 | b.compound);
        if (b.road != kNone && startsWithDigit(b.door)) {
            ix.doors_[b.road][b.door].push_back(bi);
            ix.doorsByRoad_[b.road].push_back({std::stoi(b.door.substr(0, 6)), bi});
        }
        if (!b.number.empty()) ix.byNumber_[b.number].push_back(bi);
        if (!b.number.empty() && b.road != kNone) ix.roadNumbers_[b.number].push_back(bi);
        ix.buildings_.push_back(std::move(b));
    }
    for (auto& doors : ix.doorsByRoad_) std::sort(doors.begin(), doors.end());

    auto addName = [&](const std::string& key, uint32_t compound, NameKind kind) {
        if (key.empty()) return;
        auto& refs = ix.names_[key];
        for (const NameRef& r : refs)
            if (r.compound == compound) return;
        refs.push_back({compound, kind});
    };
    auto addAlias = [&](std::string_view alias, uint32_t compound) {
        const std::string key = normalizeName(trimmed(alias));
        addName(key, compound, NameKind::Alias);
        auto [base, phase] = splitPhase(key);
        if (!phase.empty()) addName(base, compound, NameKind::AliasBase);
    };
    for (const store::AddressCompound& c : s.compounds) {
        const uint32_t ci = compoundOf(c.name);
        if (ci == kNone) continue;
        if (ix.compounds_[ci].community == kNone)
            if (const auto it = communityByKey.find(c.community); it != communityByKey.end())
                ix.compounds_[ci].community = it->second;
        for (const std::string& alias : splitAliases(c.aliases)) addAlias(alias, ci);
    }
    for (const store::AddressAlias& a : s.aliases) {
        if (a.kind == "compound") {
            if (const auto it = compoundByKey.find(normalizeName(a.canonical)); it != compoundByKey.end())
                addAlias(a.alias, it->second);
        } else if (a.kind == "road") {
            if (const auto it = ix.roads_.find(normalizeName(a.canonical)); it != ix.roads_.end())
                ix.roads_.emplace(normalizeName(a.alias), it->second);
        } else if (a.kind == "address") {
            int64_t id = 0;
            for (char c : a.canonical) id = c >= '0' && c <= '9' ? id * 10 + (c - '0') : id;
            if (const uint32_t b = ix.buildingById(id); b != kNone) ix.addressAliases_[normalizeName(a.alias)] = b;
        }
    }
    std::unordered_map<std::string, uint32_t> families;
    for (uint32_t ci = 0; ci < ix.compounds_.size(); ++ci) {
        IndexedCompound& c = ix.compounds_[ci];
        c.family = families.emplace(c.base, static_cast<uint32_t>(families.size())).first->second;
        addName(c.key, ci, NameKind::Full);
        if (!c.phase.empty()) addName(c.base, ci, NameKind::Base);
    }

    for (const auto& [key, refs] : ix.names_)
        for (const NameRef& r : refs) ix.sortedNames_.push_back({key, r});
    std::sort(ix.sortedNames_.begin(), ix.sortedNames_.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second.compound < b.second.compound;
    });
    ix.sortedNames32_.reserve(ix.sortedNames_.size());
    for (uint32_t i = 0; i < ix.sortedNames_.size(); ++i) {
        ix.sortedNames32_.push_back(decodeUtf8(ix.sortedNames_[i].first));
        ix.sortedNameKeys_.push_back(homophoneKey(ix.sortedNames32_.back()));
        std::u32string seen;
        for (char32_t c : ix.sortedNameKeys_.back()) {
            if (seen.find(c) != std::u32string::npos) continue;
            seen += c;
            ix.byChar_[c].push_back(i);
        }
    }

    ix.placeAddresses_ = s.placeAddresses;
    Lexicon& lex = *ix.lexicon_;
    for (const auto& [key, road] : ix.roads_) {
        const std::u32string name = decodeUtf8(key);
        lex.roadStarts.insert(name, road);
        lex.roadEnds.insertReversed(name, road);
        lex.roads.insert(name);
    }
    for (const auto& [key, refs] : ix.names_) {
        lex.compounds.insert(decodeUtf8(key));
        lex.compoundStarts.insert(decodeUtf8(key), refs.front().compound);
    }
    lex.context = ParseContext{.admin = &lex.admin,
                               .roads = &lex.roads,
                               .roadStarts = &lex.roadStarts,
                               .roadEnds = &lex.roadEnds,
                               .compounds = &lex.compounds,
                               .compoundStarts = &lex.compoundStarts};
    return ix;
}

const ParseContext& AddressIndex::parseContext() const { return lexicon_->context; }

uint32_t AddressIndex::buildingById(int64_t id) const {
    const auto it = byId_.find(id);
    return it == byId_.end() ? kNone : it->second;
}

const std::vector<NameRef>* AddressIndex::names(std::string_view key) const {
    const auto it = names_.find(std::string(key));
    return it == names_.end() ? nullptr : &it->second;
}

std::pair<size_t, size_t> AddressIndex::namesWithPrefix(std::string_view prefix) const {
    const auto first = std::lower_bound(sortedNames_.begin(), sortedNames_.end(), prefix,
                                        [](const auto& e, std::string_view p) { return e.first < p; });
    auto last = first;
    while (last != sortedNames_.end() && last->first.starts_with(prefix)) ++last;
    return {static_cast<size_t>(first - sortedNames_.begin()), static_cast<size_t>(last - sortedNames_.begin())};
}

const std::vector<uint32_t>* AddressIndex::namesWithChar(char32_t c) const {
    const auto it = byChar_.find(c);
    return it == byChar_.end() ? nullptr : &it->second;
}

uint32_t AddressIndex::road(std::string_view key) const {
    const auto it = roads_.find(std::string(key));
    return it == roads_.end() ? kNone : it->second;
}

const std::vector<uint32_t>* AddressIndex::atDoor(uint32_t road, std::string_view door) const {
    if (road >= doors_.size()) return nullptr;
    const auto it = doors_[road].find(std::string(door));
    return it == doors_[road].end() ? nullptr : &it->second;
}

const std::vector<uint32_t>* AddressIndex::withNumber(std::string_view number) const {
    const auto it = byNumber_.find(std::string(number));
    return it == byNumber_.end() ? nullptr : &it->second;
}

namespace {
uint64_t gateKey(uint32_t road, int door) { return uint64_t(road) << 32 | static_cast<uint32_t>(door); }
}  // namespace

uint32_t AddressIndex::gate(uint32_t road, int door) const {
    const auto it = gates_.find(gateKey(road, door));
    return it == gates_.end() ? kNone : it->second;
}

void AddressIndex::addGates(std::span<const Gate> gates) {
    for (const Gate& g : gates) {
        if (g.road >= roadNames_.size() || g.compound >= compounds_.size()) continue;
        if (!gates_.emplace(gateKey(g.road, g.door), g.compound).second) continue;
        auto& onRoad = gatesByRoad_[g.road];
        if (std::find(onRoad.begin(), onRoad.end(), g.compound) == onRoad.end()) onRoad.push_back(g.compound);
    }
}

bool AddressIndex::compoundOnRoad(uint32_t road, uint32_t compound) const {
    if (roadCompounds_.contains(uint64_t(road) << 32 | compound)) return true;
    const auto g = gatesByRoad_.find(road);
    return g != gatesByRoad_.end() && std::find(g->second.begin(), g->second.end(), compound) != g->second.end();
}

std::vector<uint32_t> AddressIndex::onRoadWithNumber(uint32_t road, std::string_view number) const {
    std::vector<uint32_t> out;
    if (const auto it = roadNumbers_.find(std::string(number)); it != roadNumbers_.end())
        for (uint32_t b : it->second)
            if (buildings_[b].road == road) out.push_back(b);
    if (const auto g = gatesByRoad_.find(road); g != gatesByRoad_.end())
        for (uint32_t c : g->second)
            if (const auto n = compounds_[c].byNumber.find(std::string(number)); n != compounds_[c].byNumber.end())
                for (uint32_t b : n->second)
                    if (std::find(out.begin(), out.end(), b) == out.end()) out.push_back(b);
    return out;
}

uint32_t AddressIndex::addressAlias(std::string_view key) const {
    const auto it = addressAliases_.find(std::string(key));
    return it == addressAliases_.end() ? kNone : it->second;
}

}  // namespace ga::geocode
