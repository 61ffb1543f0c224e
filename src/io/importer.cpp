#include "io/importer.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <unordered_map>

#include "core/json_writer.h"
#include "io/import_source.h"
#include "io/issue_admission.h"
#include "io/row_builder.h"
#include "store/building_links.h"
#include "store/bulk_load.h"
#include "store/keyed_rows.h"
#include "store/layer_writer.h"
#include "store/schema.h"

namespace ga::io {
namespace {

using store::Layer;

constexpr int64_t kProgressEvery = 8192;

// A file whose layer declares one geometry type the target cannot hold is refused as a whole
// (points where polygons are expected); closed CAD polylines may still become polygons.
Result<void> checkDeclaredGeometry(const ImportSource& source, const store::LayerDef& def) {
    const auto t = source.declaredType();
    if (!source.hasGeometryField() || !t || def.geometry == store::GeometryKind::None) return {};
    if (store::acceptsGeometry(def.geometry, *t)) return {};
    if (def.geometry == store::GeometryKind::MultiPolygon && geo::isLineal(*t)) return {};
    if (def.geometry == store::GeometryKind::Point && *t == geo::GeomType::MultiPoint) return {};
    return fail(fmt::format("{}: {} holds {} geometries, but layer {} needs {}", source.file(),
                            source.layerCount() > 1 ? "its layer " + source.layerName() : std::string("it"),
                            geo::typeName(*t), def.name, geometryKindName(def.geometry)));
}

// Rows above which an import is a bulk load (its cost: the layer's index is rebuilt whole).
constexpr int64_t kBulkRows = 20000;
constexpr uintmax_t kBulkBytes = 4 << 20;

bool useBulkLoad(store::Project& project, const ImportSource& source, const store::LayerDef& def,
                 const ImportSummary& summary) {
    if (def.geometry == store::GeometryKind::None || summary.projectSridChosen || project.settings().srid == 0)
        return false;
    if (source.featureCount() >= 0) return source.featureCount() >= kBulkRows;
    std::error_code ec;
    const uintmax_t size = std::filesystem::file_size(source.file(), ec);
    return !ec && size >= kBulkBytes;
}

std::string editDetail(const ImportOptions& o, const ImportSummary& s) {
    JsonWriter j;
    j.beginObject()
        .field("file", o.file)
        .field("layer_read", s.layerRead)
        .field("encoding", s.encoding)
        .field("crs", s.crs)
        .field("update", o.update)
        .field("read", static_cast<long long>(s.read))
        .field("inserted", static_cast<long long>(s.inserted))
        .field("updated", static_cast<long long>(s.updated))
        .field("repaired", static_cast<long long>(s.repaired))
        .field("rejected", static_cast<long long>(s.rejected))
        .field("missing_from_register", static_cast<long long>(s.missingFromRegister))
        .field("moved_out", static_cast<long long>(s.movedOut));
    if (s.projectSridChosen) j.field("project_crs_chosen", fmt::format("EPSG:{}", s.projectSridChosen));
    j.endObject();
    return j.str();
}

// Everything that writes, inside one transaction.
Result<ImportSummary> importInTransaction(store::Project& project, const ImportOptions& o, ImportSource& source,
                                          ImportSummary summary, const std::optional<CoordinatePipeline>& pipeline,
                                          ProblemReport& report) {
    const store::LayerDef& def = store::layerDef(o.layer);
    // A large file into a layer whose CRS is known goes in as a bulk load: SpatiaLite's per-row
    // triggers (an R*Tree update per row) are lifted and the index is rebuilt in one pass.
    std::optional<store::BulkLoad> bulk;
    std::optional<store::Transaction> tx;
    if (useBulkLoad(project, source, def, summary)) {
        auto b = store::BulkLoad::begin(project, std::span<const Layer>(&o.layer, 1));
        if (!b) return std::unexpected(b.error());
        bulk.emplace(std::move(*b));
    } else {
        auto t = store::Transaction::begin(project.db());
        if (!t) return std::unexpected(t.error());
        tx.emplace(std::move(*t));
    }
    if (summary.projectSridChosen) {
        if (auto r = store::registerGeometryColumns(project.db(), summary.projectSridChosen); !r)
            return std::unexpected(r.error());
        store::ProjectSettings s = project.settings();
        s.srid = summary.projectSridChosen;
        if (auto r = project.saveSettings(s); !r) return std::unexpected(r.error());
    }
    auto existing = store::existingKeys(project, o.layer);
    if (!existing) return std::unexpected(existing.error());
    auto writer =
        store::LayerWriter::create(project, o.layer, o.update ? store::WriteMode::Upsert : store::WriteMode::Insert);
    if (!writer) return std::unexpected(writer.error());

    RowBuilder builder(def, source, pipeline ? &*pipeline : nullptr, report);
    const int keyIndex = def.key.empty() ? -1 : store::fieldIndex(def, def.key);
    std::unordered_map<std::string, int64_t> seen;  // key → fid of its first row
    if (keyIndex >= 0 && source.featureCount() > 0) seen.reserve(static_cast<size_t>(source.featureCount()));
    std::vector<std::string> newGridCodes;
    std::vector<int64_t> returning;  // households back in the register after moving out
    const size_t repairedBefore = report.count(Outcome::Repaired);
    const size_t wrongKindBefore = report.count(Outcome::Rejected, Reason::WrongGeometryType);
    Record record;
    store::Row row;
    for (;;) {
        auto more = source.next(record);
        if (!more) return std::unexpected(more.error());
        if (!*more) break;
        if (++summary.read % kProgressEvery == 0 && o.progress) o.progress(summary.read, source.featureCount());
        if (!builder.build(record, row)) {
            ++summary.rejected;
            continue;
        }
        bool isNew = true;
        if (keyIndex >= 0 && row.values[static_cast<size_t>(keyIndex)]) {
            const std::string& key = *row.values[static_cast<size_t>(keyIndex)];
            auto [first, fresh] = seen.try_emplace(key, record.fid);
            if (!fresh) {
                // Two grids with one code leave the coverage undefined: the file is refused.
                if (o.layer == Layer::Grids)
                    return fail(fmt::format("{}: grid code {} appears twice ({} and {}); grid codes are unique", o.file,
                                            key, source.place(first->second), source.place(record.fid)));
                report.add({Outcome::Rejected, Reason::DuplicateKey, o.file, source.place(record.fid),
                            std::string(def.key),
                            fmt::format("{} {} appears already at {}", def.key, key, source.place(first->second))});
                ++summary.rejected;
                continue;
            }
            if (auto it = existing->find(key); it != existing->end()) {
                if (!o.update || it->second.id == 0) {
                    report.add({Outcome::Rejected, Reason::KeyExists, o.file, source.place(record.fid),
                                std::string(def.key),
                                it->second.id == 0
                                    ? fmt::format("grid code {} was used before and is never reused", key)
                                    : fmt::format("{} {} is in the project already (import with --update to update it)",
                                                  def.key, key)});
                    ++summary.rejected;
                    continue;
                }
                isNew = false;
                // A household that had moved out and is in the register again lives here again.
                if (o.layer == Layer::Households && !it->second.active) returning.push_back(it->second.id);
            } else if (o.layer == Layer::Grids) {
                newGridCodes.push_back(key);
            }
        }
        if (auto w = writer->write(row); !w)
            return fail(fmt::format("{} ({})", w.error().message, source.place(record.fid)));
        ++(isNew ? summary.inserted : summary.updated);
    }
    if (o.progress) o.progress(summary.read, summary.read);
    summary.repaired = static_cast<int64_t>(report.count(Outcome::Repaired) - repairedBefore);
    const size_t wrongKind = report.count(Outcome::Rejected, Reason::WrongGeometryType) - wrongKindBefore;
    if (summary.read > 0 && wrongKind == static_cast<size_t>(summary.read))
        return fail(fmt::format("{}: no feature has geometry layer {} can hold ({} needed); nothing was imported",
                                o.file, def.name, geometryKindName(def.geometry)));

    if (!newGridCodes.empty())
        if (auto r = store::recordIssuedGridCodes(project, newGridCodes); !r) return std::unexpected(r.error());
    if (!returning.empty())
        if (auto r = store::setHouseholdState(project, returning, "active"); !r) return std::unexpected(r.error());
    if (o.update) {
        std::vector<int64_t> missing;
        for (const auto& [key, kr] : *existing)
            if (kr.id != 0 && kr.active && !seen.contains(key)) missing.push_back(kr.id);
        std::sort(missing.begin(), missing.end());
        std::unordered_map<int64_t, const std::string*> keyOf;
        for (const auto& [key, kr] : *existing) keyOf[kr.id] = &key;
        for (int64_t id : missing)
            report.add({Outcome::Warning, Reason::MissingFromRegister, o.file,
                        fmt::format("{} {}", def.key, *keyOf[id]), std::string(def.key),
                        o.retireMissing
                            ? "not in the new register: marked moved out"
                            : "in the project but not in the new register (--retire-missing marks it moved out)"});
        summary.missingFromRegister = static_cast<int64_t>(missing.size());
        if (o.retireMissing) {
            auto moved = store::setHouseholdState(project, missing, "moved_out");
            if (!moved) return std::unexpected(moved.error());
            summary.movedOut = *moved;
        }
    }
    if (o.layer == Layer::Grids || o.layer == Layer::Buildings)
        if (auto r = store::relinkBuildingsToGrids(project); !r) return std::unexpected(r.error());
    if (o.layer == Layer::Grids || o.layer == Layer::Issues)
        if (auto r = store::relinkIssuesToGrids(project); !r) return std::unexpected(r.error());
    if (o.layer == Layer::Issues)
        if (auto r = admitImportedIssues(project, store::resolveOperator(o.operatorName, project.settings()), o.file, report); !r)
            return std::unexpected(r.error());

    store::EditLogEntry entry;
    entry.operatorName = store::resolveOperator(o.operatorName, project.settings());
    entry.action = "import";
    entry.target = std::string(def.name);
    entry.summary = fmt::format("{}: {} new, {} updated, {} repaired, {} rejected from {}", def.name, summary.inserted,
                                summary.updated, summary.repaired, summary.rejected, o.file);
    entry.detail = editDetail(o, summary);
    auto logged = project.logEdit(entry);
    if (!logged) return std::unexpected(logged.error());
    summary.editId = *logged;
    if (auto r = bulk ? bulk->commit() : tx->commit(); !r) return std::unexpected(r.error());
    return summary;
}

}  // namespace

Result<ImportSummary> importFile(store::Project& project, const ImportOptions& o, ProblemReport& report) {
    const store::LayerDef& def = store::layerDef(o.layer);
    if (project.readOnly()) return fail(fmt::format("{}: opened read-only", project.path()));
    if (o.update && def.key.empty())
        return fail(fmt::format("--update needs a key to match rows by; layer {} has none", def.name));
    if (o.retireMissing && (!o.update || o.layer != Layer::Households))
        return fail("--retire-missing goes with --update on households");
    auto overrides = parseFieldOverrides(o.fields, def);
    if (!overrides) return std::unexpected(overrides.error());
    auto source = ImportSource::open(o.file, def, SourceChoice{o.sheet, o.encoding, *overrides});
    if (!source) return std::unexpected(source.error());

    ImportSummary summary;
    summary.layerRead = source->layerName();
    summary.layersInFile = static_cast<int>(source->layerCount());
    summary.encoding = fmt::format("{} ({})", source->encoding(), source->encodingSource());

    const std::string what = source->layerCount() > 1 ? fmt::format("its layer {}", source->layerName()) : "it";
    if (def.geometryRequired && !source->hasLocations())
        return fail(
            fmt::format("{}: {} has no geometry and no coordinate columns (wkt, or x and y): it is not "
                        "spatial, and layer {} needs {}",
                        o.file, what, def.name, geometryKindName(def.geometry)));
    if (auto r = checkDeclaredGeometry(*source, def); !r) return std::unexpected(r.error());

    std::optional<CoordinatePipeline> pipeline;
    if (!o.controlPoints.empty()) {
        if (o.crs || !o.towgs84.empty()) return fail("--control-points replaces --crs and --towgs84; give one of them");
        if (project.settings().srid == 0)
            return fail(fmt::format("{}: control points are in the project CRS, and the project has none yet; "
                                    "create it with --crs EPSG:N",
                                    o.controlPoints));
        auto fit = readControlPoints(o.controlPoints);
        if (!fit) return std::unexpected(fit.error());
        summary.crs = fmt::format("local plane by {} control points (affine; RMS {:.2f} m, max {:.2f} m)",
                                  fit->residuals.size(), fit->rms, fit->maxResidual);
        pipeline.emplace(CoordinatePipeline::fromAffine(fit->transform));
    } else if (def.geometry != store::GeometryKind::None && source->hasLocations()) {
        auto extent = source->extent();
        if (!extent) return std::unexpected(extent.error());
        auto fileCrs = source->crs();
        if (!fileCrs) return std::unexpected(fileCrs.error());
        auto coords = resolveSourceCoordinates(o.crs, *fileCrs, *extent, o.file);
        if (!coords) return std::unexpected(coords.error());
        summary.crs = coords->description;
        int srid = project.settings().srid;
        if (srid == 0) {
            auto zone = gaussKrugerZoneFor(*coords, *extent, o.towgs84);
            if (!zone) return fail(fmt::format("{}: {}", o.file, zone.error().message));
            summary.projectSridChosen = srid = *zone;
        }
        auto p = CoordinatePipeline::create(*coords, srid, o.towgs84);
        if (!p) {
            // Name a CRS by its name, not by pages of WKT.
            std::string why = p.error().message;
            if (const size_t at = why.find(coords->definition); at != std::string::npos && *fileCrs && !o.crs)
                why.replace(at, coords->definition.size(), (*fileCrs)->name);
            if (why.find("--towgs84") == std::string::npos) why += "; give the right CRS with --crs EPSG:N";
            return fail(fmt::format("{}: {}", o.file, why));
        }
        pipeline.emplace(std::move(*p));
    } else if (def.geometry != store::GeometryKind::None && project.settings().srid == 0) {
        return fail(
            fmt::format("{}: the project has no CRS yet and this file has no locations to choose one from; "
                        "import a spatial layer first or create the project with --crs EPSG:N",
                        o.file));
    }

    const store::ProjectSettings before = project.settings();
    auto result = importInTransaction(project, o, *source, std::move(summary), pipeline, report);
    if (!result && project.settings().srid != before.srid) {
        // The transaction rolled the CRS back in the file; bring the in-memory settings back too.
        (void)project.reloadSettings();
    }
    return result;
}

}  // namespace ga::io
