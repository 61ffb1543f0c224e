#include "app/identify.h"

#include <QCoreApplication>
#include <QLocale>

#include "app/grid_table_model.h"
#include "app/translations.h"
#include "store/attribute_edits.h"
#include "store/grid_staff.h"

namespace ga::app {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

// Every stored attribute of a feature, blobs and personal fields left out.
Result<QList<IdentifyRow>> attributeRows(store::Project& project, store::Layer layer, int64_t id) {
    auto a = store::readAttributes(project, layer, id);
    if (!a) return std::unexpected(a.error());
    const store::LayerDef& def = store::layerDef(layer);
    QList<IdentifyRow> rows;
    for (size_t i = 0; i < def.fields.size(); ++i) {
        const store::FieldDef& f = def.fields[i];
        if (f.personal || f.type == store::FieldType::Blob || !a->values[i]) continue;
        rows.push_back({fieldLabel(f), q(*a->values[i])});
    }
    return rows;
}

Result<void> addBuilding(IdentifyResult& out, store::Project& project, int64_t buildingId, int householdLimit) {
    auto rows = attributeRows(project, store::Layer::Buildings, buildingId);
    if (!rows) return std::unexpected(rows.error());
    auto grid = store::gridOfBuilding(project, buildingId);
    if (!grid) return std::unexpected(grid.error());
    rows->push_back({QCoreApplication::translate("Identify", "所属网格"),
                     grid->empty() ? QCoreApplication::translate("Identify", "（未落入网格）") : q(*grid)});
    out.sections.push_back({QCoreApplication::translate("Identify", "楼栋"), *rows});
    auto households = store::householdsOfBuilding(project, buildingId, householdLimit);
    if (!households) return std::unexpected(households.error());
    if (households->total > 0) {
        IdentifySection s{
            QCoreApplication::translate("Identify", "住户（%1 户，个人信息已脱敏）").arg(households->total), {}};
        for (const store::HouseholdSummary& h : households->households) {
            QString v = q(h.address);
            if (!h.maskedName.empty()) v += QStringLiteral("  ") + q(h.maskedName);
            if (!h.maskedPhone.empty()) v += QStringLiteral("  ") + q(h.maskedPhone);
            if (h.members) v += QCoreApplication::translate("Identify", "  %1 人").arg(*h.members);
            s.rows.push_back({q(h.householdId), v});
        }
        if (households->total > static_cast<long long>(households->households.size()))
            s.rows.push_back({QStringLiteral("…"),
                              QCoreApplication::translate("Identify", "另有 %1 户")
                                  .arg(households->total - static_cast<long long>(households->households.size()))});
        out.sections.push_back(std::move(s));
    }
    if (!grid->empty()) out.gridCode = q(*grid);
    return {};
}

Result<void> addGrid(IdentifyResult& out, store::Project& project, const model::MapModel& model, uint32_t index) {
    const model::Grid& g = model.grids().features[index];
    out.gridId = g.id;
    out.gridCode = q(g.code);
    const QLocale locale;
    IdentifySection s{QCoreApplication::translate("Identify", "网格"), {}};
    s.rows.push_back({QCoreApplication::translate("Identify", "网格编码"), q(g.code)});
    if (!g.name.empty()) s.rows.push_back({QCoreApplication::translate("Identify", "网格名称"), q(g.name)});
    if (!g.community.empty()) s.rows.push_back({QCoreApplication::translate("Identify", "所属社区"), q(g.community)});
    s.rows.push_back({QCoreApplication::translate("Identify", "户数"), locale.toString(g.households)});
    s.rows.push_back({QCoreApplication::translate("Identify", "人口"), locale.toString(g.population)});
    s.rows.push_back(
        {QCoreApplication::translate("Identify", "状态"), QCoreApplication::translate("Identify", "%1（标准 %2–%3 户）")
                                                              .arg(statusText(g.status))
                                                              .arg(model.info().range.min)
                                                              .arg(model.info().range.max)});
    auto attrs = store::readAttributes(project, store::Layer::Grids, g.id);
    if (!attrs) return std::unexpected(attrs.error());
    const store::LayerDef& def = store::layerDef(store::Layer::Grids);
    for (std::string_view field : {std::string_view("start_date"), std::string_view("notes")}) {
        const int i = store::fieldIndex(def, field);
        if (i >= 0 && attrs->values[i]) s.rows.push_back({fieldLabel(def.fields[i]), q(*attrs->values[i])});
    }
    out.sections.push_back(std::move(s));

    auto staff = store::staffOfGrid(project, g.code);
    if (!staff) return std::unexpected(staff.error());
    IdentifySection people{QCoreApplication::translate("Identify", "网格长与网格员"), {}};
    for (size_t i = 0; i < staff->size(); ++i) {
        const store::StaffMember& m = (*staff)[i];
        QString v = q(m.name);
        if (!m.phone.empty()) v += QStringLiteral("  ") + q(m.phone);
        people.rows.push_back({i == 0
                                   ? QCoreApplication::translate("Identify", "网格长")
                                   : (m.role.empty() ? QCoreApplication::translate("Identify", "网格员") : q(m.role)),
                               v});
    }
    if (people.rows.isEmpty())
        people.rows.push_back(
            {QCoreApplication::translate("Identify", "网格长"), QCoreApplication::translate("Identify", "（未登记）")});
    out.sections.push_back(std::move(people));
    return {};
}

}  // namespace

Result<IdentifyResult> identifyAt(store::Project& project, const model::MapModel& model, geo::Point p, double tolerance,
                                  int householdLimit) {
    IdentifyResult out;
    if (const auto b = model.buildingAt(p, tolerance)) {
        out.buildingId = model.buildings().features[*b].id;
        if (auto r = addBuilding(out, project, *out.buildingId, householdLimit); !r) return std::unexpected(r.error());
    }
    // The building's assigned grid is the one it belongs to; else the grid under the click.
    std::optional<uint32_t> grid;
    if (!out.gridCode.isEmpty()) grid = model.gridByCode(out.gridCode.toStdString());
    if (!grid) grid = model.gridAt(p);
    if (grid) {
        if (auto r = addGrid(out, project, model, *grid); !r) return std::unexpected(r.error());
    }
    return out;
}

}  // namespace ga::app
