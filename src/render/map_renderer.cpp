#include "render/map_renderer.h"

#include <QPainterPath>
#include <QThreadPool>
#include <algorithm>
#include <cmath>
#include <future>
#include <mutex>
#include <optional>

#include "render/dot_raster.h"
#include "render/feature_painter.h"
#include "render/label_painter.h"
#include "render/label_placer.h"
#include "render/label_sprites.h"
#include "render/map_fonts.h"
#include "render/text_measures.h"

namespace ga::render {
namespace {

using model::RoadClass;

QColor withAlpha(QColor c, double alpha) {
    c.setAlphaF(static_cast<float>(std::clamp(c.alphaF() * alpha, 0.0, 1.0)));
    return c;
}

// Width of a road in metres on the ground and the limits of its drawn width in logical px.
struct RoadWidth {
    double metres, minPx, maxPx;
};
RoadWidth roadWidth(RoadClass c) {
    switch (c) {
        case RoadClass::Major:
            return {16, 1.8, 18};
        case RoadClass::Secondary:
            return {12, 1.4, 14};
        case RoadClass::Minor:
            return {8, 0.8, 11};
        case RoadClass::Service:
            return {5, 0.6, 7};
        case RoadClass::Path:
            return {2.5, 0.5, 3};
    }
    return {8, 0.8, 11};
}

// Major roads get a warm fill so the network's structure reads at a glance.
QColor roadFill(RoadClass c, const QColor& base) {
    switch (c) {
        case RoadClass::Major:
            return {0xF9, 0xD3, 0x7E};
        case RoadClass::Secondary:
            return {0xFB, 0xEA, 0xB0};
        default:
            return base;
    }
}

// A pen for lines of `width` logical px. Up to about a device pixel it is cosmetic (one device
// pixel, drawn by Qt's cosmetic stroker without building a stroke outline: 10x faster). Wider
// lines are stroked segment by segment (see FeaturePainter), so their caps fill the corners:
// square caps on screen (an antialiased round cap costs 4-5x a square one), round caps and
// joins on paper, where nothing is redrawn at 60 frames a second.
QPen linePen(const QColor& c, double width, double dpr, OutputKind output) {
    if (width * dpr <= 1.25) {
        QPen pen(c, 0);
        pen.setCosmetic(true);
        return pen;
    }
    const bool round = output == OutputKind::Vector;
    return QPen(c, width, Qt::SolidLine, round ? Qt::RoundCap : Qt::SquareCap, round ? Qt::RoundJoin : Qt::MiterJoin);
}

// `c` at opacity `a` over `bg`, as an opaque colour: segment-wise strokes must be opaque, or their
// overlapping caps would show as darker dots at every vertex.
QColor over(const QColor& c, double a, const QColor& bg) {
    auto mix = [&](int f, int b) { return static_cast<int>(std::lround(f * a + b * (1 - a))); };
    return {mix(c.red(), bg.red()), mix(c.green(), bg.green()), mix(c.blue(), bg.blue())};
}

// Drawing order of road classes, bottom to top.
constexpr RoadClass kRoadOrder[] = {RoadClass::Path, RoadClass::Service, RoadClass::Minor, RoadClass::Secondary,
                                    RoadClass::Major};

// One render call: the painter, the view and what has been drawn so far.
class Frame {
public:
    Frame(QPainter& p, const model::MapModel& m, const MapStyle& s, const MapView& v, const RenderOptions& o,
          std::stop_token stop)
        : p_(p), m_(m), s_(s), v_(v), o_(o), stop_(stop), window_(v.extent()) {}

    /// Areas and lines of layer `l` (grid fills, not their outlines; no point layers).
    void areas(store::Layer l) {
        const LayerStyle* st = shown(l);
        if (!st) return;
        p_.setOpacity(l == store::Layer::Grids ? 1.0 : st->opacity);
        switch (l) {
            case store::Layer::Water:
                water(*st);
                break;
            case store::Layer::Compounds:
                compounds(*st);
                break;
            case store::Layer::Roads:
                roads(*st);
                break;
            case store::Layer::Buildings:
                buildings(*st);
                break;
            case store::Layer::Grids:
                gridFills(*st);
                break;
            default:
                break;
        }
        if (dots_) dots_->flush(p_);
        p_.setOpacity(1.0);
    }

