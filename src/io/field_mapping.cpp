#include "io/field_mapping.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "io/value_parsing.h"

namespace ga::io {
namespace {

using store::Layer;

// Headers seen in registers and GIS files, in normalised form, per layer and target field. The
// target's own name and its LayerDef label are recognised without being listed here.
struct Alias {
    Layer layer;
    std::string_view field;
    std::string_view headers;  ///< '|'-separated
};

constexpr Alias kAliases[] = {
    {Layer::Communities, "code", "社区代码|社区编码|区划代码|统计用区划代码|行政区划代码|代码|编码"},
    {Layer::Communities, "name", "社区名称|社区|名称|社区名"},
    {Layer::Communities, "street", "街道|所属街道|街道办事处|乡镇街道"},
    {Layer::Communities, "service_phone", "服务电话|联系电话|电话"},
    {Layer::Grids, "code", "网格编码|网格编号|网格代码|编码|编号|grid_code|gridcode"},
    {Layer::Grids, "name", "网格名称|网格名|名称|网格"},
    {Layer::Grids, "community", "所属社区|社区|社区代码|社区编码"},
    {Layer::Grids, "population", "人口|人口数|总人口|常住人口"},
    {Layer::Grids, "start_date", "启用日期|开始日期|设立日期|划定日期"},
    {Layer::Grids, "notes", "备注|说明"},
    {Layer::Compounds, "name", "小区名称|小区|名称|小区名|住宅小区"},
    {Layer::Compounds, "community", "所属社区|社区"},
    {Layer::Compounds, "aliases", "别名|曾用名|简称"},
    {Layer::Buildings, "compound", "小区名称|小区|所属小区|小区名"},
    {Layer::Buildings, "number", "楼栋号|楼号|楼栋|栋号|楼栋编号|幢号"},
    {Layer::Buildings, "road", "路名|道路|街路巷|道路名称|街巷"},
    {Layer::Buildings, "door", "门牌号|门牌|门牌号码"},
    {Layer::Buildings, "households", "户数|住户数|总户数"},
    {Layer::Buildings, "floors", "层数|楼层数|地上层数|总层数"},
    {Layer::Buildings, "units", "单元数|单元"},
    {Layer::Buildings, "use", "用途|房屋用途|建筑用途|建筑类型"},
    {Layer::Buildings, "name", "名称|建筑名称|楼名|建筑物名称"},
    {Layer::Roads, "name", "道路名称|路名|名称|道路名"},
    {Layer::Roads, "class", "等级|道路等级|highway|fclass"},
    {Layer::Water, "name", "名称|水系名称|河流名称|河名"},
    {Layer::Water, "kind", "类型|水系类型|waterway"},
    {Layer::Households, "household_id", "户编号|户号|住户编号|户籍编号|户编码"},
    {Layer::Households, "address", "地址|住址|居住地址|现住址|家庭住址|详细地址"},
    {Layer::Households, "members", "人口数|家庭人口|家庭人口数|人数|户人口数|户内人口"},
    {Layer::Households, "name", "姓名|户主姓名|户主"},
    {Layer::Households, "id_number", "身份证号|身份证号码|公民身份号码|证件号码|户主身份证号"},
    {Layer::Households, "phone", "联系电话|电话|手机|手机号|联系方式|电话号码"},
    {Layer::Households, "tags", "标签|关注标签|关注人群|人员类别|重点人群|特殊人群"},
    {Layer::Issues, "issue_id", "事件编号|编号|案件编号|工单编号"},
    {Layer::Issues, "category", "类别|事件类别|事件类型|类型|问题类别|大类"},
    {Layer::Issues, "subcategory", "子类|小类|事件子类"},
    {Layer::Issues, "severity", "等级|事件等级|紧急程度|严重程度"},
    {Layer::Issues, "title", "标题|事件标题|事件名称"},
    {Layer::Issues, "description", "描述|事件描述|内容|问题描述|事件内容"},
    {Layer::Issues, "reported_at", "上报时间|上报日期|发生时间|受理时间|时间|日期"},
    {Layer::Issues, "reporter", "上报人|报告人"},
    {Layer::Issues, "address", "地址|发生地址|事发地址|发生地点|地点"},
    {Layer::Issues, "state", "状态|办理状态|处置状态|事件状态"},
    {Layer::Issues, "level", "所在层级|层级|处置层级"},
    {Layer::Issues, "deadline", "办理时限|时限|截止时间|截止日期"},
    {Layer::Issues, "closed_at", "办结时间|结案时间|销号时间"},
    {Layer::Staff, "name", "姓名|名字"},
    {Layer::Staff, "role", "职务|岗位|角色|职责"},
    {Layer::Staff, "phone", "电话|联系电话|工作电话|手机|办公电话"},
    {Layer::Staff, "grid", "网格|网格编码|所属网格|网格编号|负责网格"},
    {Layer::Staff, "photo", "照片|相片|头像|照片文件"},
    {Layer::Organisations, "name", "名称|单位名称|组织名称|机构名称"},
    {Layer::Organisations, "kind", "类型|类别|单位类型|组织类型|单位性质"},
    {Layer::Organisations, "address", "地址|单位地址|所在地址"},
    {Layer::Organisations, "phone", "电话|联系电话|办公电话"},
};

constexpr std::string_view kWktHeaders = "wkt|geometry|geom|the_geom|shape|几何|几何图形|空间信息";
constexpr std::string_view kXHeaders = "x|lon|lng|long|longitude|经度|x坐标|横坐标|东坐标|坐标x";
constexpr std::string_view kYHeaders = "y|lat|latitude|纬度|y坐标|纵坐标|北坐标|坐标y";

bool inList(std::string_view list, std::string_view header) {
    while (!list.empty()) {
        const size_t bar = list.find('|');
        if (list.substr(0, bar) == header) return true;
        if (bar == std::string_view::npos) break;
        list.remove_prefix(bar + 1);
    }
    return false;
}

// How well `header` names target field `f` of `def`: 2 its own name or label, 1 an alias, 0 not.
int matchStrength(const store::LayerDef& def, const store::FieldDef& f, std::string_view header) {
    if (header == f.name || header == normaliseHeader(f.label)) return 2;
    for (const Alias& a : kAliases)
        if (a.layer == def.layer && a.field == f.name && inList(a.headers, header)) return 1;
    return 0;
}

bool isGeometryTarget(std::string_view t) { return t == "wkt" || t == "x" || t == "y"; }

}  // namespace

std::string normaliseHeader(std::string_view header) {
    std::string s(trimmed(header));
    while (s.starts_with("*")) s.erase(0, 1);
    while (s.starts_with("\xEF\xBC\x8A")) s.erase(0, 3);  // full-width ＊
    // A unit or remark in brackets at the end: 人口数(人), 人口数（人）.
    for (const auto& [open, close] :
         {std::pair<std::string_view, std::string_view>{"(", ")"}, {"\xEF\xBC\x88", "\xEF\xBC\x89"}}) {
        if (s.ends_with(close)) {
            const size_t at = s.rfind(open);
            if (at != std::string::npos && at > 0) s.resize(at);
        }
    }
    s = std::string(trimmed(s));
    for (char& c : s)
        if (static_cast<unsigned char>(c) < 0x80) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

Result<std::vector<FieldOverride>> parseFieldOverrides(std::span<const std::string> args, const store::LayerDef& def) {
    std::vector<FieldOverride> out;
    for (const std::string& arg : args) {
        const size_t eq = arg.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == arg.size())
            return fail(fmt::format("--field '{}': write TARGET=SOURCE, e.g. --field household_id=户号", arg));
        FieldOverride o{arg.substr(0, eq), arg.substr(eq + 1)};
        if (!isGeometryTarget(o.target) && store::fieldIndex(def, o.target) < 0) {
            std::string known;
            for (const auto& f : def.fields) known += fmt::format("{}{}", known.empty() ? "" : ", ", f.name);
            return fail(fmt::format("--field '{}': layer {} has no field '{}' (fields: {}; and wkt, x, y)", arg,
                                    def.name, o.target, known));
        }
        out.push_back(std::move(o));
    }
    return out;
}

bool looksLikeHeader(std::span<const std::string> cells, const store::LayerDef& def,
                     std::span<const FieldOverride> overrides) {
    for (const std::string& cell : cells) {
        const std::string h = normaliseHeader(cell);
        if (h.empty()) continue;
        for (const FieldOverride& o : overrides)
            if (h == normaliseHeader(o.source)) return true;
        for (const store::FieldDef& f : def.fields)
            if (matchStrength(def, f, h) > 0) return true;
        if (inList(kWktHeaders, h) || inList(kXHeaders, h) || inList(kYHeaders, h)) return true;
    }
    return false;
}

Result<FieldMapping> mapFields(std::span<const std::string> headers, const store::LayerDef& def,
                               std::span<const FieldOverride> overrides, const std::string& file) {
    FieldMapping m;
    m.columns.assign(def.fields.size(), -1);
    std::vector<std::string> normalised;
    for (const std::string& h : headers) normalised.push_back(normaliseHeader(h));
    std::vector<bool> used(headers.size(), false);

    auto columnOf = [&](std::string_view source) -> int {
        for (size_t i = 0; i < headers.size(); ++i)
            if (headers[i] == source) return static_cast<int>(i);
        const std::string n = normaliseHeader(source);
        for (size_t i = 0; i < headers.size(); ++i)
            if (normalised[i] == n) return static_cast<int>(i);
        return -1;
    };
    for (const FieldOverride& o : overrides) {
        const int c = columnOf(o.source);
        if (c < 0) {
            std::string names;
            for (const auto& h : headers) names += fmt::format("{}{}", names.empty() ? "" : ", ", h);
            return fail(fmt::format("{}: --field {}={}: there is no column '{}' (columns: {})", file, o.target,
                                    o.source, o.source, names));
        }
        used[static_cast<size_t>(c)] = true;
        if (o.target == "wkt")
            m.wkt = c;
        else if (o.target == "x")
            m.x = c;
        else if (o.target == "y")
            m.y = c;
        else
            m.columns[static_cast<size_t>(store::fieldIndex(def, o.target))] = c;
    }
    // Own names and labels first, then aliases, so "名称" does not take a column that a more
    // specific header names.
    for (int strength = 2; strength >= 1; --strength) {
        for (size_t f = 0; f < def.fields.size(); ++f) {
            if (m.columns[f] >= 0) continue;
            for (size_t c = 0; c < headers.size(); ++c) {
                if (used[c] || matchStrength(def, def.fields[f], normalised[c]) != strength) continue;
                m.columns[f] = static_cast<int>(c);
                used[c] = true;
                break;
            }
        }
    }
    auto findGeometry = [&](int& slot, std::string_view list) {
        if (slot >= 0) return;
        for (size_t c = 0; c < headers.size(); ++c)
            if (!used[c] && inList(list, normalised[c])) {
                slot = static_cast<int>(c);
                used[c] = true;
                return;
            }
    };
    findGeometry(m.wkt, kWktHeaders);
    findGeometry(m.x, kXHeaders);
    findGeometry(m.y, kYHeaders);

    for (size_t f = 0; f < def.fields.size(); ++f) {
        if (!def.fields[f].required || m.columns[f] >= 0) continue;
        std::string names;
        for (const auto& h : headers) names += fmt::format("{}{}", names.empty() ? "" : ", ", h);
        return fail(
            fmt::format("{}: the required field '{}' ({}) of layer {} has no column; columns are: {}. "
                        "Name one with --field {}=COLUMN",
                        file, def.fields[f].name, def.fields[f].label, def.name, names.empty() ? "(none)" : names,
                        def.fields[f].name));
    }
    return m;
}

}  // namespace ga::io
