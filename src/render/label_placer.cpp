#include "render/label_placer.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "render/line_label.h"
#include "render/screen_mapping.h"

namespace ga::render {
namespace {

const QColor kCommunityText(0x4B, 0x2C, 0x73);
const QColor kGridText(0x1E, 0x1E, 0x1E);
const QColor kGridDetail(0x3C, 0x3C, 0x3C);
const QColor kFadedText(0x80, 0x80, 0x80);
const QColor kRoadText(0x33, 0x33, 0x33);
const QColor kCompoundText(0x76, 0x55, 0x2B);
const QColor kWaterText(0x2A, 0x66, 0x86);
const QColor kBuildingText(0x55, 0x4A, 0x40);
const QColor kOrganisationText(0x8A, 0x3B, 0x00);

QString qs(const std::string& s) { return QString::fromStdString(s); }

double boxArea(const geo::Box& b) { return b.width() * b.height(); }

// Ids of a layer's features meeting the window, biggest first: big features are labelled first.
std::vector<uint32_t> biggestFirst(const model::FeatureGeometry& g, const geo::Box& window) {
    std::vector<uint32_t> ids;
    g.index().query(window, ids);
    std::sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) {
        const double aa = boxArea(g.bounds(a)), ab = boxArea(g.bounds(b));
        return aa != ab ? aa > ab : a < b;
    });
    return ids;
}

}  // namespace

LabelPlacer::LabelPlacer(const model::MapModel& model, const MapStyle& style, const MapView& view,
                         const MapFonts& fonts, TextMeasures& measures, LabelEngine& engine,
                         std::optional<uint32_t> focusGrid)
    : model_(model),
      style_(style),
      view_(view),
      fonts_(fonts),
      measures_(measures),
      engine_(engine),
      focusGrid_(focusGrid),
      window_(view.extent()),
      community_(fonts.community),
      gridName_(fonts.gridName),
      gridDetail_(fonts.gridDetail),
      road_(fonts.road),
      compound_(fonts.compound),
      building_(fonts.building),
      water_(fonts.water),
      organisation_(fonts.organisation) {}

bool LabelPlacer::shows(store::Layer layer) const {
    const LayerStyle& s = style_.layer(layer);
    const double mpp = view_.metresPerPixel;
    return s.visible && s.labels && std::find(style_.order.begin(), style_.order.end(), layer) != style_.order.end() &&
           mpp <= s.maxMetresPerPixel && mpp >= s.labelMinMetresPerPixel && mpp <= s.labelMaxMetresPerPixel;
}

PlacedLabel LabelPlacer::block(LabelKind kind, uint32_t feature, QPointF centre, std::span<const Line> lines) const {
    PlacedLabel label;
    label.kind = kind;
    label.feature = feature;
    double height = 0;
    for (const Line& l : lines) height += l.face->metrics.ascent() + l.face->metrics.descent();
    double y = centre.y() - height / 2;
    for (const Line& l : lines) {
        const double ascent = l.face->metrics.ascent(), descent = l.face->metrics.descent();
        const double w = width(*l.face, l.text);
        const double h = ascent + descent;
        const QPointF c(centre.x(), y + h / 2);
        label.parts.push_back({l.text, l.face->font, l.colour, c, 0, w, ascent, descent});
        label.boxes.push_back(QRectF(c.x() - w / 2, y, w, h));
        y += h;
    }
    return label;
}

bool LabelPlacer::inside(const model::FeatureGeometry& g, uint32_t f, const PlacedLabel& label) const {
    QRectF all;
    for (const QRectF& b : label.boxes) all = all.united(b);
    const QPointF corners[] = {all.topLeft(), all.topRight(), all.bottomLeft(), all.bottomRight(), all.center()};
    return std::all_of(std::begin(corners), std::end(corners),
                       [&](QPointF c) { return g.contains(f, view_.toMap(c)); });
}

void LabelPlacer::placeAll(std::stop_token stop) {
    for (LabelKind kind : kLabelPriority) {
        if (stop.stop_requested()) return;
        switch (kind) {
            case LabelKind::Community:
                communities();
                break;
            case LabelKind::Grid:
                grids();
                break;
            case LabelKind::Road:
                roads(stop);
                break;
            case LabelKind::Compound:
                compounds();
                break;
            case LabelKind::Water:
                water();
                break;
            case LabelKind::Building:
                buildings(stop);
                break;
            case LabelKind::Organisation:
                organisations();
                break;
        }
    }
}

void LabelPlacer::communities() {
    if (!shows(store::Layer::Communities)) return;
    const auto& l = model_.communities();
    const bool byCode = style_.layer(store::Layer::Communities).labelField == "code";
    for (uint32_t f : biggestFirst(l.geometry, window_)) {
        const model::Community& c = l.features[f];
        const QString text = qs(byCode || c.name.empty() ? c.code : c.name);
        if (text.isEmpty()) continue;
        const Line line{text, &community_, kCommunityText};
        engine_.place(block(LabelKind::Community, f, view_.toScreen(c.labelPoint), {&line, 1}));
    }
}

