#pragma once
// The search box's free-text address: geocoded against the open project, answered with the
// building, its grid and the grid leader — the question residents ask most.
#include <memory>
#include <string>
#include <vector>

#include "geocode/address_index.h"
#include "model/map_model.h"
#include "store/feature_search.h"
#include "store/project.h"

namespace ga::app {

class AddressSearch {
public:
    AddressSearch();
    ~AddressSearch();

    /// Forgets the index (the project changed: another project, a geocoding run, a new alias).
    void reset();
    /// Buildings `text` may stand for, best first (at most three), each labelled with its grid
    /// and grid leader; empty when the text names no building.
    Result<std::vector<store::SearchHit>> find(store::Project& project, const model::MapModel& model,
                                               const std::string& text);
    /// How the geocoder reads `text` (to offer the compound it names as an alias).
    Result<geocode::ParsedAddress> parse(store::Project& project, const std::string& text);

private:
    Result<const geocode::AddressIndex*> index(store::Project& project);

    std::unique_ptr<geocode::AddressIndex> index_;
};

}  // namespace ga::app
