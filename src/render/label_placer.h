#pragma once
// Makes the label candidates of each layer and offers them to the LabelEngine in priority order:
// community names (zoomed out), grid labels, road names along the roads, compound names, water
// names, building numbers (zoomed in), organisation names.
#include <QFontMetricsF>
#include <optional>
#include <stop_token>

#include "model/map_model.h"
#include "render/label_engine.h"
#include "render/map_fonts.h"
#include "render/map_style.h"
#include "render/map_view.h"
#include "render/text_measures.h"

namespace ga::render {

class LabelPlacer {
public:
    LabelPlacer(const model::MapModel& model, const MapStyle& style, const MapView& view, const MapFonts& fonts,
                TextMeasures& measures, LabelEngine& engine, std::optional<uint32_t> focusGrid);

    /// Offers every layer's labels in kLabelPriority order; stops early when `stop` is requested.
    void placeAll(std::stop_token stop);

private:
    // A font with its metrics and its key for the text measure cache.
    struct Face {
        explicit Face(const QFont& f) : font(f), metrics(f), key(f.key()) {}
        const QFont& font;
        QFontMetricsF metrics;
        QString key;
    };
    struct Line {
        QString text;
        const Face* face;
        QColor colour;
    };
    bool shows(store::Layer layer) const;
    // A block of centred lines around `centre`; the parts and boxes of one straight label.
    PlacedLabel block(LabelKind kind, uint32_t feature, QPointF centre, std::span<const Line> lines) const;
    double width(const Face& face, const QString& text) const { return measures_.width(face.key, face.metrics, text); }
    // True when the label's box lies inside polygon feature f of g (corners and centre).
    bool inside(const model::FeatureGeometry& g, uint32_t f, const PlacedLabel& label) const;

    void communities();
    void grids();
    void roads(std::stop_token stop);
    void compounds();
    void water();
    void buildings(std::stop_token stop);
    void organisations();

    const model::MapModel& model_;
    const MapStyle& style_;
    const MapView& view_;
    const MapFonts& fonts_;
    TextMeasures& measures_;
    LabelEngine& engine_;
    std::optional<uint32_t> focusGrid_;
    geo::Box window_;
    Face community_, gridName_, gridDetail_, road_, compound_, building_, water_, organisation_;
};

}  // namespace ga::render