    /// Grid outlines and community lines: over every area, so no building hides a boundary.
    void boundaries(bool withGrids, bool withCommunities) {
        if (const LayerStyle* st = shown(store::Layer::Grids); st && withGrids) gridOutlines(*st);
        if (const LayerStyle* st = shown(store::Layer::Communities); st && withCommunities) {
            p_.setOpacity(st->opacity);
            communities(*st);
            p_.setOpacity(1.0);
        }
    }

    /// Point layer `l`, if it is one.
    void points(store::Layer l) {
        const LayerStyle* st = shown(l);
        if (!st) return;
        p_.setOpacity(st->opacity);
        if (l == store::Layer::Organisations) organisations(*st);
        if (l == store::Layer::Issues) issues(*st);
        if (dots_) dots_->flush(p_);
        p_.setOpacity(1.0);
    }

    void selection() {
        if (!o_.selectedBuildings.empty()) {
            const auto& g = m_.buildings().geometry;
            const ScreenMapping map(v_, g.origin());
            FeaturePainter fp(p_, map, dots());
            const std::vector<uint32_t> ids = valid(o_.selectedBuildings, g.size());
            fp.polygons(g, ids, QBrush(QColor(0xFF, 0xD4, 0x00)), QPen(QColor(0x20, 0x20, 0x20), 1.2),
                        {0.5, 0.5, 0, true});
        }
        if (!o_.selectedGrids.empty()) {
            const auto& g = m_.grids().geometry;
            const ScreenMapping map(v_, g.origin());
            FeaturePainter fp(p_, map, dots());
            const std::vector<uint32_t> ids = valid(o_.selectedGrids, g.size());
            fp.outlines(g, ids, pen(QColor(0xFF, 0xD4, 0x00), 5), true);
            fp.outlines(g, ids, pen(QColor(0x20, 0x20, 0x20), 1.6), true);
        }
        if (dots_) dots_->flush(p_);
    }

    /// The veil of RenderOptions::fadeOutsideFocus: everything outside the focus grid (its holes
    /// included) under translucent white, then the grid's outline over it.
    void fadeOutsideFocus() {
        const auto& g = m_.grids().geometry;
        if (!o_.focusGrid || *o_.focusGrid >= g.size() || !(o_.fadeOutsideFocus > 0)) return;
        const ScreenMapping map(v_, g.origin());
        QPainterPath grid;
        std::vector<QPointF> pts;
        const auto [first, last] = g.rings(*o_.focusGrid);
        for (uint32_t r = first; r < last; ++r) {
            pts.clear();
            map.decimate(g.ring(r), 0.25, pts);
            grid.addPolygon(QPolygonF(QList<QPointF>(pts.begin(), pts.end())));
            grid.closeSubpath();
        }
        QPainterPath veil;
        veil.setFillRule(Qt::OddEvenFill);
        veil.addRect(QRectF(QPointF(0, 0), v_.size).adjusted(-2, -2, 2, 2));
        veil.addPath(grid);
        p_.save();
        p_.setRenderHint(QPainter::Antialiasing, true);
        p_.fillPath(veil,
                    QColor(255, 255, 255, static_cast<int>(std::lround(std::min(o_.fadeOutsideFocus, 1.0) * 255))));
        const LayerStyle& st = s_.layer(store::Layer::Grids);
        p_.strokePath(grid, pen(st.stroke, st.strokeWidth * 2));
        p_.restore();
    }

    size_t features() const { return features_; }
    /// Grid fills then lie over a basemap: blended, never pre-blended with the background.
    void setOverBasemap(bool over) { overBasemap_ = over; }
    bool stopped() const { return stop_.stop_requested(); }

private:
    QPen pen(const QColor& c, double width) const { return linePen(c, width, v_.devicePixelRatio, v_.output); }

    // Screen output gathers sub-pixel features into a raster; vector output draws real points.
    DotRaster* dots() {
        if (v_.output != OutputKind::Screen) return nullptr;
        if (!dots_) dots_.emplace(v_.size, v_.devicePixelRatio);
        return &*dots_;
    }

