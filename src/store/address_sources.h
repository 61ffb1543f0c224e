#pragma once
// What the geocoder matches household addresses against, read in one pass: the buildings'
// address fields with the community each lies in, compounds with their aliases, communities
// with their street, road names and the operators' saved aliases; and building footprints for
// households that come with coordinates.
#include <cstdint>
#include <string>
#include <vector>

#include "geo/geometry.h"
#include "store/project.h"

namespace ga::store {

struct AddressBuilding {
    int64_t id = 0;
    std::string compound, number, road, door, name;
    int units = 0, floors = 0;  ///< 0 when not recorded
    int households = 0;         ///< the buildings layer's attribute (0 when not recorded)
    std::string grid;           ///< grid code ("" when the building lies in no grid)
    std::string community;      ///< the grid's community (its code or name, as the grids layer has it)
};

struct AddressCompound {
    std::string name;
    std::string aliases;  ///< separated by ';' (compounds.aliases)
    std::string community;
};

struct AddressCommunity {
    std::string code, name, street;
};

/// An alias an operator saved while resolving a review row (address_aliases).
struct AddressAlias {
    std::string alias;      ///< as the register writes it
    std::string canonical;  ///< the name it stands for; for kind "address" the building id
    std::string kind;       ///< "compound", "road" or "address"
};

struct AddressSources {
    std::vector<AddressBuilding> buildings;
    std::vector<AddressCompound> compounds;
    std::vector<AddressCommunity> communities;
    std::vector<AddressAlias> aliases;
    std::vector<std::string> roads;  ///< distinct names of the roads layer
    /// Addresses of organisations: "人民路93号华荣上海城" tells a compound's gate.
    std::vector<std::string> placeAddresses;
    std::string division;  ///< the project's division code (settings)
};

/// Reads everything above from the project.
Result<AddressSources> readAddressSources(Project& project);

struct BuildingFootprint {
    int64_t id = 0;
    geo::Geometry footprint;
};

/// Every building with a footprint, in the project CRS.
Result<std::vector<BuildingFootprint>> readBuildingFootprints(Project& project);

}  // namespace ga::store
