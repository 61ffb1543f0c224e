#include "render/map_style.h"

#include <fmt/format.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

#include "store/map_style_store.h"

namespace ga::render {
namespace {

constexpr int kStyleVersion = 1;

QString colourText(const QColor& c) { return c.isValid() ? c.name(QColor::HexArgb) : QString(); }

Result<QColor> colourOf(const QJsonValue& v, const std::string& key) {
    if (v.isString() && v.toString().isEmpty()) return QColor();
    const QColor c = v.isString() ? QColor::fromString(v.toString()) : QColor();
    if (!c.isValid()) return fail(fmt::format("map style: {} is not a colour", key));
    return c;
}

// JSON has no infinity: an unlimited scale is written as null.
QJsonValue scaleValue(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); }

Result<double> number(const QJsonValue& v, const std::string& key, double lo, double hi) {
    if (v.isNull()) return std::numeric_limits<double>::infinity();
    if (!v.isDouble() || !(v.toDouble() >= lo && v.toDouble() <= hi))
        return fail(fmt::format("map style: {} must be a number from {} to {}", key, lo, hi));
    return v.toDouble();
}

Result<void> readLayer(const QJsonObject& o, store::Layer l, LayerStyle& s) {
    const std::string name(store::layerDef(l).name);
    auto key = [&](const char* k) { return fmt::format("layers.{}.{}", name, k); };
    if (o.contains("visible")) s.visible = o["visible"].toBool(s.visible);
    if (o.contains("labels")) s.labels = o["labels"].toBool(s.labels);
    if (o.contains("fill")) {
        auto c = colourOf(o["fill"], key("fill"));
        if (!c) return std::unexpected(c.error());
        s.fill = *c;
    }
    if (o.contains("stroke")) {
        auto c = colourOf(o["stroke"], key("stroke"));
        if (!c) return std::unexpected(c.error());
        s.stroke = *c;
    }
    struct NumberKey {
        const char* name;
        double* target;
        double lo, hi;
        bool unlimited;
    };
    const NumberKey numbers[] = {
        {"stroke_width", &s.strokeWidth, 0, 50, false},
        {"opacity", &s.opacity, 0, 1, false},
        {"max_mpp", &s.maxMetresPerPixel, 0, 1e6, true},
        {"label_min_mpp", &s.labelMinMetresPerPixel, 0, 1e6, false},
        {"label_max_mpp", &s.labelMaxMetresPerPixel, 0, 1e6, true},
    };
    for (const NumberKey& n : numbers) {
        if (!o.contains(n.name)) continue;
        if (o[n.name].isNull() && !n.unlimited) return fail(fmt::format("map style: {} must be a number", key(n.name)));
        auto v = number(o[n.name], key(n.name), n.lo, n.hi);
        if (!v) return std::unexpected(v.error());
        *n.target = *v;
    }
    if (o.contains("label_field")) {
        const std::string f = o["label_field"].toString().toStdString();
        const auto allowed = labelFields(l);
        if (std::find(allowed.begin(), allowed.end(), f) == allowed.end())
            return fail(fmt::format("map style: {} '{}' is not a field of layer {}", key("label_field"), f, name));
        s.labelField = f;
    }
    return {};
}

}  // namespace

std::vector<std::string> labelFields(store::Layer layer) {
    switch (layer) {
        case store::Layer::Grids:
            return {"auto", "code", "name", "households"};
        case store::Layer::Communities:
            return {"name", "code"};
        case store::Layer::Buildings:
            return {"number", "households"};
        case store::Layer::Organisations:
            return {"name", "kind"};
        case store::Layer::Issues:
            return {"category", "state", "severity"};
        case store::Layer::Compounds:
        case store::Layer::Roads:
        case store::Layer::Water:
            return {"name"};
        case store::Layer::Households:
        case store::Layer::Staff:
            return {};
    }
    return {};
}

MapStyle MapStyle::defaults() {
    MapStyle m;
    for (store::Layer l : kMapLayers) {
        auto fields = labelFields(l);
        m.layer(l).labelField = fields.empty() ? "" : fields.front();
    }
    auto& water = m.layer(store::Layer::Water);
    water.fill = QColor(0xAA, 0xD3, 0xDF);
    water.stroke = QColor(0x78, 0xB0, 0xC8);
    water.strokeWidth = 1;
    water.labelMaxMetresPerPixel = 4;

    auto& compounds = m.layer(store::Layer::Compounds);
    compounds.fill = QColor(0xF4, 0xEE, 0xE2, 0x99);
    compounds.stroke = QColor(0xB8, 0xA6, 0x8A);
    compounds.strokeWidth = 0.8;
    compounds.labelMaxMetresPerPixel = 1.6;

    auto& roads = m.layer(store::Layer::Roads);
    roads.fill = QColor(0xFF, 0xFF, 0xFF);
    roads.stroke = QColor(0xB4, 0xAB, 0x9F);
    roads.strokeWidth = 1;
    roads.labelMaxMetresPerPixel = 6;

    auto& buildings = m.layer(store::Layer::Buildings);
    buildings.fill = QColor(0xCB, 0xBD, 0xAF);
    buildings.stroke = QColor(0x8E, 0x80, 0x73);
    buildings.strokeWidth = 0.7;
    buildings.labelMaxMetresPerPixel = 0.8;

    auto& grids = m.layer(store::Layer::Grids);
    grids.stroke = QColor(0x33, 0x33, 0x33);
    grids.strokeWidth = 1.3;
    grids.opacity = 0.45;
    grids.labelMaxMetresPerPixel = 8;

    auto& communities = m.layer(store::Layer::Communities);
    communities.stroke = QColor(0x6A, 0x3D, 0x9A);
    communities.strokeWidth = 2.6;
    communities.labelMinMetresPerPixel = 3;

    auto& organisations = m.layer(store::Layer::Organisations);
    organisations.fill = QColor(0xD5, 0x5E, 0x00);
    organisations.stroke = QColor(0xFF, 0xFF, 0xFF);
    organisations.maxMetresPerPixel = 1.0;
    organisations.labelMaxMetresPerPixel = 0.5;

    auto& issues = m.layer(store::Layer::Issues);
    issues.visible = false;
    issues.fill = QColor(0xCC, 0x79, 0xA7);
    issues.stroke = QColor(0xFF, 0xFF, 0xFF);
    issues.labels = false;
    return m;
}

