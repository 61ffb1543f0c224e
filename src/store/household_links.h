#pragma once
// Household → building links (户进房): what the geocoder reads (every active household's
// address, location and current link) and writes back (building, match level, confidence,
// reason and how the link was made). Links live in their own narrow table, household_links,
// one row per household placed or judged; the wide households rows are never rewritten.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "geo/geometry.h"
#include "store/project.h"

namespace ga::store {

/// How a household's link was made; a manual link is never overwritten by the geocoder.
enum class LinkMethod : uint8_t { None, Address, Point, Manual };
std::string_view linkMethodId(LinkMethod m);
LinkMethod linkMethodFromId(std::string_view id);

/// Every active household, column by column; addresses packed into one string.
struct HouseholdsToGeocode {
    std::vector<int64_t> ids;
    std::vector<int64_t> buildings;     ///< current link, 0 when none
    std::vector<LinkMethod> methods;    ///< how the current link was made
    std::vector<double> confidences;    ///< stored confidence, NaN when none
    std::string addressText;            ///< all addresses back to back
    std::vector<uint32_t> addressEnds;  ///< end of address i in addressText
    std::vector<uint32_t> located;      ///< households (indexes) that have a location
    std::vector<geo::Point> points;     ///< their locations, project CRS, parallel to `located`
    /// The stored match level and reason of each, as "level|reason", packed like the addresses:
    /// a run leaves rows alone whose link it would not change.
    std::string stampText;
    std::vector<uint32_t> stampEnds;

    size_t size() const { return ids.size(); }
    std::string_view address(size_t i) const {
        const uint32_t b = i == 0 ? 0 : addressEnds[i - 1];
        return std::string_view(addressText).substr(b, addressEnds[i] - b);
    }
    std::string_view stamp(size_t i) const {
        const uint32_t b = i == 0 ? 0 : stampEnds[i - 1];
        return std::string_view(stampText).substr(b, stampEnds[i] - b);
    }
};

/// Reads every active household (state 'active'); without `addresses` the addresses are left
/// empty (placing by location needs none).
Result<HouseholdsToGeocode> readHouseholdsToGeocode(Project& project, bool addresses = true);

/// One household's link as the geocoder leaves it.
struct HouseholdLink {
    int64_t household = 0;
    int64_t building = 0;    ///< 0: no link
    std::string_view level;  ///< building / unit / room ("" without a link)
    double confidence = 0;
    std::string_view reason;  ///< reason id (geocode::reasonId)
    LinkMethod method = LinkMethod::None;
};

/// Writes the links; call inside the caller's transaction. Rows are written as given (a link
/// with no building, level, reason or method removes the household's row): leave out households
/// whose link must stay as it is. Fastest in household order.
Result<void> writeHouseholdLinks(Project& project, std::span<const HouseholdLink> links);

/// One geocoding run's writes, fast enough for a million households: a write transaction held
/// from before the buildings are read (so every building id written still exists and foreign
/// keys need not be checked row by row), the building → households index rebuilt once instead
/// of row by row, and a large page cache. Everything is rolled back unless commit() is reached;
/// the connection's settings are put back either way.
class LinkBatch {
public:
    /// Begins the batch (no transaction may be open on the project).
    static Result<LinkBatch> begin(Project& project);
    LinkBatch(LinkBatch&& o) noexcept;
    LinkBatch& operator=(LinkBatch&&) = delete;
    ~LinkBatch();

    /// Writes links; with `many`, the building index is dropped first and rebuilt at commit.
    Result<void> write(std::span<const HouseholdLink> links, bool many);
    /// Restores the index, commits, and puts the connection's settings back.
    Result<void> commit();

private:
    explicit LinkBatch(Project& project) : project_(&project) {}
    void restoreSettings();
    Project* project_;  ///< null once the settings are restored
    std::optional<Transaction> tx_;
    bool indexDropped_ = false;
    int64_t cacheSize_ = -2000;
};

/// A household's link as stored (all empty when the household has no row).
struct StoredLink {
    std::optional<int64_t> building;
    std::string level, reason;
    std::optional<double> confidence;
    LinkMethod method = LinkMethod::None;
};
Result<StoredLink> readHouseholdLink(Project& project, int64_t household);

/// Sets one household's link as given (inside the caller's transaction); an empty link removes
/// the household's row, so that a link read and set back is restored exactly.
Result<void> setHouseholdLink(Project& project, int64_t household, const StoredLink& link);

}  // namespace ga::store