    const LayerStyle* shown(store::Layer l) const {
        const LayerStyle& st = s_.layer(l);
        return st.visible && v_.metresPerPixel <= st.maxMetresPerPixel ? &st : nullptr;
    }

    static std::vector<uint32_t> valid(const std::vector<uint32_t>& ids, size_t n) {
        std::vector<uint32_t> out;
        for (uint32_t i : ids)
            if (i < n) out.push_back(i);
        return out;
    }

    void water(const LayerStyle& st) {
        const auto& g = m_.water().geometry;
        const ScreenMapping map(v_, g.origin());
        FeaturePainter fp(p_, map, dots());
        std::vector<uint32_t> polygons, lines;
        for (uint32_t f : visibleIds(g, window_))
            (g.kind(f) == model::ShapeKind::Polygon ? polygons : lines).push_back(f);
        features_ += fp.polygons(g, polygons, QBrush(st.fill), pen(st.stroke, st.strokeWidth), {1.5, 3, 4, true});
        const double w = std::clamp(8 / v_.metresPerPixel, 1.2, 12.0);
        features_ += fp.lines(g, lines, pen(st.fill, w), true);
    }

    void compounds(const LayerStyle& st) {
        const auto& g = m_.compounds().geometry;
        const ScreenMapping map(v_, g.origin());
        FeaturePainter fp(p_, map, dots());
        features_ +=
            fp.polygons(g, visibleIds(g, window_), QBrush(st.fill), pen(st.stroke, st.strokeWidth), {1.5, 3, 12, true});
    }

    void roads(const LayerStyle& st) {
        const auto& l = m_.roads();
        const ScreenMapping map(v_, l.geometry.origin());
        FeaturePainter fp(p_, map, dots());
        std::vector<uint32_t> byClass[5];
        for (uint32_t f : visibleIds(l.geometry, window_))
            byClass[static_cast<size_t>(l.features[f].roadClass)].push_back(f);
        const bool aa = v_.metresPerPixel <= 3;
        auto width = [&](RoadClass c) {
            const RoadWidth w = roadWidth(c);
            return std::clamp(w.metres / v_.metresPerPixel, w.minPx, w.maxPx);
        };
        // How each class looks at this scale. Narrow: a line in the casing colour. Wide enough
        // for a fill: a cased road (casing, then fill), except lanes zoomed out and paths, which
        // stay uncased: white on the grid fills reads well, and lanes are most of the segments.
        enum class Look { Hidden, Thin, Plain, Cased };
        const double mpp = v_.metresPerPixel;
        const auto look = [&](RoadClass c) {
            // Zoomed out, lanes and paths are texture, not information: leave them out.
            if ((c == RoadClass::Path || c == RoadClass::Service) && mpp > 4) return Look::Hidden;
            if (width(c) < 2.5) return Look::Thin;
            if (c == RoadClass::Path || (c == RoadClass::Service && mpp > 0.7)) return Look::Plain;
            return Look::Cased;
        };
        const double casing = std::max(0.8, st.strokeWidth);
        // All thin lines and casings first, then all fills, so junctions join cleanly.
        for (RoadClass c : kRoadOrder) {
            const auto& ids = byClass[static_cast<size_t>(c)];
            if (look(c) == Look::Thin) {
                QPen thin = pen(c == RoadClass::Path ? st.stroke.lighter(110) : st.stroke.darker(105), width(c));
                if (c == RoadClass::Path) thin.setStyle(Qt::DashLine);
                features_ += fp.lines(l.geometry, ids, thin, aa);
            } else if (look(c) == Look::Cased) {
                features_ += fp.lines(l.geometry, ids, pen(st.stroke, width(c) + 2 * casing), aa);
            }
        }
        for (RoadClass c : kRoadOrder) {
            const auto& ids = byClass[static_cast<size_t>(c)];
            if (look(c) != Look::Plain && look(c) != Look::Cased) continue;
            const size_t drawn = fp.lines(l.geometry, ids, pen(roadFill(c, st.fill), width(c)), aa);
            if (look(c) == Look::Plain) features_ += drawn;
        }
    }

