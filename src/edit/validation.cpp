#include "edit/validation.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "core/grid_code.h"
#include "edit/planar.h"
#include "geo/geos.h"

namespace ga::edit {
namespace {

// A building is cut when a second grid holds more than this share of it (m²) and more than a
// thousandth of its area.
constexpr double kCutArea = 0.01;

geo::Point placeIn(const geo::Geometry& g) {
    const geo::Point c = centroid(g);
    return covers(g, c) ? c : geo::pointOnSurface(g);
}

std::string codeList(const std::vector<std::string>& codes) {
    std::string s;
    for (const std::string& c : codes) s += (s.empty() ? "" : "、") + c;
    return s;
}

// Each polygon of a (Multi)Polygon as its own Polygon.
std::vector<geo::Geometry> polygonsOf(const geo::Geometry& g) {
    std::vector<geo::Geometry> out;
    for (size_t p = 0; p < g.partCount(); ++p) {
        geo::Geometry part;
        part.type = geo::GeomType::Polygon;
        part.beginPart();
        const auto [r0, r1] = g.partRings(p);
        for (size_t r = r0; r < r1; ++r) part.addRing(g.ring(r));
        out.push_back(std::move(part));
    }
    return out;
}

class Checker {
public:
    explicit Checker(const Workspace& ws) : ws_(ws) {}

    Result<ValidationReport> run() {
        report_.grids = ws_.grids().size();
        report_.communities = ws_.communities().size();
        for (const auto& b : ws_.buildings())
            if (!b.geometry.isEmpty()) ++report_.buildings;
        checkRange();
        if (auto r = checkCoverage(); !r) return std::unexpected(r.error());
        checkCutBuildings();
        checkCompounds();
        checkMultipart();
        checkCodes();
        const auto& order = ruleIds();
        auto rank = [&](const Violation& v) { return std::find(order.begin(), order.end(), v.rule) - order.begin(); };
        std::stable_sort(report_.violations.begin(), report_.violations.end(),
                         [&](const Violation& a, const Violation& b) {
                             if (rank(a) != rank(b)) return rank(a) < rank(b);
                             const std::string ka = a.grids.empty() ? std::string() : a.grids.front();
                             const std::string kb = b.grids.empty() ? std::string() : b.grids.front();
                             return ka < kb;
                         });
        return std::move(report_);
    }

private:
    void add(std::string_view rule, std::vector<std::string> grids, geo::Point where, geo::Box box, std::string detail,
             double area = 0, Severity severity = Severity::Error) {
        Violation v;
        v.rule = std::string(rule);
        v.severity = severity;
        v.grids = std::move(grids);
        v.where = where;
        v.box = box;
        v.detail = std::move(detail);
        v.area = area;
        report_.violations.push_back(std::move(v));
    }

    void checkRange() {
        const HouseholdRange& range = ws_.range();
        for (const store::EditGrid& g : ws_.grids()) {
            const long long n = ws_.householdsOfGrid(g.code);
            const RangeStatus s = range.classify(n);
            if (s == RangeStatus::In) continue;
            add("range", {g.code}, placeIn(g.geometry), g.geometry.bounds(),
                fmt::format("{} 户，{} {}–{} 户的标准", n, s == RangeStatus::Under ? "低于" : "超出", range.min,
                            range.max));
        }
    }

    Result<void> checkCoverage() {
        std::map<size_t, std::vector<size_t>> byCommunity;
        for (size_t i = 0; i < ws_.grids().size(); ++i) {
            const auto c = ws_.communityOfGrid(i);
            if (c) {
                byCommunity[*c].push_back(i);
            } else if (!ws_.communities().empty()) {
                const store::EditGrid& g = ws_.grids()[i];
                add("outside_community", {g.code}, placeIn(g.geometry), g.geometry.bounds(),
                    fmt::format("找不到所属社区（编码前 12 位或社区属性“{}”对不上任何社区）", g.community));
            }
        }
        for (const auto& [c, slots] : byCommunity)
            if (auto r = checkCommunity(ws_.communities()[c], slots); !r) return r;
        return {};
    }

