#pragma once
// How each layer is drawn: fill, stroke, opacity, visibility, labels and the scales they show at.
// A MapStyle is a value: the app edits it in the layer panel and keeps it in the project as JSON.
#include <QColor>
#include <QString>
#include <array>
#include <limits>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/household_range.h"
#include "store/layers.h"
#include "store/project.h"

namespace ga::render {

struct LayerStyle {
    bool visible = true;
    QColor fill;             ///< polygons and points; roads: the road colour
    QColor stroke;           ///< outlines and lines; roads: the casing colour
    double strokeWidth = 1;  ///< logical px
    double opacity = 1;      ///< 0–1, applied to the whole layer
    bool labels = true;
    std::string labelField;  ///< see labelFields() for the values each layer accepts
    /// The layer is drawn only while the scale is at most this many metres per pixel.
    double maxMetresPerPixel = std::numeric_limits<double>::infinity();
    /// Labels show while the scale lies within [labelMinMetresPerPixel, labelMaxMetresPerPixel].
    double labelMinMetresPerPixel = 0;
    double labelMaxMetresPerPixel = std::numeric_limits<double>::infinity();
};

/// The layers a map draws, bottom to top by default. Grid fills lie at the bottom, so water,
/// compounds (translucent), roads and buildings keep their colours over them; boundaries (grid
/// outlines, community lines) are drawn over all areas and lines, and point layers over the
/// boundaries, wherever the order puts their layers.
inline constexpr std::array<store::Layer, 8> kMapLayers = {
    store::Layer::Grids,     store::Layer::Water,       store::Layer::Compounds,     store::Layer::Roads,
    store::Layer::Buildings, store::Layer::Communities, store::Layer::Organisations, store::Layer::Issues};

/// The label fields a layer accepts, the first being the default ("auto" for grids: code, name
/// and household count as they fit).
std::vector<std::string> labelFields(store::Layer layer);

struct MapStyle {
    QColor background{0xF6, 0xF4, 0xF0};
    /// Grid fills by household status: under, in, over range. Blue / grey / orange stay apart for
    /// the common colour-vision deficiencies (after ColorBrewer's diverging schemes, Okabe–Ito hues).
    std::array<QColor, 3> statusFill{QColor(0x3A, 0x8F, 0xD0), QColor(0xA8, 0xA8, 0xA8), QColor(0xE6, 0x8A, 0x00)};
    /// Draw order, bottom to top; layers not listed are not drawn.
    std::vector<store::Layer> order{kMapLayers.begin(), kMapLayers.end()};
    /// Extra data-source text shown in the corner attribution with the project's own lines.
    QString dataSource;

    /// The look GridAtlas ships with.
    static MapStyle defaults();

    LayerStyle& layer(store::Layer l) { return layers_[static_cast<size_t>(l)]; }
    const LayerStyle& layer(store::Layer l) const { return layers_[static_cast<size_t>(l)]; }
    QColor statusColour(RangeStatus s) const { return statusFill[static_cast<size_t>(s)]; }

    /// JSON for the project settings; fromJson(toJson()) gives the same style back.
    std::string toJson() const;
    /// Reads JSON written by toJson(); values left out keep their defaults. The message names the
    /// key that is wrong.
    static Result<MapStyle> fromJson(std::string_view json);

private:
    std::array<LayerStyle, 10> layers_;
};

/// The project's saved style, or the defaults when it has none.
Result<MapStyle> loadMapStyle(store::Project& project);
/// Saves the style into the project.
Result<void> saveMapStyle(store::Project& project, const MapStyle& style);

}  // namespace ga::render
