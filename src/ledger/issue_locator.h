#pragma once
// Where an issue reported with an address only happened: the address matched by the geocoder
// (src/geocode) to a building at its auto-accept threshold, the issue placed at a point inside
// that building's footprint. Addresses that name only a compound or a road get no place.
#include <memory>
#include <optional>
#include <string_view>

#include "core/error.h"
#include "geo/geometry.h"
#include "store/project.h"

namespace ga::ledger {

class IssueLocator {
public:
    /// Reads the project's buildings, compounds, roads and address aliases.
    static Result<IssueLocator> create(store::Project& project);
    IssueLocator(IssueLocator&&) noexcept;
    IssueLocator& operator=(IssueLocator&&) noexcept;
    ~IssueLocator();

    /// A point inside the building `address` names, or nullopt when no building matches well enough.
    std::optional<geo::Point> locate(std::string_view address);

private:
    IssueLocator();
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace ga::ledger
