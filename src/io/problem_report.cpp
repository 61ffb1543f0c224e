#include "io/problem_report.h"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>

namespace ga::io {
namespace {

std::string csvCell(std::string_view s) {
    if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

}  // namespace

std::string_view reasonId(Reason r) {
    switch (r) {
        case Reason::MissingValue:
            return "missing_value";
        case Reason::BadValue:
            return "bad_value";
        case Reason::BadGridCode:
            return "bad_grid_code";
        case Reason::DuplicateKey:
            return "duplicate_key";
        case Reason::KeyExists:
            return "key_exists";
        case Reason::EmptyGeometry:
            return "empty_geometry";
        case Reason::WrongGeometryType:
            return "wrong_geometry_type";
        case Reason::BadGeometry:
            return "bad_geometry";
        case Reason::OutsideCrs:
            return "outside_crs";
        case Reason::BadText:
            return "bad_text";
        case Reason::InvalidGeometry:
            return "invalid_geometry";
        case Reason::MissingPhoto:
            return "missing_photo";
        case Reason::MissingFromRegister:
            return "missing_from_register";
        case Reason::InvalidIdNumber:
            return "invalid_id_number";
        case Reason::Note:
            return "note";
    }
    return "note";
}

std::string_view outcomeId(Outcome o) {
    switch (o) {
        case Outcome::Rejected:
            return "rejected";
        case Outcome::Repaired:
            return "repaired";
        case Outcome::Warning:
            return "warning";
    }
    return "warning";
}

void ProblemReport::add(Problem p) {
    ++counts_[static_cast<size_t>(p.outcome)][static_cast<size_t>(p.reason)];
    problems_.push_back(std::move(p));
}

size_t ProblemReport::count(Outcome o) const {
    size_t n = 0;
    for (size_t c : counts_[static_cast<size_t>(o)]) n += c;
    return n;
}

size_t ProblemReport::count(Outcome o, Reason r) const {
    return counts_[static_cast<size_t>(o)][static_cast<size_t>(r)];
}

Result<void> ProblemReport::writeCsv(const std::string& path) const {
    // Written beside and renamed, so a report is never half there.
    const std::string tmp = path + ".part";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) return fail(fmt::format("{}: cannot write the report", path));
        out << "\xEF\xBB\xBF"
            << "outcome,reason,file,place,field,detail\n";
        for (const Problem& p : problems_)
            out << fmt::format("{},{},{},{},{},{}\n", outcomeId(p.outcome), reasonId(p.reason), csvCell(p.file),
                               csvCell(p.place), csvCell(p.field), csvCell(p.detail));
        if (!out.flush()) return fail(fmt::format("{}: writing the report failed", path));
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) return fail(fmt::format("{}: cannot write the report: {}", path, ec.message()));
    return {};
}

}  // namespace ga::io
