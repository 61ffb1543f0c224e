#include "geocode/review_csv.h"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>

namespace ga::geocode {
namespace {

// RFC 4180 quoting; a leading =, +, - or @ is neutralised so a spreadsheet never runs it.
std::string cell(std::string_view v) {
    std::string s(v);
    if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@')) s.insert(0, 1, '\'');
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

}  // namespace

Result<void> writeReviewCsv(std::span<const store::ReviewRow> rows, const std::string& path) {
    const std::string tmp = path + ".part";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) return fail(fmt::format("{}: cannot write the review list", path));
        out << "\xEF\xBB\xBF"
            << "household_id,address,rank,building_id,compound,number,road,door,confidence,reason\n";
        for (const store::ReviewRow& r : rows) {
            const std::string head = fmt::format("{},{}", cell(r.householdId), cell(r.address));
            if (r.candidates.empty()) out << fmt::format("{},,,,,,,,{}\n", head, r.reason);
            for (size_t k = 0; k < r.candidates.size(); ++k) {
                const store::ReviewCandidateRow& c = r.candidates[k];
                out << fmt::format("{},{},{},{},{},{},{},{:.3f},{}\n", head, k + 1, c.building, cell(c.compound),
                                   cell(c.number), cell(c.road), cell(c.door), c.confidence, r.reason);
            }
        }
        if (!out.flush()) return fail(fmt::format("{}: writing the review list failed", path));
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) return fail(fmt::format("{}: cannot write the review list: {}", path, ec.message()));
    return {};
}

}  // namespace ga::geocode
