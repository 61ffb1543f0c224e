#include "store/review_queue.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <chrono>
#include <unordered_set>

#include "core/json_writer.h"
#include "core/privacy.h"
#include "store/address_aliases.h"

namespace ga::store {
namespace {

std::string nowIso() {
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return fmt::format("{:%FT%TZ}", now);
}

Result<void> insertEntries(Project& project, std::span<const ReviewEntry> entries) {
    auto queue =
        project.db().prepare("INSERT INTO review_queue(household, reason, level, queued_at) VALUES (?, ?, ?, ?)");
    if (!queue) return std::unexpected(queue.error());
    auto candidate = project.db().prepare(
        "INSERT INTO review_candidates(household, rank, building, confidence) VALUES (?, ?, ?, ?)");
    if (!candidate) return std::unexpected(candidate.error());
    const std::string at = nowIso();
    for (const ReviewEntry& e : entries) {
        queue->bind(1, e.household).bind(2, e.reason).bind(4, at);
        if (e.level.empty())
            queue->bind(3, std::nullopt);
        else
            queue->bind(3, e.level);
        if (auto r = queue->run(); !r) return fail(fmt::format("household {}: {}", e.household, r.error().message));
        for (size_t k = 0; k < e.candidates.size(); ++k) {
            candidate->bind(1, e.household)
                .bind(2, static_cast<int64_t>(k + 1))
                .bind(3, e.candidates[k].building)
                .bind(4, e.candidates[k].confidence);
            if (auto r = candidate->run(); !r)
                return fail(fmt::format("household {}, candidate {}: {}", e.household, k + 1, r.error().message));
        }
    }
    return {};
}

Result<std::optional<ReviewEntry>> readEntry(Project& project, int64_t household) {
    auto st = project.db().prepare("SELECT reason, coalesce(level, '') FROM review_queue WHERE household = ?");
    if (!st) return std::unexpected(st.error());
    st->bind(1, household);
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::optional<ReviewEntry>();
    ReviewEntry e{household, st->text(0), st->text(1), {}};
    auto c =
        project.db().prepare("SELECT building, confidence FROM review_candidates WHERE household = ? ORDER BY rank");
    if (!c) return std::unexpected(c.error());
    c->bind(1, household);
    for (;;) {
        auto more = c->step();
        if (!more) return std::unexpected(more.error());
        if (!*more) break;
        e.candidates.push_back({c->integer(0), c->real(1)});
    }
    return std::optional<ReviewEntry>(std::move(e));
}

Result<void> removeEntry(Project& project, int64_t household) {
    auto st = project.db().prepare("DELETE FROM review_queue WHERE household = ?");
    if (!st) return std::unexpected(st.error());
    st->bind(1, household);
    return st->run();
}

Result<std::string> householdKey(Project& project, int64_t household) {
    auto st = project.db().prepare("SELECT household_id FROM households WHERE id = ?");
    if (!st) return std::unexpected(st.error());
    st->bind(1, household);
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return fail(fmt::format("household {}: no such household", household));
    return st->text(0);
}

Result<void> requireBuilding(Project& project, int64_t building) {
    auto n = project.db().scalarInt(fmt::format("SELECT count(*) FROM buildings WHERE id = {}", building));
    if (!n) return std::unexpected(n.error());
    if (n->value_or(0) == 0) return fail(fmt::format("building {}: no such building", building));
    return {};
}

void writeLink(JsonWriter& w, std::string_view key, const StoredLink& l) {
    w.key(key).beginObject();
    w.key("building");
    if (l.building)
        w.value(static_cast<long long>(*l.building));
    else
        w.null();
    w.field("method", linkMethodId(l.method)).endObject();
}

}  // namespace

Result<void> replaceReviewQueue(Project& project, std::span<const ReviewEntry> entries) {
    if (auto r = project.db().exec("DELETE FROM review_candidates; DELETE FROM review_queue;"); !r) return r;
    return insertEntries(project, entries);
}

Result<void> removeFromReviewQueue(Project& project, std::span<const int64_t> households) {
    // The queue is small next to a run's households: delete only those it holds.
    std::unordered_set<int64_t> queued;
    auto q = project.db().prepare("SELECT household FROM review_queue");
    if (!q) return std::unexpected(q.error());
    for (;;) {
        auto more = q->step();
        if (!more) return std::unexpected(more.error());
        if (!*more) break;
        queued.insert(q->integer(0));
    }
    if (queued.empty()) return {};
    auto st = project.db().prepare("DELETE FROM review_queue WHERE household = ?");
    if (!st) return std::unexpected(st.error());
    for (int64_t h : households) {
        if (!queued.contains(h)) continue;
        st->bind(1, h);
        if (auto r = st->run(); !r) return r;
    }
    return {};
}

Result<int64_t> reviewQueueSize(Project& project) {
    auto n = project.db().scalarInt("SELECT count(*) FROM review_queue");
    if (!n) return std::unexpected(n.error());
    return n->value_or(0);
}

Result<std::vector<ReviewRow>> readReviewQueue(Project& project, Masking masking) {
    std::vector<ReviewRow> rows;
    auto st = project.db().prepare(
        "SELECT q.household, h.household_id, coalesce(h.address, ''), q.reason, coalesce(q.level, ''), q.queued_at, "
        "l.building, coalesce(p.name, ''), coalesce(p.phone, '') FROM review_queue q "
        "JOIN households h ON h.id = q.household LEFT JOIN household_links l ON l.household = q.household "
        "LEFT JOIN household_personal p ON p.household = q.household "
        "ORDER BY q.household");
    if (!st) return std::unexpected(st.error());
    for (;;) {
        auto more = st->step();
        if (!more) return std::unexpected(more.error());
        if (!*more) break;
        ReviewRow r;
        r.household = st->integer(0);
        r.householdId = st->text(1);
        r.address = st->text(2);
        r.reason = st->text(3);
        r.level = st->text(4);
        r.queuedAt = st->text(5);
        r.linkedBuilding = st->optInteger(6);
        r.name = st->text(7);
        r.phone = st->text(8);
        if (masking == Masking::Masked) {
            if (!r.name.empty()) r.name = maskName(r.name);
            if (!r.phone.empty()) r.phone = maskPhone(r.phone);
        }
        rows.push_back(std::move(r));
    }
    auto c = project.db().prepare(
        "SELECT c.household, c.building, c.confidence, coalesce(b.compound, ''), coalesce(b.number, ''), "
        "coalesce(b.road, ''), coalesce(b.door, ''), coalesce(b.grid, '') FROM review_candidates c "
        "JOIN buildings b ON b.id = c.building ORDER BY c.household, c.rank");
    if (!c) return std::unexpected(c.error());
    size_t at = 0;
    for (;;) {
        auto more = c->step();
        if (!more) return std::unexpected(more.error());
        if (!*more) break;
        const int64_t household = c->integer(0);
        while (at < rows.size() && rows[at].household < household) ++at;
        if (at == rows.size()) break;
        if (rows[at].household != household) continue;
        rows[at].candidates.push_back(
            {c->integer(1), c->real(2), c->text(3), c->text(4), c->text(5), c->text(6), c->text(7)});
    }
    return rows;
}

Result<ResolutionRecord> resolveReview(Project& project, const Resolution& resolution,
                                       const std::string& operatorName) {
    if (project.readOnly()) return fail(fmt::format("{}: the project is open read-only", project.path()));
    auto tx = Transaction::begin(project.db());
    if (!tx) return std::unexpected(tx.error());
    auto key = householdKey(project, resolution.household);
    if (!key) return std::unexpected(key.error());
    if (resolution.building)
        if (auto r = requireBuilding(project, *resolution.building); !r) return std::unexpected(r.error());
    ResolutionRecord record;
    record.household = resolution.household;
    auto before = readHouseholdLink(project, resolution.household);
    if (!before) return std::unexpected(before.error());
    record.before = std::move(*before);
    auto queued = readEntry(project, resolution.household);
    if (!queued) return std::unexpected(queued.error());
    record.queued = std::move(*queued);

    const StoredLink after{resolution.building, resolution.building ? "building" : "", "manual",
                           resolution.building ? std::optional<double>(1.0) : std::nullopt, LinkMethod::Manual};
    if (auto r = setHouseholdLink(project, resolution.household, after); !r) return std::unexpected(r.error());
    if (auto r = removeEntry(project, resolution.household); !r) return std::unexpected(r.error());
    if (resolution.alias) {
        auto previous = findAddressAlias(project, resolution.alias->alias);
        if (!previous) return std::unexpected(previous.error());
        record.aliasBefore = std::move(*previous);
        if (auto r = saveAddressAlias(project, *resolution.alias); !r) return std::unexpected(r.error());
        record.aliasSaved = resolution.alias->alias;
    }

    JsonWriter w;
    w.beginObject().field("household", *key);
    writeLink(w, "before", record.before);
    writeLink(w, "after", after);
    if (resolution.alias)
        w.key("alias")
            .beginObject()
            .field("alias", resolution.alias->alias)
            .field("canonical", resolution.alias->canonical)
            .field("kind", resolution.alias->kind)
            .endObject();
    w.endObject();
    const std::string summary =
        resolution.building ? fmt::format("住户 {} 关联到楼栋 {}{}", *key, *resolution.building,
                                          resolution.alias ? fmt::format("，保存别名 {}", resolution.alias->alias) : "")
                            : fmt::format("住户 {} 确认为不在本项目的楼栋中", *key);
    auto logged = project.logEdit({resolveOperator(operatorName, project.settings()), "resolve_review",
                                   fmt::format("households:{}", *key), summary, w.str()});
    if (!logged) return std::unexpected(logged.error());
    if (auto r = tx->commit(); !r) return std::unexpected(r.error());
    record.editId = *logged;
    return record;
}

Result<int64_t> undoResolution(Project& project, const ResolutionRecord& record, const std::string& operatorName) {
    if (project.readOnly()) return fail(fmt::format("{}: the project is open read-only", project.path()));
    auto tx = Transaction::begin(project.db());
    if (!tx) return std::unexpected(tx.error());
    auto key = householdKey(project, record.household);
    if (!key) return std::unexpected(key.error());
    if (auto r = setHouseholdLink(project, record.household, record.before); !r) return std::unexpected(r.error());
    if (auto r = removeEntry(project, record.household); !r) return std::unexpected(r.error());
    if (record.queued) {
        // Candidates whose building has gone since are left out.
        ReviewEntry entry = *record.queued;
        std::erase_if(entry.candidates,
                      [&](const ReviewCandidate& c) { return !requireBuilding(project, c.building); });
        if (auto r = insertEntries(project, std::span<const ReviewEntry>(&entry, 1)); !r)
            return std::unexpected(r.error());
    }
    if (record.aliasSaved)
        if (auto r = removeAddressAlias(project, *record.aliasSaved); !r) return std::unexpected(r.error());
    if (record.aliasBefore)
        if (auto r = saveAddressAlias(project, *record.aliasBefore); !r) return std::unexpected(r.error());
    JsonWriter w;
    w.beginObject().field("household", *key).field("undoes", static_cast<long long>(record.editId)).endObject();
    auto logged =
        project.logEdit({resolveOperator(operatorName, project.settings()), "undo_resolve_review",
                         fmt::format("households:{}", *key), fmt::format("撤销住户 {} 的关联", *key), w.str()});
    if (!logged) return std::unexpected(logged.error());
    if (auto r = tx->commit(); !r) return std::unexpected(r.error());
    return *logged;
}

}  // namespace ga::store