    // Grids of `slots` whose shape meets `piece` (shares area with it, or borders it).
    std::vector<std::string> gridsAround(const geo::Geometry& piece, const std::vector<size_t>& slots,
                                         bool sharingArea) {
        geo::Box box = piece.bounds();
        box.minx -= 0.01;
        box.miny -= 0.01;
        box.maxx += 0.01;
        box.maxy += 0.01;
        std::vector<std::string> out;
        for (size_t s : slots) {
            const geo::Geometry& g = ws_.grids()[s].geometry;
            if (!g.bounds().intersects(box)) continue;
            if (sharingArea && geo::intersectionArea(g, piece) <= kAreaNoise) continue;
            out.push_back(ws_.grids()[s].code);
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    Result<void> checkCommunity(const store::EditCommunity& community, const std::vector<size_t>& slots) {
        std::vector<geo::Geometry> shapes;
        double sum = 0;
        for (size_t s : slots) {
            shapes.push_back(ws_.grids()[s].geometry);
            sum += stableArea(shapes.back());
        }
        auto covered = geo::unionAll(shapes);
        if (!covered) return fail(fmt::format("community {}: {}", community.code, covered.error().message));
        // Overlaps: the areas add up to more than their union covers.
        if (sum - stableArea(*covered) > kAreaNoise) checkOverlaps(slots);
        auto gaps = geo::difference(community.geometry, *covered);
        if (!gaps) return fail(fmt::format("community {}: {}", community.code, gaps.error().message));
        for (const geo::Geometry& piece : polygonsOf(*gaps)) {
            const double a = stableArea(piece);
            if (a <= kAreaNoise) continue;
            add("gap", gridsAround(piece, slots, false), placeIn(piece), piece.bounds(),
                fmt::format("社区 {} 内有 {:.2f} m² 未被任何网格覆盖",
                            community.name.empty() ? community.code : community.name, a),
                a);
        }
        auto outside = geo::difference(*covered, community.geometry);
        if (!outside) return fail(fmt::format("community {}: {}", community.code, outside.error().message));
        for (const geo::Geometry& piece : polygonsOf(*outside)) {
            const double a = stableArea(piece);
            if (a <= kAreaNoise) continue;
            std::vector<std::string> grids = gridsAround(piece, slots, true);
            add("outside_community", grids, placeIn(piece), piece.bounds(),
                fmt::format("网格 {} 有 {:.2f} m² 超出社区 {} 的边界", codeList(grids), a,
                            community.name.empty() ? community.code : community.name),
                a);
        }
        return {};
    }

    void checkOverlaps(const std::vector<size_t>& slots) {
        for (size_t i = 0; i < slots.size(); ++i)
            for (size_t j = i + 1; j < slots.size(); ++j) {
                const store::EditGrid& a = ws_.grids()[slots[i]];
                const store::EditGrid& b = ws_.grids()[slots[j]];
                if (!a.geometry.bounds().intersects(b.geometry.bounds())) continue;
                auto both = geo::intersection(a.geometry, b.geometry);
                if (!both) continue;
                const double area = stableArea(*both);
                if (area <= kAreaNoise) continue;
                std::vector<std::string> codes = {a.code, b.code};
                std::sort(codes.begin(), codes.end());
                add("overlap", codes, placeIn(*both), both->bounds(),
                    fmt::format("网格 {} 与 {} 重叠 {:.2f} m²", codes[0], codes[1], area), area);
            }
    }

    void checkCutBuildings() {
        // Candidates: buildings a grid edge passes through (crossing an outline, or running
        // inside); the shares of the grids around each are then measured.
        std::vector<char> candidate(ws_.buildings().size(), 0);
        for (const store::EditGrid& g : ws_.grids()) {
            for (size_t r = 0; r < g.geometry.ringCount(); ++r) {
                const auto ring = g.geometry.ring(r);
                for (size_t i = 0; i + 1 < ring.size(); ++i) {
                    geo::Box sb;
                    sb.expand(ring[i]);
                    sb.expand(ring[i + 1]);
                    for (uint32_t b : ws_.buildingsInBox(sb)) {
                        if (candidate[b]) continue;
                        if (polylineMeetsPolygonInterior(ring.subspan(i, 2), ws_.buildings()[b].geometry))
                            candidate[b] = 1;
                    }
                }
            }
        }
        for (size_t b = 0; b < candidate.size(); ++b) {
            if (!candidate[b]) continue;
            const store::EditBuilding& building = ws_.buildings()[b];
            const double total = stableArea(building.geometry);
            std::vector<std::pair<double, std::string>> shares;
            for (uint32_t s : ws_.gridsInBox(building.geometry.bounds())) {
                const double a = geo::intersectionArea(building.geometry, ws_.grids()[s].geometry);
                if (a > 0) shares.emplace_back(a, ws_.grids()[s].code);
            }
            std::sort(shares.rbegin(), shares.rend());
            if (shares.size() < 2 || shares[1].first <= kCutArea || shares[1].first <= 1e-3 * total) continue;
            std::vector<std::string> codes;
            std::string parts;
            for (const auto& [a, code] : shares) {
                codes.push_back(code);
                parts +=
                    fmt::format("{}{} 占 {:.0f}%", parts.empty() ? "" : "，", code, total > 0 ? 100 * a / total : 0);
            }
            const std::string name = building.compound + building.number;
            add("cut_building", codes, placeIn(building.geometry), building.geometry.bounds(),
                fmt::format("楼栋 {} 被网格边界切开（{}）", name.empty() ? fmt::format("#{}", building.id) : name,
                            parts));
            report_.violations.back().building = building.id;
        }
    }

    void checkCompounds() {
        struct Spread {
            std::map<std::string, int> grids;
            geo::Box box;
        };
        std::map<std::string, Spread> compounds;
        for (const store::EditBuilding& b : ws_.buildings()) {
            if (b.compound.empty() || b.grid.empty() || b.geometry.isEmpty()) continue;
            Spread& s = compounds[b.compound];
            ++s.grids[b.grid];
            s.box.expand(b.geometry.bounds());
        }
        for (const auto& [name, s] : compounds) {
            if (s.grids.size() < 2) continue;
            std::vector<std::string> codes;
            std::string parts;
            for (const auto& [code, n] : s.grids) {
                codes.push_back(code);
                parts += fmt::format("{}{} {} 栋", parts.empty() ? "" : "，", code, n);
            }
            add("cut_compound", codes, s.box.center(), s.box,
                fmt::format("小区 {} 分属 {} 个网格（{}）", name, s.grids.size(), parts), 0, Severity::Warning);
        }
    }

    void checkMultipart() {
        for (const store::EditGrid& g : ws_.grids()) {
            if (g.geometry.partCount() < 2) continue;
            const std::vector<geo::Geometry> parts = polygonsOf(g.geometry);
            const auto smallest = std::min_element(
                parts.begin(), parts.end(), [](const auto& a, const auto& b) { return stableArea(a) < stableArea(b); });
            add("multipart", {g.code}, placeIn(*smallest), g.geometry.bounds(),
                fmt::format("网格分成 {} 块（最小一块 {:.2f} m²）", parts.size(), stableArea(*smallest)));
        }
    }

    void checkCodes() {
        std::unordered_map<std::string, int> seen;
        for (const store::EditGrid& g : ws_.grids()) ++seen[g.code];
        for (size_t i = 0; i < ws_.grids().size(); ++i) {
            const store::EditGrid& g = ws_.grids()[i];
            const geo::Point where = placeIn(g.geometry);
            if (auto parsed = GridCode::parse(g.code); !parsed) {
                add("code", {g.code}, where, g.geometry.bounds(),
                    fmt::format("编码格式错误：{}", parsed.error().message));
                continue;
            }
            if (seen[g.code] > 1) {
                add("code", {g.code}, where, g.geometry.bounds(),
                    fmt::format("编码 {} 重复 {} 次", g.code, seen[g.code]));
                continue;
            }
            // The community the grid says it belongs to must be the one its code names.
            for (const store::EditCommunity& c : ws_.communities())
                if ((c.code == g.community || c.name == g.community) && !g.community.empty() &&
                    c.code != g.code.substr(0, 12)) {
                    add("code", {g.code}, where, g.geometry.bounds(),
                        fmt::format("编码前 12 位 {} 与所属社区 {} 的代码 {} 不符", g.code.substr(0, 12), g.community,
                                    c.code));
                    break;
                }
        }
    }

    const Workspace& ws_;
    ValidationReport report_;
};

}  // namespace

bool ValidationReport::ok() const { return errors() == 0; }

size_t ValidationReport::errors() const {
    return static_cast<size_t>(std::count_if(violations.begin(), violations.end(),
                                             [](const Violation& v) { return v.severity == Severity::Error; }));
}

size_t ValidationReport::warnings() const { return violations.size() - errors(); }

const std::vector<std::string_view>& ruleIds() {
    static const std::vector<std::string_view> ids = {"range",        "gap",          "overlap",   "outside_community",
                                                      "cut_building", "cut_compound", "multipart", "code"};
    return ids;
}

std::string_view ruleName(std::string_view rule) {
    if (rule == "range") return "户数超出范围";
    if (rule == "gap") return "空隙";
    if (rule == "overlap") return "重叠";
    if (rule == "outside_community") return "超出社区";
    if (rule == "cut_building") return "楼栋被切";
    if (rule == "cut_compound") return "小区被分割";
    if (rule == "multipart") return "网格不连续";
    if (rule == "code") return "编码问题";
    return rule;
}

Result<ValidationReport> validate(const Workspace& workspace) { return Checker(workspace).run(); }

}  // namespace ga::edit