    void buildings(const LayerStyle& st) {
        const auto& g = m_.buildings().geometry;
        const ScreenMapping map(v_, g.origin());
        FeaturePainter fp(p_, map, dots());
        const std::vector<uint32_t> ids = visibleIds(g, window_);
        const QPen outline = v_.metresPerPixel <= 0.8 ? pen(st.stroke, st.strokeWidth) : QPen(Qt::NoPen);
        const PolygonLod lod{1.5, 3, 6, v_.metresPerPixel <= 0.3};
        // In chunks, so a newer frame can cancel this one mid-layer.
        constexpr size_t kChunk = 16384;
        for (size_t i = 0; i < ids.size() && !stopped(); i += kChunk)
            features_ += fp.polygons(g, std::span(ids).subspan(i, std::min(kChunk, ids.size() - i)), QBrush(st.fill),
                                     outline, lod);
    }

    // Fills batched by status (and by focus for print).
    void gridFills(const LayerStyle& st) {
        const auto& l = m_.grids();
        const ScreenMapping map(v_, l.geometry.origin());
        FeaturePainter fp(p_, map, dots());
        std::vector<uint32_t> buckets[6];
        for (uint32_t f : visibleIds(l.geometry, window_)) {
            const bool faded = o_.focusGrid && *o_.focusGrid != f;
            buckets[static_cast<size_t>(l.features[f].status) + (faded ? 3 : 0)].push_back(f);
        }
        // Straight on the opaque background (grids first in the order, the default), a
        // translucent fill equals its colour blended with the background: filled opaque it costs
        // a plain span fill instead of a read-blend-write of every pixel.
        const bool onBackground = !overBasemap_ && !s_.order.empty() && s_.order.front() == store::Layer::Grids &&
                                  s_.background.alpha() == 255 && p_.opacity() == 1.0;
        for (size_t b = 0; b < 6; ++b) {
            if (buckets[b].empty()) continue;
            const double alpha = st.opacity * (b >= 3 ? 0.35 : 1.0);
            const QColor fill = onBackground ? over(s_.statusFill[b % 3], alpha, s_.background)
                                             : withAlpha(s_.statusFill[b % 3], alpha);
            features_ += fp.polygons(l.geometry, buckets[b], QBrush(fill), QPen(Qt::NoPen), {1.5, 3, 0, false});
        }
    }

    void gridOutlines(const LayerStyle& st) {
        if (st.strokeWidth <= 0) return;
        const auto& l = m_.grids();
        const ScreenMapping map(v_, l.geometry.origin());
        FeaturePainter fp(p_, map, dots());
        std::vector<uint32_t> focused, others;
        for (uint32_t f : visibleIds(l.geometry, window_))
            (o_.focusGrid && *o_.focusGrid != f ? others : focused).push_back(f);
        // Zoomed out, many grids: hairlines, lighter, so the district does not turn black.
        const bool many = v_.metresPerPixel > 3;
        const double width = many ? 0 : st.strokeWidth;
        fp.outlines(l.geometry, others, pen(over(st.stroke, 0.45, Qt::white), width * 0.8), true);
        fp.outlines(l.geometry, focused,
                    pen(many ? withAlpha(st.stroke, 0.65) : st.stroke, width * (o_.focusGrid ? 2 : 1)), true);
    }

    void communities(const LayerStyle& st) {
        const auto& g = m_.communities().geometry;
        const ScreenMapping map(v_, g.origin());
        FeaturePainter fp(p_, map, dots());
        const std::vector<uint32_t> ids = visibleIds(g, window_);
        if (v_.metresPerPixel > 3) {
            // Zoomed out: a plain line, unantialiased (thousands of segments); dashes and the band
            // would only thicken the lattice.
            features_ += fp.outlines(g, ids, pen(st.stroke, st.strokeWidth * 0.7), false);
            return;
        }
        // A soft wide band under a dashed line: a boundary that reads over any fill.
        fp.outlines(g, ids, pen(over(st.stroke, 0.25, Qt::white), st.strokeWidth * 2.4), true);
        QPen dashed = pen(st.stroke, st.strokeWidth);
        dashed.setStyle(Qt::CustomDashLine);
        dashed.setDashPattern({4, 2});
        dashed.setCapStyle(Qt::FlatCap);
        features_ += fp.outlines(g, ids, dashed, true);
    }

