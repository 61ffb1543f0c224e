#pragma once
// The features of a synthetic district as generated, before they are written to a project:
// district-wide roads and rivers, and everything of one community at a time.
#include <optional>
#include <string>
#include <vector>

#include "geo/geometry.h"
#include "synth/address_writer.h"

namespace ga::synth {

struct SynthRoad {
    std::string name, roadClass;  ///< 人民路, 主干路 / 次干路 / 支路 / 巷道
    geo::Geometry line;
};

struct SynthWater {
    std::string name, kind;  ///< 河流 / 湖泊
    geo::Geometry area;
};

struct SynthGrid {
    std::string code, name;
    int households = 0, population = 0;
    geo::Geometry area;
};

struct SynthCompound {
    std::string name, aliases;  ///< aliases separated by ';'
    geo::Geometry area;
};

struct SynthBuilding {
    std::string compound, number, road, door, use, name;
    int households = 0, floors = 0, units = 0;
    size_t grid = 0;  ///< index into CommunityFeatures::grids
    geo::Geometry footprint;
};

struct SynthHousehold {
    std::string householdId, address, form;  ///< form: the address form label (address_writer.h)
    AddressTruth truth;                      ///< what `address` says, as it really is
    std::string name, idNumber, phone, tags;
    int members = 1;
    size_t building = 0;                  ///< index into CommunityFeatures::buildings
    std::optional<geo::Point> location;   ///< captured on a phone for about one in ten
};

struct SynthIssue {
    std::string issueId, category, subcategory, severity, title, description, reportedAt, reporter, address,
        state, level, deadline, closedAt;
    size_t grid = 0;
    geo::Point location;
};

/// A shop, school, clinic or office with its location (组织, 个体工商户).
struct SynthOrganisation {
    std::string name, kind, address, phone;
    geo::Point location;
};

struct SynthStaff {
    std::string name, role, phone;
    size_t grid = 0;
};

/// One community and everything inside it.
struct CommunityFeatures {
    std::string code, name, street, servicePhone;
    geo::Geometry area;
    std::vector<SynthGrid> grids;
    std::vector<SynthCompound> compounds;
    std::vector<SynthBuilding> buildings;
    std::vector<SynthHousehold> households;
    std::vector<SynthIssue> issues;
    std::vector<SynthStaff> staff;
    std::vector<SynthOrganisation> organisations;
    std::vector<SynthWater> ponds;
    std::vector<SynthRoad> lanes;  ///< village lanes (巷道)
};

}  // namespace ga::synth