void LabelPlacer::grids() {
    if (!shows(store::Layer::Grids)) return;
    const auto& l = model_.grids();
    const std::string& field = style_.layer(store::Layer::Grids).labelField;
    for (uint32_t f : biggestFirst(l.geometry, window_)) {
        const model::Grid& g = l.features[f];
        const bool faded = focusGrid_ && *focusGrid_ != f;
        const QColor main = faded ? kFadedText : kGridText, detail = faded ? kFadedText : kGridDetail;
        const QString name = qs(g.name.empty() ? g.code : g.name);
        const QString code = qs(g.code);
        const QString households = QString::number(g.households) + QStringLiteral("户");
        const Line nameLine{name, &gridName_, main};
        const Line codeLine{code, &gridDetail_, detail};
        const Line countLine{households, &gridDetail_, detail};
        // Fuller labels first; a smaller one where the full one does not fit inside the grid.
        std::vector<std::vector<Line>> options;
        if (field == "code")
            options = {{codeLine}};
        else if (field == "name")
            options = {{nameLine}};
        else if (field == "households")
            options = {{countLine}};
        else if (g.name.empty())
            options = {{nameLine, countLine}, {countLine}};
        else
            options = {{nameLine, codeLine, countLine}, {nameLine, countLine}, {countLine}};
        const QPointF centre = view_.toScreen(g.labelPoint);
        for (const auto& lines : options) {
            PlacedLabel label = block(LabelKind::Grid, f, centre, lines);
            if (!engine_.fits(label.boxes) || !inside(l.geometry, f, label)) continue;
            engine_.place(std::move(label));
            break;
        }
    }
}

void LabelPlacer::roads(std::stop_token stop) {
    if (!shows(store::Layer::Roads)) return;
    const model::MergedLines& chains = model_.roadLabelLines();
    const auto& roads = model_.roads().features;
    std::vector<uint32_t> ids;
    chains.lines.index().query(window_, ids);
    // Major roads first, then longer chains.
    std::sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) {
        const auto ca = roads[chains.source[a]].roadClass, cb = roads[chains.source[b]].roadClass;
        if (ca != cb) return ca < cb;
        const geo::Box &ba = chains.lines.bounds(a), &bb = chains.lines.bounds(b);
        const double sa = ba.width() + ba.height(), sb = bb.width() + bb.height();
        return sa != sb ? sa > sb : a < b;
    });
    const ScreenMapping mapping(view_, chains.lines.origin());
    const QRectF clip = QRectF(QPointF(0, 0), view_.size).adjusted(2, 2, -2, -2);
    const LineLabelStyle lineStyle{fonts_.road, kRoadText, 25, 60};
    std::vector<QPointF> pts;
    // No name fits on a line shorter than half an em per character (Latin digits are the narrowest).
    const double glyph = fonts_.road.pixelSize() * 0.5;
    // Zoomed out, only the main roads are named: they are what the eye follows at that scale.
    const bool mainOnly = view_.metresPerPixel > 2;
    // A name is not repeated close to itself: dual carriageways and pieces of one street that
    // did not chain would otherwise carry it twice side by side.
    std::unordered_map<std::string, std::vector<QPointF>> named;
    const auto nearSameName = [&](const std::string& name, const PlacedLabel& label, double minimum) {
        const auto it = named.find(name);
        if (it == named.end()) return false;
        const QPointF c = label.parts[label.parts.size() / 2].centre;
        return std::any_of(it->second.begin(), it->second.end(),
                           [&](QPointF q) { return std::hypot(q.x() - c.x(), q.y() - c.y()) < minimum; });
    };
    for (uint32_t f : ids) {
        if (stop.stop_requested()) return;
        if (mainOnly && roads[chains.source[f]].roadClass >= model::RoadClass::Minor) continue;
        const std::string& name = roads[chains.source[f]].name;
        const geo::Box& b = chains.lines.bounds(f);
        const QString text = qs(name);
        if (std::hypot(b.width(), b.height()) / view_.metresPerPixel < glyph * static_cast<double>(text.size()))
            continue;
        const auto runPtr = measures_.run(road_.key, road_.metrics, text);
        const GlyphRun& run = *runPtr;
        const double width = run.width();
        pts.clear();
        mapping.decimate(chains.lines.ring(chains.lines.rings(f).first), 1.0, pts);
        for (auto& piece : clipPolyline(pts, clip)) {
            const Polyline line(std::move(piece));
            for (double centre : labelCentres(line.length(), width, std::max(5 * width, 450.0))) {
                for (double shift : {0.0, 0.6, -0.6, 1.2, -1.2}) {
                    auto label = placeAlongLine(line, centre + shift * width, run, lineStyle);
                    if (!label || nearSameName(name, *label, std::max(3 * width, 200.0))) continue;
                    label->feature = f;
                    const QPointF at = label->parts[label->parts.size() / 2].centre;
                    if (engine_.place(std::move(*label))) {
                        named[name].push_back(at);
                        break;
                    }
                }
            }
        }
    }
}