    void organisations(const LayerStyle& st) {
        const auto& g = m_.organisations().geometry;
        const ScreenMapping map(v_, g.origin());
        FeaturePainter fp(p_, map, dots());
        features_ += fp.points(g, visibleIds(g, window_), QBrush(st.fill), QPen(st.stroke, 1), 3.5);
    }

    void issues(const LayerStyle& st) {
        const model::IssuePoints& is = m_.issues();
        const ScreenMapping map(v_, m_.origin());
        std::vector<QPointF> at;
        is.index.visit(window_, [&](uint32_t i) { at.push_back(map(is.points[i])); });
        if (at.empty()) return;
        if (v_.metresPerPixel <= 2) {
            p_.setRenderHint(QPainter::Antialiasing, true);
            p_.setPen(QPen(st.stroke, 0.8));
            p_.setBrush(st.fill);
            for (const QPointF& d : at) p_.drawEllipse(d, 3, 3);
        } else if (DotRaster* raster = dots()) {
            for (const QPointF& d : at) raster->add(d, st.fill);
        } else {
            p_.setRenderHint(QPainter::Antialiasing, false);
            p_.setPen(QPen(st.fill, 0));
            p_.drawPoints(at.data(), static_cast<int>(at.size()));
        }
        features_ += at.size();
    }

    QPainter& p_;
    const model::MapModel& m_;
    const MapStyle& s_;
    const MapView& v_;
    const RenderOptions& o_;
    std::stop_token stop_;
    geo::Box window_;
    size_t features_ = 0;
    std::optional<DotRaster> dots_;
    bool overBasemap_ = false;
};

// Where the attribution goes: the bottom right corner.
QRectF attributionRect(const QString& text, const MapView& view, const QFont& font) {
    const QFontMetricsF fm(font);
    const double w = fm.horizontalAdvance(text) + 8, h = fm.height() + 2;
    return {view.size.width() - w - 2, view.size.height() - h - 2, w, h};
}

void drawAttribution(QPainter& p, const QString& text, const QRectF& box, const QFont& font) {
    const QFontMetricsF fm(font);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(box, QColor(255, 255, 255, 200));
    p.setFont(font);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawText(QPointF(box.left() + 4, box.top() + 1 + fm.ascent()), text);
    p.restore();
}

// Overlays go over the frame kept for selection changes, so that frame never holds them.
void drawOverlays(QPainter& p, const MapView& view, const RenderOptions& options, std::stop_token stop) {
    for (const auto& o : options.overlays)
        if (o && !stop.stop_requested()) o->draw(p, view, stop);
}

}  // namespace

QString MapRenderer::attributionLine() const {
    QStringList parts;
    if (const QString own = attributionText(*model_, style_); !own.isEmpty()) parts << own;
    for (const auto& b : basemaps_)
        if (b->setting().visible && !b->setting().attribution.empty()) {
            const QString credit = QString::fromStdString(b->setting().attribution);
            if (!parts.contains(credit)) parts << credit;
        }
    return parts.join(QStringLiteral(" · "));
}

QString attributionText(const model::MapModel& model, const MapStyle& style) {
    QStringList parts;
    for (const std::string& line : model.info().attributions) parts << QString::fromStdString(line);
    if (!style.dataSource.isEmpty() && !parts.contains(style.dataSource)) parts << style.dataSource;
    return parts.join(QStringLiteral(" · "));
}

// The last screen frame drawn without its selection, with its labels: what a selection change
// on the same view needs. A view's base is kept from its second frame on, so pans and zooms
// never pay for the copy.
class BaseFrameCache {
public:
    struct Key {
        MapView view;
        std::optional<uint32_t> focusGrid;
        bool labels = true, attribution = true;
        double fade = 0;
        std::vector<QRectF> keepClear;
        friend bool operator==(const Key&, const Key&) = default;
    };
    struct Entry {
        QImage base;
        std::vector<PlacedLabel> labels;
        size_t features = 0;
    };

