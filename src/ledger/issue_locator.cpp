#include "ledger/issue_locator.h"

#include <unordered_map>

#include "geo/geos.h"
#include "geocode/address_index.h"
#include "geocode/address_matcher.h"
#include "geocode/geocoder.h"
#include "store/address_sources.h"

namespace ga::ledger {

struct IssueLocator::Impl {
    geocode::AddressIndex index;
    std::unique_ptr<geocode::AddressMatcher> matcher;
    std::unordered_map<int64_t, geo::Point> points;  // building id → point inside its footprint

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
    return l;
}

std::optional<geo::Point> IssueLocator::locate(std::string_view address) {
    const geocode::MatchResult m = impl_->matcher->match(address);
    if (!m.linkable(geocode::kDefaultThreshold)) return std::nullopt;
    const auto& building = impl_->index.buildings()[m.candidates[0].building];
    const auto it = impl_->points.find(building.id);
    if (it == impl_->points.end()) return std::nullopt;
    return it->second;
}

}  // namespace ga::ledger
