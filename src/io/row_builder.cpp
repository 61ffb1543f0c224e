#include "io/row_builder.h"

#include <fmt/format.h>

#include <fstream>

#include "core/grid_code.h"
#include "core/privacy.h"
#include "geo/geos.h"
#include "geo/wkb.h"
#include "io/value_parsing.h"

namespace ga::io {
namespace {

// CAD and survey files draw outlines as closed polylines: for a polygon layer, lines whose
// every ring is closed become polygons. A single point in a MultiPoint becomes a Point.
void coerce(geo::Geometry& g, store::GeometryKind kind) {
    if (kind == store::GeometryKind::MultiPolygon && geo::isLineal(g.type)) {
        for (size_t r = 0; r < g.ringCount(); ++r) {
            const auto ring = g.ring(r);
            if (ring.size() < 4 || !(ring.front() == ring.back())) return;
        }
        geo::Geometry poly;
        poly.type = g.ringCount() == 1 ? geo::GeomType::Polygon : geo::GeomType::MultiPolygon;
        for (size_t r = 0; r < g.ringCount(); ++r) {
            poly.beginPart();
            poly.addRing(g.ring(r));
        }
        g = std::move(poly);
    } else if (kind == store::GeometryKind::Point && g.type == geo::GeomType::MultiPoint && g.points.size() == 1) {
        g = geo::Geometry::point(g.points.front());
    }
}

}  // namespace

std::string_view geometryKindName(store::GeometryKind k) {
    switch (k) {
        case store::GeometryKind::Point:
            return "points";
        case store::GeometryKind::MultiLineString:
            return "lines";
        case store::GeometryKind::MultiPolygon:
            return "polygons";
        case store::GeometryKind::Any:
            return "any geometry";
        case store::GeometryKind::None:
            return "no geometry";
    }
    return "";
}

RowBuilder::RowBuilder(const store::LayerDef& def, const ImportSource& source, const CoordinatePipeline* pipeline,
                       ProblemReport& report)
    : def_(def),
      source_(source),
      pipeline_(pipeline),
      report_(report),
      baseDir_(std::filesystem::path(source.file()).parent_path()) {}

void RowBuilder::report(Outcome o, Reason r, int64_t fid, std::string_view field, std::string detail) {
    report_.add(Problem{o, r, source_.file(), source_.place(fid), std::string(field), std::move(detail)});
}

bool RowBuilder::build(const Record& record, store::Row& row) {
    // The file only: formatting the place of every row costs more than the row; a failed
    // write adds it to the message.
    if (row.source != source_.file()) row.source = source_.file();
    if (!buildValues(record, row)) return false;
    if (def_.layer == store::Layer::Grids && !checkGridCode(row, record.fid)) return false;
    return buildGeometry(record, row);
}

bool RowBuilder::buildValues(const Record& record, store::Row& row) {
    const FieldMapping& m = source_.mapping();
    row.values.resize(def_.fields.size());
    for (size_t f = 0; f < def_.fields.size(); ++f) {
        const store::FieldDef& field = def_.fields[f];
        auto& value = row.values[f];
        const int column = m.columns[f];
        const std::optional<std::string>* cell = column >= 0 && static_cast<size_t>(column) < record.cells.size()
                                                     ? &record.cells[static_cast<size_t>(column)]
                                                     : nullptr;
        bool present = false;
        if (cell && *cell) {
            auto parsed = parseValue(field.type, **cell, scratch_);
            if (!parsed) {
                report(Outcome::Rejected, Reason::BadValue, record.fid, field.name,
                       fmt::format("{} ({}): {}", field.name, source_.headers()[static_cast<size_t>(column)],
                                   parsed.error().message));
                return false;
            }
            present = *parsed;
        }
        if (!present) {
            value.reset();
            if (field.required) {
                report(Outcome::Rejected, Reason::MissingValue, record.fid, field.name,
                       fmt::format("the required field {} ({}) is empty", field.name, field.label));
                return false;
            }
            continue;
        }
        if (value)
            value->assign(scratch_);
        else
            value.emplace(scratch_);
        if (field.type == store::FieldType::Blob) readPhoto(value, record.fid);
        // Flagged, never dropped: the register is the office's record. The detail names no digits.
        if (field.name == "id_number" && !isValidIdNumber(*value))
            report(Outcome::Warning, Reason::InvalidIdNumber, record.fid, field.name,
                   "the ID number fails the GB 11643 check digit; the row is kept and the number flagged");
    }
    return true;
}

void RowBuilder::readPhoto(std::optional<std::string>& value, int64_t fid) {
    std::filesystem::path p(*value);
    if (p.is_relative()) p = baseDir_ / p;
    std::ifstream in(p, std::ios::binary);
    if (!in) {
        report(Outcome::Warning, Reason::MissingPhoto, fid, "photo",
               fmt::format("photo file {} not found; the row is kept without a photo", p.string()));
        value.reset();
        return;
    }
    value->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

bool RowBuilder::checkGridCode(store::Row& row, int64_t fid) {
    const int codeIndex = store::fieldIndex(def_, "code");
    const int communityIndex = store::fieldIndex(def_, "community");
    auto code = GridCode::parse(*row.values[static_cast<size_t>(codeIndex)]);
    if (!code) {
        report(Outcome::Rejected, Reason::BadGridCode, fid, "code", code.error().message);
        return false;
    }
    auto& community = row.values[static_cast<size_t>(communityIndex)];
    const std::string prefix = code->community();
    if (!community) {
        community = prefix;
    } else if (isCommunityCode(*community) && *community != prefix) {
        report(Outcome::Rejected, Reason::BadGridCode, fid, "community",
               fmt::format("community {} does not match grid code {} (its first 12 digits are {})", *community,
                           code->str(), prefix));
        return false;
    }
    return true;
}

bool RowBuilder::buildGeometry(const Record& record, store::Row& row) {
    row.geometry.reset();
    if (def_.geometry == store::GeometryKind::None) return true;
    const FieldMapping& m = source_.mapping();
    const auto cell = [&](int c) -> const std::optional<std::string>* {
        return c >= 0 && static_cast<size_t>(c) < record.cells.size() ? &record.cells[static_cast<size_t>(c)] : nullptr;
    };
    geo::Geometry g;
    if (!record.wkb.empty()) {
        auto decoded = geo::fromWkb(record.wkb);
        if (!decoded) {
            report(Outcome::Rejected, Reason::BadGeometry, record.fid, "geom", decoded.error().message);
            return false;
        }
        g = std::move(*decoded);
    } else if (const auto* wkt = cell(m.wkt); wkt && *wkt && !trimmed(**wkt).empty()) {
        auto parsed = geometryFromWkt(**wkt);
        if (!parsed) {
            report(Outcome::Rejected, Reason::BadGeometry, record.fid, "wkt", parsed.error().message);
            return false;
        }
        g = std::move(*parsed);
    } else {
        const auto* xs = cell(m.x);
        const auto* ys = cell(m.y);
        const bool hasX = xs && *xs && !trimmed(**xs).empty(), hasY = ys && *ys && !trimmed(**ys).empty();
        if (hasX != hasY) {
            report(Outcome::Rejected, Reason::BadValue, record.fid, hasX ? "y" : "x",
                   fmt::format("{} is given but {} is empty", hasX ? "x" : "y", hasX ? "y" : "x"));
            return false;
        }
        if (hasX) {
            auto x = parseCoordinate(**xs);
            auto y = parseCoordinate(**ys);
            if (!x || !y) {
                report(Outcome::Rejected, Reason::BadValue, record.fid, !x ? "x" : "y",
                       (!x ? x.error() : y.error()).message);
                return false;
            }
            g = geo::Geometry::point({*x, *y});
        }
    }
    if (g.isEmpty()) {
        if (!def_.geometryRequired) return true;
        report(Outcome::Rejected, Reason::EmptyGeometry, record.fid, "geom",
               fmt::format("no geometry; layer {} needs {}", def_.name, geometryKindName(def_.geometry)));
        return false;
    }
    coerce(g, def_.geometry);
    if (!store::acceptsGeometry(def_.geometry, g.type)) {
        report(Outcome::Rejected, Reason::WrongGeometryType, record.fid, "geom",
               fmt::format("a {} where layer {} holds {}", geo::typeName(g.type), def_.name,
                           geometryKindName(def_.geometry)));
        return false;
    }
    if (pipeline_) {
        if (auto r = pipeline_->apply(g); !r) {
            report(Outcome::Rejected, Reason::OutsideCrs, record.fid, "geom", r.error().message);
            return false;
        }
    }
    if (!geo::isPuntal(g.type)) {
        std::string why;
        if (!geo::isValid(g, &why)) {
            auto repaired = geo::makeValid(g);
            if (!repaired || repaired->isEmpty() || !store::acceptsGeometry(def_.geometry, repaired->type)) {
                report(Outcome::Rejected, Reason::BadGeometry, record.fid, "geom",
                       fmt::format("invalid geometry ({}) that cannot be repaired", why));
                return false;
            }
            report(Outcome::Repaired, Reason::InvalidGeometry, record.fid, "geom", fmt::format("repaired: {}", why));
            g = std::move(*repaired);
        }
    }
    row.geometry = std::move(g);
    return true;
}

}  // namespace ga::io