    std::optional<Entry> find(const Key& key) {
        std::lock_guard lock(mutex_);
        if (entry_ && key_ == key) return entry_;
        return std::nullopt;
    }
    /// True when a frame of `key` should keep its base: the view was drawn just before.
    bool wanted(const Key& key) {
        std::lock_guard lock(mutex_);
        const bool again = last_ && *last_ == key;
        last_ = key;
        return again;
    }
    void store(const Key& key, Entry entry) {
        std::lock_guard lock(mutex_);
        key_ = key;
        entry_ = std::move(entry);
    }

private:
    std::mutex mutex_;
    std::optional<Key> last_;
    Key key_;
    std::optional<Entry> entry_;
};

MapRenderer::MapRenderer(std::shared_ptr<const model::MapModel> model, MapStyle style)
    : model_(std::move(model)),
      style_(std::move(style)),
      sprites_(std::make_shared<LabelSpriteCache>()),
      measures_(std::make_shared<TextMeasures>()),
      frames_(std::make_shared<BaseFrameCache>()) {}

void MapRenderer::setBasemaps(BasemapLayers basemaps) {
    basemaps_ = std::move(basemaps);
    frames_ = std::make_shared<BaseFrameCache>();
}

Result<RenderResult> MapRenderer::render(QPainter& painter, const MapView& view, const RenderOptions& options,
                                         std::stop_token stop) const {
    return draw(painter, view, options, stop, nullptr, nullptr);
}

Result<RenderResult> MapRenderer::draw(QPainter& painter, const MapView& view, const RenderOptions& options,
                                       std::stop_token stop, const QImage* image, QImage* base) const {
    if (auto ok = checkView(view); !ok) return std::unexpected(ok.error());
    if (!painter.isActive()) return fail("the painter is not active (begin() failed or was not called)");
    RenderResult result;
    const QRectF rect(QPointF(0, 0), view.size);
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.fillRect(rect, style_.background);

    Frame frame(painter, *model_, style_, view, options, stop);
    auto clock = std::chrono::steady_clock::now();
    const auto lap = [&](std::string_view stage) {
        const auto now = std::chrono::steady_clock::now();
        result.stages.push_back({stage, std::chrono::duration_cast<std::chrono::microseconds>(now - clock)});
        clock = now;
    };
    const auto listed = [&](store::Layer l) {
        return std::find(style_.order.begin(), style_.order.end(), l) != style_.order.end();
    };

    // Labels are placed in a second thread while the features are drawn: placing only reads the
    // model and measures text, and on two cores it then costs no time of its own.
    const MapFonts fonts = MapFonts::forOutput(view.output);
    const QString attribution = options.attribution ? attributionLine() : QString();
    const QRectF attributionBox =
        attribution.isEmpty() ? QRectF() : attributionRect(attribution, view, fonts.attribution);
    struct Placed {
        std::vector<PlacedLabel> labels;
        std::chrono::microseconds time{0};
    };
    const auto place = [&]() -> Placed {
        const auto began = std::chrono::steady_clock::now();
        LabelEngine engine(rect);
        if (!attributionBox.isEmpty()) engine.reserve(attributionBox);
        for (const QRectF& box : options.keepClear) engine.reserve(box);
        LabelPlacer(*model_, style_, view, fonts, *measures_, engine, options.focusGrid).placeAll(stop);
        return {engine.takePlaced(),
                std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - began)};
    };
    // On a pool thread, not a new one: Qt's font caches are per thread, and a new thread would
    // load every font again. No pool thread free: placed after the features instead, so the
    // renderer never waits on the pool.
    std::future<Placed> placing;
    if (options.labels) {
        // The task owns its promise: it may still be inside set_value when this frame moves on.
        auto promise = std::make_shared<std::promise<Placed>>();
        placing = promise->get_future();
        if (!QThreadPool::globalInstance()->tryStart([promise, &place] { promise->set_value(place()); })) placing = {};
    }

