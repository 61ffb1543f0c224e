#pragma once
// Problems in input data are reported, not thrown (after libosmium's problem reporter): the work
// goes on, and every repaired or rejected row is listed with its file, place and reason.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace ga::io {

/// What happened to the row.
enum class Outcome { Rejected, Repaired, Warning };

/// Why; the ids are stable (they appear in report files).
enum class Reason {
    MissingValue,         ///< a required field is empty
    BadValue,             ///< a value does not parse for its field type
    BadGridCode,          ///< not a 15-digit grid code, or community does not match it
    DuplicateKey,         ///< the key appears earlier in the same file
    KeyExists,            ///< the key is in the project already (import again with --update)
    EmptyGeometry,        ///< no geometry where the layer needs one
    WrongGeometryType,    ///< e.g. a point for a polygon layer
    BadGeometry,          ///< unreadable, or invalid and not repairable
    OutsideCrs,           ///< coordinates the transformation cannot take
    BadText,              ///< bytes that are not text in the file's encoding
    InvalidGeometry,      ///< repaired with make-valid
    MissingPhoto,         ///< staff photo file not found (row kept without photo)
    MissingFromRegister,  ///< a household in the project but not in the new register (--update)
    InvalidIdNumber,      ///< a resident ID fails the GB 11643 check digit (row kept, flagged)
    Note,                 ///< anything else worth telling
};
inline constexpr size_t kReasonCount = static_cast<size_t>(Reason::Note) + 1;

/// Stable id of a reason ("missing_value", "wrong_geometry_type", ...).
std::string_view reasonId(Reason r);
/// Stable id of an outcome ("rejected", "repaired", "warning").
std::string_view outcomeId(Outcome o);

struct Problem {
    Outcome outcome = Outcome::Rejected;
    Reason reason = Reason::Note;
    std::string file;
    std::string place;   ///< "line 12", "feature 345", "row 7 (sheet 住户登记)"
    std::string field;   ///< target field concerned, when one is
    std::string detail;  ///< what exactly is wrong
};

/// Collects problems and counts them by outcome and reason.
class ProblemReport {
public:
    void add(Problem p);
    const std::vector<Problem>& problems() const { return problems_; }
    size_t count(Outcome o) const;
    size_t count(Outcome o, Reason r) const;
    /// Writes every problem as CSV (UTF-8 with BOM): outcome, reason, file, place, field, detail.
    Result<void> writeCsv(const std::string& path) const;

private:
    std::vector<Problem> problems_;
    std::array<std::array<size_t, kReasonCount>, 3> counts_{};
};

}  // namespace ga::io
