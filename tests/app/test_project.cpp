#include "test_project.h"

#include <QDir>

#include "store/building_links.h"
#include "store/layer_writer.h"
#include "store/project.h"

namespace ga::app::test {
namespace {

geo::Geometry rectangle(double x0, double y0, double x1, double y1) {
    const std::vector<std::vector<geo::Point>> rings{{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}};
    return geo::Geometry::polygon(rings);
}

geo::Geometry square(geo::Point centre, double half) {
    return rectangle(centre.x - half, centre.y - half, centre.x + half, centre.y + half);
}

using V = std::optional<std::string>;

}  // namespace

Result<TestProject> makeTestProject(const QString& dir, const QString& name) {
    TestProject t;
    t.path = QDir(dir).filePath(name);
    store::ProjectSettings settings;
    settings.srid = 4549;
    settings.name = "测试社区";
    settings.division = "320623001001";
    auto project = store::Project::create(t.path.toStdString(), settings);
    if (!project) return std::unexpected(project.error());
    auto tx = store::Transaction::begin(project->db());
    if (!tx) return std::unexpected(tx.error());

    auto communities = store::LayerWriter::create(*project, store::Layer::Communities, store::WriteMode::Insert);
    if (!communities) return std::unexpected(communities.error());
    if (auto r = communities->write({{"320623001001", "测试社区", V(), V()},
                                     rectangle(kX0, kY0, kX0 + 3 * kGridSize, kY0 + kGridSize),
                                     "test"});
        !r)
        return std::unexpected(r.error());

    auto grids = store::LayerWriter::create(*project, store::Layer::Grids, store::WriteMode::Insert);
    if (!grids) return std::unexpected(grids.error());
    const char* names[] = {"第一网格", "第二网格", "第三网格"};
    for (int i = 0; i < 3; ++i) {
        t.gridCodes[i] = QStringLiteral("32062300100100%1").arg(i + 1);
        const geo::Box b = t.gridBox(i);
        auto id = grids->write({{t.gridCodes[i].toStdString(), names[i], "测试社区", V(), V("2024-01-01"), V()},
                                rectangle(b.minx, b.miny, b.maxx, b.maxy),
                                "test"});
        if (!id) return std::unexpected(id.error());
        t.gridIds[i] = *id;
    }

    auto buildings = store::LayerWriter::create(*project, store::Layer::Buildings, store::WriteMode::Insert);
    if (!buildings) return std::unexpected(buildings.error());
    struct B {
        const char* compound;
        const char* number;
        const char* households;
        geo::Point centre;
    };
    const B list[] = {
        {"和盛世华城", "1号楼", "150", {kX0 + 60, kY0 + 60}},
        {"和盛世华城", "2号楼", "200", {kX0 + 140, kY0 + 140}},
        {"华荣上海城", "12号楼", "320", t.householdBuilding()},
        {"文峰财富广场", "A座", "600", {kX0 + 500, kY0 + 100}},
    };
    for (const B& b : list) {
        auto id = buildings->write({{b.compound, b.number, "青园北路", V(), b.households, "11", "2", "住宅", V()},
                                    square(b.centre, 12),
                                    "test"});
        if (!id) return std::unexpected(id.error());
        if (std::string_view(b.number) == "12号楼") t.householdBuildingId = *id;
    }

    auto roads = store::LayerWriter::create(*project, store::Layer::Roads, store::WriteMode::Insert);
    if (!roads) return std::unexpected(roads.error());
    const std::vector<geo::Point> road{{kX0 - 20, kY0 - 8}, {kX0 + 3 * kGridSize + 20, kY0 - 8}};
    if (auto r = roads->write({{"青园北路", "主干路"}, geo::Geometry::lineString(road), "test"}); !r)
        return std::unexpected(r.error());

    auto staff = store::LayerWriter::create(*project, store::Layer::Staff, store::WriteMode::Insert);
    if (!staff) return std::unexpected(staff.error());
    const std::string grid2 = t.gridCodes[1].toStdString();
    for (auto [who, role] : {std::pair{"孙兼职", "兼职网格员"}, std::pair{"钱网格长", "网格长"}})
        if (auto r = staff->write({{who, role, "0513-80000000", grid2, V()}, std::nullopt, "test"}); !r)
            return std::unexpected(r.error());

    auto households = store::LayerWriter::create(*project, store::Layer::Households, store::WriteMode::Insert);
    if (!households) return std::unexpected(households.error());
    const char* people[][3] = {
        {"H-001", "张三丰", "13812345678"}, {"H-002", "李四", "13900001111"}, {"H-003", "王五", "13700002222"}};
    for (auto& p : people)
        if (auto r = households->write(
                {{p[0], "华荣上海城12号楼1单元101室", "3", p[1], V(), p[2], V()}, std::nullopt, "test"});
            !r)
            return std::unexpected(r.error());
    // Geocoding is another issue's work: link the three households to their building directly.
    if (auto r = project->db().exec(
            "INSERT INTO household_links(household, building, level, confidence, reason, method) "
            "SELECT id, (SELECT id FROM buildings WHERE number = '12号楼'), 'building', 1.0, 'manual', 'manual' "
            "FROM households");
        !r)
        return std::unexpected(r.error());
    if (auto r = store::relinkBuildingsToGrids(*project); !r) return std::unexpected(r.error());
    if (auto r = tx->commit(); !r) return std::unexpected(r.error());
    return t;
}

Result<QString> makeEmptyProject(const QString& dir) {
    const QString path = QDir(dir).filePath(QStringLiteral("empty.sqlite"));
    store::ProjectSettings settings;
    settings.srid = 4549;
    auto project = store::Project::create(path.toStdString(), settings);
    if (!project) return std::unexpected(project.error());
    return path;
}

}  // namespace ga::app::test