std::string MapStyle::toJson() const {
    QJsonObject root;
    root["version"] = kStyleVersion;
    root["background"] = colourText(background);
    root["status"] = QJsonObject{
        {"under", colourText(statusFill[0])}, {"in", colourText(statusFill[1])}, {"over", colourText(statusFill[2])}};
    QJsonArray orderArray;
    for (store::Layer l : order) orderArray.append(QString::fromUtf8(store::layerDef(l).name));
    root["order"] = orderArray;
    root["data_source"] = dataSource;
    QJsonObject layersObject;
    for (store::Layer l : kMapLayers) {
        const LayerStyle& s = layer(l);
        layersObject[QString::fromUtf8(store::layerDef(l).name)] = QJsonObject{
            {"visible", s.visible},
            {"fill", colourText(s.fill)},
            {"stroke", colourText(s.stroke)},
            {"stroke_width", s.strokeWidth},
            {"opacity", s.opacity},
            {"labels", s.labels},
            {"label_field", QString::fromStdString(s.labelField)},
            {"max_mpp", scaleValue(s.maxMetresPerPixel)},
            {"label_min_mpp", s.labelMinMetresPerPixel},
            {"label_max_mpp", scaleValue(s.labelMaxMetresPerPixel)},
        };
    }
    root["layers"] = layersObject;
    return QJsonDocument(root).toJson(QJsonDocument::Compact).toStdString();
}

Result<MapStyle> MapStyle::fromJson(std::string_view json) {
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray(json.data(), static_cast<qsizetype>(json.size())), &error);
    if (doc.isNull() || !doc.isObject())
        return fail(fmt::format("map style: not a JSON object ({} at offset {})", error.errorString().toStdString(),
                                error.offset));
    const QJsonObject root = doc.object();
    if (root["version"].toInt(kStyleVersion) > kStyleVersion)
        return fail(fmt::format("map style: version {} is newer than this GridAtlas reads ({})",
                                root["version"].toInt(), kStyleVersion));
    MapStyle m = defaults();
    if (root.contains("background")) {
        auto c = colourOf(root["background"], "background");
        if (!c) return std::unexpected(c.error());
        m.background = *c;
    }
    const QJsonObject status = root["status"].toObject();
    const char* statusKeys[] = {"under", "in", "over"};
    for (size_t i = 0; i < 3; ++i) {
        if (!status.contains(statusKeys[i])) continue;
        auto c = colourOf(status[statusKeys[i]], fmt::format("status.{}", statusKeys[i]));
        if (!c) return std::unexpected(c.error());
        m.statusFill[i] = *c;
    }
    if (root.contains("order")) {
        m.order.clear();
        for (const QJsonValue& v : root["order"].toArray()) {
            const auto l = store::layerByName(v.toString().toStdString());
            if (!l || std::find(kMapLayers.begin(), kMapLayers.end(), *l) == kMapLayers.end())
                return fail(
                    fmt::format("map style: order names '{}', which is not a map layer", v.toString().toStdString()));
            if (std::find(m.order.begin(), m.order.end(), *l) == m.order.end()) m.order.push_back(*l);
        }
    }
    m.dataSource = root["data_source"].toString();
    const QJsonObject layersObject = root["layers"].toObject();
    for (store::Layer l : kMapLayers) {
        const QString name = QString::fromUtf8(store::layerDef(l).name);
        if (!layersObject.contains(name)) continue;
        if (auto r = readLayer(layersObject[name].toObject(), l, m.layer(l)); !r) return std::unexpected(r.error());
    }
    return m;
}

Result<MapStyle> loadMapStyle(store::Project& project) {
    auto json = store::loadMapStyle(project);
    if (!json) return std::unexpected(json.error());
    if (!*json) return MapStyle::defaults();
    auto style = MapStyle::fromJson(**json);
    if (!style) return fail(fmt::format("{}: {}", project.path(), style.error().message));
    return style;
}

Result<void> saveMapStyle(store::Project& project, const MapStyle& style) {
    return store::saveMapStyle(project, style.toJson());
}

}  // namespace ga::render
