#include "ledger/issue_locator.h"

#include <unordered_map>

#include "geo/geos.h"
#include "geocode/address_index.h"
#include "geocode/address_matcher.h"
#include "geocode/geocoder.h"
#include "geocode/normalizer.h"
#include "store/address_sources.h"
#include "store/grid_edits.h"

namespace ga::ledger {

struct IssueLocator::Impl {
    geocode::AddressIndex index;
    std::unique_ptr<geocode::AddressMatcher> matcher;
    std::unordered_map<int64_t, geo::Point> points;  // building id → point inside its footprint
    std::unordered_map<std::string, geo::Point> roads;  // normalised road name → its middle

    explicit Impl(geocode::AddressIndex i) : index(std::move(i)), matcher(std::make_unique<geocode::AddressMatcher>(index)) {}
};

IssueLocator::IssueLocator() = default;
IssueLocator::IssueLocator(IssueLocator&&) noexcept = default;
IssueLocator& IssueLocator::operator=(IssueLocator&&) noexcept = default;
IssueLocator::~IssueLocator() = default;

Result<IssueLocator> IssueLocator::create(store::Project& project) {
    auto sources = store::readAddressSources(project);
    if (!sources) return std::unexpected(sources.error());
    auto footprints = store::readBuildingFootprints(project);
    if (!footprints) return std::unexpected(footprints.error());
    IssueLocator l;
    l.impl_ = std::make_unique<Impl>(geocode::AddressIndex::build(*sources));
    for (const store::BuildingFootprint& b : *footprints)
        if (!b.footprint.isEmpty()) l.impl_->points.emplace(b.id, geo::pointOnSurface(b.footprint));
    auto roads = store::readEditRoads(project);
    if (!roads) return std::unexpected(roads.error());
    std::unordered_map<std::string, std::vector<geo::Geometry>> lines;
    for (store::EditRoad& r : *roads)
        if (!r.name.empty()) lines[geocode::normalizeName(r.name)].push_back(std::move(r.geometry));
    for (const auto& [name, geometries] : lines)
        if (const auto middle = geo::middleOfLines(geometries)) l.impl_->roads.emplace(name, *middle);
    return l;
}

std::optional<geo::Point> IssueLocator::locate(std::string_view address) {
    geocode::ParsedAddress parsed;
    const geocode::MatchResult m = impl_->matcher->match(address, &parsed);
    if (!m.linkable(geocode::kDefaultThreshold)) {
        // The match reached the road and nothing on it ("沿线", "路段" are left over as text).
        const bool roadOnly = m.level == geocode::MatchLevel::Road && parsed.door.empty() && parsed.building.empty() &&
                              m.problem != geocode::Reason::OutsideProject;
        if (!roadOnly) return std::nullopt;
        const auto it = impl_->roads.find(parsed.road);
        if (it == impl_->roads.end()) return std::nullopt;
        return it->second;
    }
    const auto& building = impl_->index.buildings()[m.candidates[0].building];
    const auto it = impl_->points.find(building.id);
    if (it == impl_->points.end()) return std::nullopt;
    return it->second;
}

}  // namespace ga::ledger
