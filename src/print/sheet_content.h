#pragma once
// What one printed sheet says, gathered from the project before anything is drawn: texts the user
// may edit, the staff panel, totals, the grid table of an overview. Nothing of residents is in
// here: households appear only as counts.
#include <QImage>
#include <QString>
#include <optional>
#include <string>
#include <vector>

#include "geo/geometry.h"
#include "print/print_template.h"

namespace ga::print {

/// The texts of a sheet; the print dialog lets the user change each of them.
struct SheetTexts {
    QString title;         ///< 友好社区第九网格
    QString subtitle;      ///< 网格编码 … ｜ 掘港街道 友好社区
    QString servicePhone;  ///< the community's service phone (project setting, else the community's)
    QString date;          ///< 制图日期, e.g. 2026年11月26日
    QString note;          ///< the sketch-map note (示意图)
    QString dataSource;    ///< 数据来源：…
};

/// One member of a grid's staff as the panel shows them; a null photo is drawn as a placeholder.
struct StaffCard {
    QString name, role, phone;
    QImage photo;
};

/// One grid of an overview's table.
struct GridFacts {
    QString code, name, leader, leaderPhone;
    long long households = 0, population = 0;
    int page = 0;  ///< its page in an atlas with a cover (0: not numbered)
};

/// Households, people, buildings and area of the sheet's grid or community.
struct Totals {
    long long households = 0, population = 0, buildings = 0, grids = 0;
    double areaM2 = 0;
};

struct SheetContent {
    TemplateId templateId = TemplateId::WallMap;
    SheetTexts texts;
    std::string code;                    ///< the grid's or community's code
    std::optional<uint32_t> grid;        ///< grid sheets: the grid, index into MapModel::grids()
    std::vector<uint32_t> communityGrids;  ///< indexes of the grids of the sheet's community
    geo::Box mapExtent;                  ///< what the map must show
    geo::Box communityExtent;            ///< the inset's extent: the grid's community
    std::vector<StaffCard> staff;        ///< grid sheets: leader first
    Totals totals;
    std::vector<GridFacts> grids;        ///< overview sheets: every grid of the community by code
    std::vector<std::string> warnings;   ///< e.g. a staff photo missing
};

}  // namespace ga::print
