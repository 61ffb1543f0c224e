#include "store/personal_data.h"

#include <fmt/format.h>

#include "core/json_writer.h"
#include "core/privacy.h"

namespace ga::store {
namespace {

Result<std::pair<std::string, PersonalData>> readRaw(Project& project, int64_t household) {
    auto st = project.db().prepare(
        "SELECT h.household_id, coalesce(p.name, ''), coalesce(p.id_number, ''), coalesce(p.phone, ''), "
        "coalesce(p.tags, ''), coalesce(p.id_valid, 1) FROM households h "
        "LEFT JOIN household_personal p ON p.household = h.id WHERE h.id = ?");
    if (!st) return std::unexpected(st.error());
    st->bind(1, household);
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return fail(fmt::format("household {}: no such household", household));
    return std::pair{st->text(0),
                     PersonalData{st->text(1), st->text(2), st->text(3), st->text(4), st->integer(5) != 0}};
}

}  // namespace

Result<PersonalData> readPersonalData(Project& project, int64_t household) {
    auto raw = readRaw(project, household);
    if (!raw) return std::unexpected(raw.error());
    PersonalData d = std::move(raw->second);
    if (!d.name.empty()) d.name = maskName(d.name);
    if (!d.idNumber.empty()) d.idNumber = maskIdNumber(d.idNumber);
    if (!d.phone.empty()) d.phone = maskPhone(d.phone);
    d.tags.clear();
    return d;
}

Result<PersonalData> revealPersonalData(Project& project, int64_t household, const std::string& operatorName,
                                        const std::string& purpose) {
    if (project.readOnly())
        return fail(fmt::format("{}: open read-only, so showing personal data cannot be logged", project.path()));
    auto tx = Transaction::begin(project.db());
    if (!tx) return std::unexpected(tx.error());
    auto raw = readRaw(project, household);
    if (!raw) return std::unexpected(raw.error());
    JsonWriter w;
    w.beginObject().field("household", raw->first).field("purpose", purpose).endObject();
    auto logged = project.logEdit({resolveOperator(operatorName, project.settings()), "show_unmasked",
                                   fmt::format("households:{}", raw->first),
                                   fmt::format("查看住户 {} 的未遮蔽个人信息（{}）", raw->first, purpose), w.str()});
    if (!logged) return std::unexpected(logged.error());
    if (auto r = tx->commit(); !r) return std::unexpected(r.error());
    return std::move(raw->second);
}

}  // namespace ga::store
