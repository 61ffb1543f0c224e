#pragma once
// Where an issue reported with an address only happened: the address matched by the geocoder
// (src/geocode) to a building at its auto-accept threshold, the issue placed at a point inside
// that building's footprint. An address that names a road and nothing finer ("友好巷沿线",
// "人民路") is put on the middle of that road: road works and street litter are reported so.
// Addresses that name only a compound, or a door number the road does not have, get no place.
#include <memory>
#include <optional>
#include <string_view>

#include "core/error.h"
#include "geo/geometry.h"
#include "store/project.h"

namespace ga::ledger {

class IssueLocator {
public:
    /// Reads the project's buildings, compounds, roads (names and lines) and address aliases.
    static Result<IssueLocator> create(store::Project& project);
    IssueLocator(IssueLocator&&) noexcept;
    IssueLocator& operator=(IssueLocator&&) noexcept;
    ~IssueLocator();

    /// A point inside the building `address` names, or on the road it names when it names no
    /// more; nullopt when neither matches well enough.
    std::optional<geo::Point> locate(std::string_view address);

private:
    IssueLocator();
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace ga::ledger