void LabelPlacer::compounds() {
    if (!shows(store::Layer::Compounds)) return;
    const auto& l = model_.compounds();
    const double k = 1 / view_.metresPerPixel;
    for (uint32_t f : biggestFirst(l.geometry, window_)) {
        const model::Compound& c = l.features[f];
        if (c.name.empty()) continue;
        const QString text = qs(c.name);
        const geo::Box& b = l.geometry.bounds(f);
        if (b.width() * k < width(compound_, text) * 0.8 || b.height() * k < compound_.metrics.height() * 1.5) continue;
        const Line line{text, &compound_, kCompoundText};
        // At its label point, else above or below it (a grid label often sits at the same spot).
        const QPointF at = view_.toScreen(c.labelPoint);
        const double step = compound_.metrics.height() * 1.6;
        for (double dy : {0.0, -step, step, -2 * step, 2 * step}) {
            PlacedLabel label = block(LabelKind::Compound, f, at + QPointF(0, dy), {&line, 1});
            if (engine_.fits(label.boxes) && inside(l.geometry, f, label)) {
                engine_.place(std::move(label));
                break;
            }
        }
    }
}

void LabelPlacer::water() {
    if (!shows(store::Layer::Water)) return;
    const auto& l = model_.water();
    const ScreenMapping mapping(view_, l.geometry.origin());
    const QRectF clip = QRectF(QPointF(0, 0), view_.size).adjusted(2, 2, -2, -2);
    const LineLabelStyle lineStyle{fonts_.water, kWaterText, 25, 60};
    const double k = 1 / view_.metresPerPixel;
    std::vector<QPointF> pts;
    for (uint32_t f : biggestFirst(l.geometry, window_)) {
        const model::Water& w = l.features[f];
        if (w.name.empty()) continue;
        const QString text = qs(w.name);
        if (l.geometry.kind(f) == model::ShapeKind::Polygon) {
            const geo::Box& b = l.geometry.bounds(f);
            if (b.width() * k < width(water_, text) * 1.2) continue;
            const Line line{text, &water_, kWaterText};
            engine_.place(block(LabelKind::Water, f, view_.toScreen(w.labelPoint), {&line, 1}));
            continue;
        }
        const auto runPtr = measures_.run(water_.key, water_.metrics, text);
        const GlyphRun& run = *runPtr;
        const auto [first, last] = l.geometry.rings(f);
        for (uint32_t r = first; r < last; ++r) {
            pts.clear();
            mapping.decimate(l.geometry.ring(r), 1.0, pts);
            for (auto& piece : clipPolyline(pts, clip)) {
                const Polyline line(std::move(piece));
                for (double centre : labelCentres(line.length(), run.width(), std::max(5 * run.width(), 500.0))) {
                    auto label = placeAlongLine(line, centre, run, lineStyle);
                    if (!label) continue;
                    label->kind = LabelKind::Water;
                    label->feature = f;
                    engine_.place(std::move(*label));
                }
            }
        }
    }
}

void LabelPlacer::buildings(std::stop_token stop) {
    if (!shows(store::Layer::Buildings)) return;
    const auto& l = model_.buildings();
    const bool byHouseholds = style_.layer(store::Layer::Buildings).labelField == "households";
    const ScreenMapping mapping(view_, l.geometry.origin());
    const double k = 1 / view_.metresPerPixel;
    const double lineHeight = building_.metrics.ascent() + building_.metrics.descent();
    size_t n = 0;
    for (uint32_t f : biggestFirst(l.geometry, window_)) {
        if ((++n & 1023) == 0 && stop.stop_requested()) return;
        const model::Building& b = l.features[f];
        const QString text = byHouseholds
                                 ? (b.households > 0 ? QString::number(b.households) + QStringLiteral("户") : QString())
                                 : qs(b.number);
        if (text.isEmpty()) continue;
        const geo::Box& box = l.geometry.bounds(f);
        const double w = width(building_, text);
        if (box.width() * k < w + 2 || box.height() * k < lineHeight * 0.9) continue;
        const Line line{text, &building_, kBuildingText};
        engine_.place(block(LabelKind::Building, f, mapping(b.labelPoint), {&line, 1}));
    }
}

void LabelPlacer::organisations() {
    if (!shows(store::Layer::Organisations)) return;
    const auto& l = model_.organisations();
    const bool byKind = style_.layer(store::Layer::Organisations).labelField == "kind";
    std::vector<uint32_t> ids;
    l.geometry.index().query(window_, ids);
    for (uint32_t f : ids) {
        const model::Organisation& o = l.features[f];
        const QString text = qs(byKind ? o.kind : o.name);
        if (text.isEmpty()) continue;
        const QPointF p = view_.toScreen(l.geometry.bounds(f).center());
        const double w = width(organisation_, text);
        const Line line{text, &organisation_, kOrganisationText};
        // Right of the symbol, else left of it.
        for (double side : {1.0, -1.0}) {
            PlacedLabel label = block(LabelKind::Organisation, f, p + QPointF(side * (w / 2 + 7), 0), {&line, 1});
            if (engine_.place(std::move(label))) break;
        }
    }
}

}  // namespace ga::render
