#include "store/layers.h"

#include <algorithm>
#include <array>

namespace ga::store {
namespace {
using enum FieldType;

constexpr FieldDef kCommunityFields[] = {
    {"code", Text, true, false, "社区代码"},
    {"name", Text, true, false, "社区名称"},
    {"street", Text, false, false, "街道"},
    {"service_phone", Text, false, false, "服务电话"},
};
constexpr FieldDef kGridFields[] = {
    {"code", Text, true, false, "网格编码"},
    {"name", Text, false, false, "网格名称"},
    {"community", Text, false, false, "所属社区"},
    {"population", Integer, false, false, "人口"},
    {"start_date", Date, false, false, "启用日期"},
    {"notes", Text, false, false, "备注"},
};
constexpr FieldDef kCompoundFields[] = {
    {"name", Text, true, false, "小区名称"},
    {"community", Text, false, false, "所属社区"},
    {"aliases", Text, false, false, "别名"},
};
constexpr FieldDef kBuildingFields[] = {
    {"compound", Text, false, false, "小区"},
    {"number", Text, false, false, "楼栋号"},
    {"road", Text, false, false, "路名"},
    {"door", Text, false, false, "门牌号"},
    {"households", Integer, false, false, "户数"},
    {"floors", Integer, false, false, "层数"},
    {"units", Integer, false, false, "单元数"},
    {"use", Text, false, false, "用途"},
    {"name", Text, false, false, "名称"},
};
constexpr FieldDef kRoadFields[] = {
    {"name", Text, false, false, "道路名称"},
    {"class", Text, false, false, "等级"},
};
constexpr FieldDef kWaterFields[] = {
    {"name", Text, false, false, "名称"},
    {"kind", Text, false, false, "类型"},
};
constexpr FieldDef kHouseholdFields[] = {
    {"household_id", Text, true, false, "户编号"},
    {"address", Text, false, false, "地址"},
    {"members", Integer, false, false, "人口数"},
    {"name", Text, false, true, "户主姓名"},
    {"id_number", Text, false, true, "身份证号"},
    {"phone", Text, false, true, "联系电话"},
    {"tags", Text, false, true, "关注标签"},
};
constexpr FieldDef kIssueFields[] = {
    {"issue_id", Text, false, false, "事件编号"},
    {"category", Text, true, false, "类别"},
    {"subcategory", Text, false, false, "子类"},
    {"severity", Text, false, false, "等级"},
    {"title", Text, false, false, "标题"},
    {"description", Text, false, false, "描述"},
    {"reported_at", Date, true, false, "上报时间"},
    {"reporter", Text, false, false, "上报人"},
    {"address", Text, false, false, "地址"},
    {"state", Text, false, false, "状态"},
    {"level", Text, false, false, "所在层级"},
    {"deadline", Date, false, false, "办理时限"},
    {"closed_at", Date, false, false, "办结时间"},
};
constexpr FieldDef kStaffFields[] = {
    {"name", Text, true, false, "姓名"},
    {"role", Text, false, false, "职务"},
    {"phone", Text, false, false, "工作电话"},
    {"grid", Text, false, false, "网格编码"},
    {"photo", Blob, false, false, "照片"},
};
constexpr FieldDef kOrganisationFields[] = {
    {"name", Text, true, false, "名称"},
    {"kind", Text, false, false, "类型"},
    {"address", Text, false, false, "地址"},
    {"phone", Text, false, false, "电话"},
};

using enum GeometryKind;
constexpr std::array<LayerDef, 10> kLayers = {{
    {Layer::Communities, "communities", "社区", MultiPolygon, true, true, kCommunityFields, "code"},
    {Layer::Grids, "grids", "网格", MultiPolygon, true, true, kGridFields, "code"},
    {Layer::Compounds, "compounds", "小区", MultiPolygon, true, true, kCompoundFields, ""},
    {Layer::Buildings, "buildings", "楼栋", MultiPolygon, true, true, kBuildingFields, ""},
    {Layer::Roads, "roads", "道路", MultiLineString, true, true, kRoadFields, ""},
    {Layer::Water, "water", "水系", Any, true, true, kWaterFields, ""},
    {Layer::Households, "households", "住户", Point, false, false, kHouseholdFields, "household_id"},
    {Layer::Issues, "issues", "事件", Point, false, true, kIssueFields, "issue_id"},
    {Layer::Staff, "staff", "网格员", None, false, false, kStaffFields, ""},
    {Layer::Organisations, "organisations", "组织", Point, false, true, kOrganisationFields, ""},
}};
}  // namespace

std::span<const LayerDef> allLayers() { return kLayers; }

const LayerDef& layerDef(Layer l) { return kLayers[static_cast<size_t>(l)]; }

std::optional<Layer> layerByName(std::string_view name) {
    for (const auto& d : kLayers)
        if (d.name == name) return d.layer;
    return std::nullopt;
}

int fieldIndex(const LayerDef& def, std::string_view field) {
    for (size_t i = 0; i < def.fields.size(); ++i)
        if (def.fields[i].name == field) return static_cast<int>(i);
    return -1;
}

std::string_view geometryTypeName(GeometryKind k) {
    switch (k) {
    case GeometryKind::Point: return "POINT";
    case GeometryKind::MultiLineString: return "MULTILINESTRING";
    case GeometryKind::MultiPolygon: return "MULTIPOLYGON";
    case GeometryKind::Any: return "GEOMETRY";
    case GeometryKind::None: return "";
    }
    return "";
}

bool acceptsGeometry(GeometryKind k, geo::GeomType t) {
    switch (k) {
    case GeometryKind::Point: return t == geo::GeomType::Point;
    case GeometryKind::MultiLineString: return geo::isLineal(t);
    case GeometryKind::MultiPolygon: return geo::isPolygonal(t);
    case GeometryKind::Any: return true;
    case GeometryKind::None: return false;
    }
    return false;
}

}  // namespace ga::store
