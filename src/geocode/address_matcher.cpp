#include "geocode/address_matcher.h"

#include <algorithm>
#include <cmath>

#include "geocode/normalizer.h"

namespace ga::geocode {
namespace {

// Scores of buildings found without a compound name.
constexpr double kRoadDoor = 0.97;
constexpr double kGate = 0.95;
constexpr double kGateBackup = 0.03;  // a gate that agrees with the compound named
constexpr double kGateOnly = 0.6;     // a gate whose compound the text does not name
constexpr double kNumberOnlyUnique = 0.7;
constexpr double kRoadNumberUnique = 0.78;
constexpr double kNumberOnlyMany = 0.5;
constexpr size_t kNumberOnlyMost = 12;
// A unit or floor the building does not have makes it an unlikely match.
constexpr double kMisfit = 0.6;
// Two candidates closer than this are a tie: the operator decides.
constexpr double kTieMargin = 0.1;
// Each part the parser could not place costs a little confidence.
constexpr double kUnplacedFactor = 0.97;
// A community named in the address that does not hold the building.
constexpr double kOutOfScope = 0.85;
// A compound outside the community or off the road the address names, when others are in it.
constexpr double kOutOfContext = 0.8;
// Candidates of an address of another district.
constexpr double kOutside = 0.3;
// A shortened name that fits one building only (see match()).
constexpr double kPrefixSettled = 0.82;
// A building of the right number that is not at the door the address names.
constexpr double kNotAtDoor = 0.8;

Reason reasonOf(CompoundMatchKind k) {
    switch (k) {
        case CompoundMatchKind::Name:
            return Reason::CompoundName;
        case CompoundMatchKind::Alias:
            return Reason::CompoundAlias;
        case CompoundMatchKind::WithoutPhase:
            return Reason::CompoundWithoutPhase;
        case CompoundMatchKind::Prefix:
            return Reason::CompoundShortened;
        case CompoundMatchKind::InText:
            return Reason::CompoundInText;
        case CompoundMatchKind::Similar:
            return Reason::CompoundSimilar;
        case CompoundMatchKind::Gate:
            return Reason::CompoundGate;
    }
    return Reason::CompoundName;
}

double density(const IndexedBuilding& b) {
    return static_cast<double>(b.households) / std::max(1, std::max(1, b.units) * std::max(1, b.floors));
}

struct Scored {
    uint32_t building;
    double score;
    Reason how;
};

class Candidates {
public:
    explicit Candidates(const std::vector<IndexedBuilding>& buildings) : buildings_(buildings) {}
    void add(uint32_t building, double score, Reason how) {
        for (Scored& s : list_)
            if (s.building == building) {
                if (score > s.score) s = {building, score, how};
                return;
            }
        list_.push_back({building, score, how});
    }
    /// Multiplies the scores of the buildings `which` picks by `factor`.
    template <class Pred>
    void scale(Pred&& which, double factor) {
        for (Scored& s : list_)
            if (which(s.building)) s.score *= factor;
    }
    bool empty() const { return list_.empty(); }
    /// Best first; of equal scores the building with more households per unit and floor first
    /// (the likelier one when nothing else tells them apart).
    std::vector<Scored>& sorted() {
        std::sort(list_.begin(), list_.end(), [&](const Scored& a, const Scored& b) {
            if (a.score != b.score) return a.score > b.score;
            const double da = density(buildings_[a.building]), db = density(buildings_[b.building]);
            return da != db ? da > db : a.building < b.building;
        });
        return list_;
    }

private:
    const std::vector<IndexedBuilding>& buildings_;
    std::vector<Scored> list_;
};

double fit(const IndexedBuilding& b, const ParsedAddress& p) {
    double f = 1;
    if (p.unit > 0 && b.units > 0 && p.unit > b.units) f *= kMisfit;
    if (const int floor = p.impliedFloor(); floor > 0 && b.floors > 0 && floor > b.floors) f *= kMisfit;
    return f;
}

int numberValue(std::string_view s) {
    if (s.empty() || s.size() > 6) return -1;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

void setCandidates(MatchResult& r, std::span<const Scored> list) {
    r.candidateCount = static_cast<uint8_t>(std::min(list.size(), kMaxCandidates));
    for (size_t k = 0; k < r.candidateCount; ++k)
        r.candidates[k] = {list[k].building, static_cast<float>(list[k].score)};
}

size_t hanCount(std::u32string_view s) {
    return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char32_t c) { return isHan(c); }));
}

}  // namespace

