#pragma once
// The rule engine: every grid rule checked over the whole project, each violation with the
// grid(s), a place to zoom to and a one-line reason. Rule ids (the CLI's JSON): range, gap,
// overlap, outside_community, cut_building, cut_compound (a warning), multipart, code.
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "edit/workspace.h"
#include "geo/geometry.h"

namespace ga::edit {

enum class Severity { Error, Warning };

struct Violation {
    std::string rule;  ///< range, gap, overlap, ...
    Severity severity = Severity::Error;
    std::vector<std::string> grids;  ///< codes involved (empty for a gap no grid borders)
    geo::Point where;                ///< a point on the problem
    geo::Box box;                    ///< what to zoom to
    std::string detail;              ///< one line for people (Chinese)
    double area = 0;                 ///< gap / overlap / outside area in m² (0 for other rules)
    int64_t building = 0;            ///< cut_building: the building's id
};

struct ValidationReport {
    std::vector<Violation> violations;
    size_t grids = 0, communities = 0, buildings = 0;
    /// True when no rule of error severity is broken (warnings allowed).
    bool ok() const;
    size_t errors() const;
    size_t warnings() const;
};

/// Gaps, overlaps and parts outside the community smaller than this (m²) are numeric noise.
inline constexpr double kAreaNoise = 1e-4;

/// Checks every rule over the whole workspace. Violations come grouped by rule in the order of
/// the rule ids above, then by grid code.
Result<ValidationReport> validate(const Workspace& workspace);

/// The rule ids in report order.
const std::vector<std::string_view>& ruleIds();
/// The Chinese name of a rule for the Problems dock.
std::string_view ruleName(std::string_view rule);

}  // namespace ga::edit