    // Basemaps under everything, drawn while the labels are placed.
    MapView basemapView = view;
    if (options.basemapPixelRatio > 0)
        basemapView.devicePixelRatio = std::min(view.devicePixelRatio, options.basemapPixelRatio);
    for (const auto& b : basemaps_) {
        if (frame.stopped() || !b->setting().visible) continue;
        if (auto problem = b->draw(painter, basemapView, stop)) result.problems.push_back(std::move(*problem));
        frame.setOverBasemap(true);
    }
    if (!basemaps_.empty()) lap("basemaps");
    for (store::Layer l : style_.order) {
        if (frame.stopped()) break;
        frame.areas(l);
        lap(store::layerDef(l).name);
    }
    if (!frame.stopped()) frame.boundaries(listed(store::Layer::Grids), listed(store::Layer::Communities));
    lap("boundaries");
    for (store::Layer l : style_.order) {
        if (frame.stopped()) break;
        frame.points(l);
    }
    lap("points");
    if (!frame.stopped()) frame.fadeOutsideFocus();
    if (image && base && !frame.stopped()) {
        *base = image->copy();
        lap("keeping the base");
    }
    if (!frame.stopped() && !options.overlays.empty()) {
        drawOverlays(painter, view, options, stop);
        lap("overlays");
    }
    if (!frame.stopped()) frame.selection();
    result.features = frame.features();

    if (!attributionBox.isEmpty() && !frame.stopped())
        drawAttribution(painter, attribution, attributionBox, fonts.attribution);
    if (options.labels) {
        Placed placed = placing.valid() ? placing.get() : place();
        lap("waiting for labels");
        result.stages.push_back({"label placement (parallel)", placed.time});
        result.labels = std::move(placed.labels);
        if (!stop.stop_requested())
            drawLabels(painter, result.labels, HaloStyle{},
                       view.output == OutputKind::Screen ? sprites_.get() : nullptr, view.devicePixelRatio);
        lap("label drawing");
    }
    painter.restore();
    result.cancelled = stop.stop_requested();
    return result;
}

void MapRenderer::overlay(QPainter& painter, const MapView& view, const RenderOptions& options,
                          const std::vector<PlacedLabel>& labels) const {
    painter.save();
    painter.setClipRect(QRectF(QPointF(0, 0), view.size), Qt::IntersectClip);
    drawOverlays(painter, view, options, {});
    Frame(painter, *model_, style_, view, options, {}).selection();
    const MapFonts fonts = MapFonts::forOutput(view.output);
    const QString attribution = options.attribution ? attributionLine() : QString();
    if (!attribution.isEmpty())
        drawAttribution(painter, attribution, attributionRect(attribution, view, fonts.attribution), fonts.attribution);
    drawLabels(painter, labels, HaloStyle{}, sprites_.get(), view.devicePixelRatio);
    painter.restore();
}

Result<RenderedImage> MapRenderer::renderImage(const MapView& view, const RenderOptions& options,
                                               std::stop_token stop) const {
    if (auto ok = checkView(view); !ok) return std::unexpected(ok.error());
    RenderedImage out;
    const BaseFrameCache::Key key{view, options.focusGrid, options.labels, options.attribution,
                                  options.fadeOutsideFocus, options.keepClear};
    const bool cacheable = view.output == OutputKind::Screen;
    if (cacheable) {
        if (auto hit = frames_->find(key)) {
            const auto began = std::chrono::steady_clock::now();
            out.image = hit->base;  // shared until the painter detaches it
            QPainter painter(&out.image);
            overlay(painter, view, options, hit->labels);
            painter.end();
            out.result.labels = std::move(hit->labels);
            out.result.features = hit->features;
            out.result.stages.push_back({"cached base + overlay", std::chrono::duration_cast<std::chrono::microseconds>(
                                                                      std::chrono::steady_clock::now() - began)});
            return out;
        }
    }
    const QSize device(static_cast<int>(std::ceil(view.size.width() * view.devicePixelRatio)),
                       static_cast<int>(std::ceil(view.size.height() * view.devicePixelRatio)));
    out.image = QImage(device, QImage::Format_ARGB32_Premultiplied);
    if (out.image.isNull())
        return fail(
            QStringLiteral("cannot allocate a %1x%2 image").arg(device.width()).arg(device.height()).toStdString());
    out.image.setDevicePixelRatio(view.devicePixelRatio);
    QImage base;
    const bool keep = cacheable && frames_->wanted(key);
    QPainter painter(&out.image);
    auto r = draw(painter, view, options, stop, &out.image, keep ? &base : nullptr);
    painter.end();
    if (!r) return std::unexpected(r.error());
    out.result = std::move(*r);
    if (keep && !base.isNull() && !out.result.cancelled)
        frames_->store(key, {base, out.result.labels, out.result.features});
    return out;
}

}  // namespace ga::render