bool AddressMatcher::narrowByContext(const std::vector<CompoundHit>& hits, const std::vector<uint32_t>& scope,
                                     uint32_t road, std::vector<CompoundHit>& out) const {
    if (hits.size() < 2 || (scope.empty() && road == kNone)) return false;
    auto inContext = [&](uint32_t c) {
        const IndexedCompound& ic = index_.compounds()[c];
        if (!scope.empty() && ic.community != kNone &&
            std::find(scope.begin(), scope.end(), ic.community) == scope.end())
            return false;
        return road == kNone || index_.compoundOnRoad(road, c);
    };
    size_t inside = 0;
    std::vector<uint32_t> families;
    for (const CompoundHit& h : hits) {
        if (!inContext(h.compound)) continue;
        ++inside;
        const uint32_t f = index_.compounds()[h.compound].family;
        if (std::find(families.begin(), families.end(), f) == families.end()) families.push_back(f);
    }
    if (inside == 0 || inside == hits.size()) return false;
    // A shortened name or a name without phase that stood for several compounds stands for one
    // once the community or road named is taken into account.
    out = hits;
    for (CompoundHit& h : out) {
        if (!inContext(h.compound)) {
            h.score *= kOutOfContext;
            continue;
        }
        if (families.size() != 1) continue;
        if (h.kind == CompoundMatchKind::Prefix && h.score <= kPrefixMany)
            h.score = inside == 1 ? kPrefixUnique : kPrefixPhases;
        else if (h.kind == CompoundMatchKind::WithoutPhase && h.score <= kWithoutPhaseMany && inside == 1)
            h.score = kWithoutPhaseUnique;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const CompoundHit& a, const CompoundHit& b) { return a.score > b.score; });
    return true;
}

ParsedAddress AddressMatcher::parse(std::string_view address) const {
    const NormalizedAddress n = normalizeAddress(address);
    return parseAddress(n.text, index_.parseContext());
}

MatchResult AddressMatcher::match(std::string_view address, ParsedAddress* parsed) {
    MatchResult r;
    const auto blank = address.find_first_not_of(" \t\r\n");
    if (blank == std::string_view::npos) {
        r.problem = Reason::EmptyAddress;
        return r;
    }
    if (address.size() > kLongestAddress * 4) {
        r.problem = Reason::TooLong;
        return r;
    }
    const NormalizedAddress n = normalizeAddress(address);
    const size_t han = hanCount(n.text);
    const bool digits = std::any_of(n.text.begin(), n.text.end(), [](char32_t c) { return isDigit(c); });
    // Binary junk decodes into broken bytes and control characters around stray ideographs.
    const size_t junk = n.invalidBytes + n.controlChars;
    if (n.text.empty() || (han == 0 && !digits) || junk * 4 > han + 1) {
        r.problem = Reason::NotAnAddress;
        return r;
    }
    if (n.text.size() > kLongestAddress) {
        r.problem = Reason::TooLong;
        return r;
    }
    std::string key;
    for (char32_t c : n.text)
        if (c != kBreak) appendUtf8(key, c);
    if (const uint32_t b = index_.addressAlias(key); b != kNone) {
        r.level = MatchLevel::Building;
        r.how = Reason::AddressAlias;
        r.confidence = 0.99f;
        r.candidateCount = 1;
        r.candidates[0] = {b, 0.99f};
        return r;
    }
    if (!parsed) return match(parseAddress(n.text, index_.parseContext()));
    *parsed = parseAddress(n.text, index_.parseContext());
    return match(*parsed);
}

MatchResult AddressMatcher::match(const ParsedAddress& p) {
    MatchResult r;
    const auto& buildings = index_.buildings();

    std::vector<uint32_t> scope;
    for (size_t area : p.admin.localAreas)
        for (uint32_t c : index_.communitiesOfArea(area)) scope.push_back(c);
    auto scopeFactor = [&](const IndexedBuilding& b) {
        if (scope.empty() || b.community == kNone) return 1.0;
        return std::find(scope.begin(), scope.end(), b.community) != scope.end() ? 1.0 : kOutOfScope;
    };

    const std::vector<CompoundHit> none;
    const std::vector<CompoundHit>& named = p.compound.empty() ? none : compounds_.match(p.compound, p.phase);
    const uint32_t road = p.road.empty() ? kNone : index_.road(p.road);
    const std::vector<uint32_t>* atDoor = road != kNone && !p.door.empty() ? index_.atDoor(road, p.door) : nullptr;
    // A door that is no building's may be a compound's gate: it names the compound when the text
    // does not, and backs up a compound the text names.
    const uint32_t gate = !atDoor && road != kNone ? index_.gate(road, numberValue(p.door)) : kNone;
    std::vector<CompoundHit> gated;
    if (gate != kNone) {
        gated = named;
        bool present = false;
        for (CompoundHit& h : gated)
            if (h.compound == gate) {
                h.score = std::min(1.0, h.score + kGateBackup);
                present = true;
            }
        if (!present) gated.push_back({gate, gated.empty() ? kGate : kGateOnly, CompoundMatchKind::Gate});
        std::stable_sort(gated.begin(), gated.end(),
                         [](const CompoundHit& a, const CompoundHit& b) { return a.score > b.score; });
    }
    std::vector<CompoundHit> narrowed;
    const std::vector<CompoundHit>& hits = narrowByContext(gate != kNone ? gated : named, scope, road, narrowed)
                                               ? narrowed
                                           : gate != kNone ? gated
                                                           : named;
    auto hitScore = [&](uint32_t compound) {
        for (const CompoundHit& h : hits)
            if (h.compound == compound) return h.score;
        return 0.0;
    };

    Candidates found(buildings);
    bool compoundHasBuilding = false;
    if (!p.building.empty()) {
        for (const CompoundHit& h : hits) {
            if (h.score < hits.front().score - 0.3) break;
            const IndexedCompound& c = index_.compounds()[h.compound];
            const auto it = c.byNumber.find(p.building);
            if (it == c.byNumber.end()) continue;
            for (uint32_t b : it->second) {
                found.add(b, h.score * fit(buildings[b], p), reasonOf(h.kind));
                compoundHasBuilding = true;
            }
        }
    }
    if (atDoor && atDoor->size() == 1) {
        // One building at this door: a house or block on the road. It competes with a building
        // the compound named only weakly: the door may be the compound's gate.
        const uint32_t b = atDoor->front();
        const IndexedBuilding& ib = buildings[b];
        if (p.building.empty() || ib.number.empty() || ib.number == p.building) {
            double score = kRoadDoor * fit(ib, p) * scopeFactor(ib);
            if (!hits.empty() && hitScore(ib.compound) == 0) score *= compoundHasBuilding ? 0.5 : 0.9;
            found.add(b, score, Reason::RoadDoor);
        }
    } else if (atDoor && !p.building.empty()) {
        // Several buildings at one door: a compound's gate; the building number picks one.
        for (uint32_t b : *atDoor) {
            const IndexedBuilding& ib = buildings[b];
            if (ib.number != p.building) continue;
            const double byName = hitScore(ib.compound);
            const double score = byName > 0 ? std::min(1.0, std::max(byName, kGate) + kGateBackup) : kGate;
            found.add(b, score * fit(ib, p) * scopeFactor(ib),
                      byName > 0 ? Reason::CompoundName : Reason::CompoundGate);
        }
    }
    if (found.empty() && p.compound.empty() && road != kNone && p.door.empty() && !p.building.empty()) {
        // A road and a building number (和盛路附近8#2-202): the buildings of that number on the
        // road or in a compound whose gate is on it.
        const std::vector<uint32_t> onRoad = index_.onRoadWithNumber(road, p.building);
        for (uint32_t b : onRoad)
            found.add(b, (onRoad.size() == 1 ? kRoadNumberUnique : kNumberOnlyMany) * fit(buildings[b], p),
                      Reason::BuildingNumberOnly);
    }
    if (found.empty() && p.compound.empty() && road == kNone && !p.building.empty()) {
        if (const auto* numbered = index_.withNumber(p.building)) {
            std::vector<uint32_t> inScope;
            for (uint32_t b : *numbered)
                if (scopeFactor(buildings[b]) == 1.0) inScope.push_back(b);
            // Without a compound the likelier building is the one with more households per
            // unit and floor: a tie-breaker for the operator's first candidate, never a link.
            double densest = 0;
            for (uint32_t b : inScope) densest = std::max(densest, density(buildings[b]));
            if (!inScope.empty() && inScope.size() <= kNumberOnlyMost)
                for (uint32_t b : inScope)
                    found.add(b,
                              (inScope.size() == 1 ? kNumberOnlyUnique : kNumberOnlyMany) * fit(buildings[b], p) *
                                  (0.9 + 0.1 * (densest > 0 ? density(buildings[b]) / densest : 1)),
                              Reason::BuildingNumberOnly);
        }
    }

    // A door the address names settles which of several buildings of that number is meant.
    if (atDoor)
        found.scale([&](uint32_t b) { return std::find(atDoor->begin(), atDoor->end(), b) == atDoor->end(); },
                    kNotAtDoor);

    if (found.empty()) {
        Candidates near(buildings);
        if (!hits.empty()) {
            // The compound is known but not the building: its buildings, those the unit and floor
            // fit first, then by how close their number is to the one written.
            const CompoundHit& h = hits.front();
            r.level = MatchLevel::Compound;
            r.how = reasonOf(h.kind);
            r.problem = p.building.empty() ? Reason::NoBuildingNumber : Reason::BuildingNotFound;
            const int wanted = numberValue(p.building);
            for (uint32_t b : index_.compounds()[h.compound].buildings) {
                const int n = numberValue(buildings[b].number);
                const double closeness = wanted >= 0 && n >= 0 ? 1.0 / (1 + std::abs(n - wanted)) : 0.5;
                near.add(b, 0.3 * h.score * fit(buildings[b], p) * (0.5 + 0.5 * closeness), r.how);
            }
        } else if (road != kNone) {
            r.level = MatchLevel::Road;
            r.how = Reason::RoadDoor;
            r.problem = p.door.empty() ? Reason::NoBuildingNumber : Reason::DoorNotFound;
            const int wanted = numberValue(p.door);
            for (const auto& [door, b] : index_.doorsOf(road)) {
                const double closeness = wanted >= 0 ? 1.0 / (1 + std::abs(door - wanted)) : 0.5;
                near.add(b, 0.2 * fit(buildings[b], p) * (0.5 + 0.5 * closeness), Reason::RoadDoor);
            }
        } else {
            r.problem = !p.compound.empty() || !p.road.empty() ? Reason::CompoundNotFound
                        : !p.building.empty()                  ? Reason::NoCompoundOrRoad
                                                               : Reason::NotAnAddress;
        }
        if (!p.admin.outsideName.empty()) r.problem = Reason::OutsideProject;
        std::vector<Scored>& list = near.sorted();
        setCandidates(r, list);
        r.confidence = r.candidateCount ? r.candidates[0].confidence : 0;
        return r;
    }

    std::vector<Scored>& list = found.sorted();
    // A shortened name several compounds start with, of which one alone has a building of that
    // number where the unit and floor fit: the writer meant that one.
    if (list.front().how == Reason::CompoundShortened && list.front().score == kPrefixMany &&
        (list.size() == 1 || list[1].score <= list.front().score * kMisfit))
        list.front().score = kPrefixSettled;
    double confidence = list.front().score * std::pow(kUnplacedFactor, std::min<size_t>(p.unplaced.size(), 3));
    r.how = list.front().how;
    r.level = !p.room.empty() ? MatchLevel::Room : p.unit > 0 ? MatchLevel::Unit : MatchLevel::Building;
    if (list.size() > 1 && list[1].score >= list.front().score - kTieMargin) r.problem = Reason::Ambiguous;
    // An address of another district never links; its candidates are the operator's guess.
    if (!p.admin.outsideName.empty()) {
        r.problem = Reason::OutsideProject;
        for (Scored& s : list) s.score *= kOutside;
        confidence *= kOutside;
    }
    setCandidates(r, list);
    r.confidence = static_cast<float>(confidence);
    r.candidates[0].confidence = r.confidence;
    return r;
}

}  // namespace ga::geocode
