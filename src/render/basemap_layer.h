#pragma once
// Basemaps under the map: an orthophoto, an MBTiles file or a tile service (io::BasemapSource),
// drawn by MapRenderer below every layer. A source's pixels are cached as 512-px tiles in the
// project CRS at levels √2 apart, so panning reuses most of them and a zoom within a level only
// rescales; the last view's image is kept whole, so a frame that changes only the vector layers
// (a style, a selection) costs one blit. Tiles are made on the render workers, never on the UI thread.
#include <QImage>
#include <QPainter>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "io/basemap_source.h"
#include "render/map_view.h"
#include "store/basemap_settings.h"

namespace ga::render {

/// The cached pixels of one source, shared by every layer made from it (a new opacity or
/// visibility keeps the tiles). Thread-safe.
class BasemapTiles {
public:
    /// Tile edge in device pixels, and the tiles kept (about 1 MB each).
    static constexpr int kTileSize = 512;
    explicit BasemapTiles(std::shared_ptr<const io::BasemapSource> source, size_t maxTiles = 96);
    ~BasemapTiles();

    const io::BasemapSource& source() const { return *source_; }

    struct Frame {
        QImage image;         ///< the view's device pixels with its pixel ratio; null when nothing is in view
        std::string problem;  ///< why some of it is missing (a tile service that did not answer), else empty
    };
    /// The basemap as seen in `view`; tiles that fail are retried after a while, not every frame.
    Frame frame(const MapView& view, std::stop_token stop = {}) const;

    /// Tiles in the cache (for tests and benchmarks).
    size_t cachedTiles() const;

private:
    struct Cache;
    std::shared_ptr<const io::BasemapSource> source_;
    std::unique_ptr<Cache> cache_;
};

/// One basemap of the project as drawn: its tiles and the user's settings.
class BasemapLayer {
public:
    BasemapLayer(std::shared_ptr<const BasemapTiles> tiles, store::BasemapSetting setting);

    const store::BasemapSetting& setting() const { return setting_; }
    const std::shared_ptr<const BasemapTiles>& tiles() const { return tiles_; }
    /// The same basemap with other settings (opacity, visibility, name): the tiles are kept.
    std::shared_ptr<const BasemapLayer> with(store::BasemapSetting setting) const;

    /// Draws the basemap at its opacity into the rectangle (0, 0, view.size) of the painter, as
    /// MapRenderer draws layers; returns why part of it is missing, if it is.
    std::optional<std::string> draw(QPainter& painter, const MapView& view, std::stop_token stop = {}) const;

private:
    std::shared_ptr<const BasemapTiles> tiles_;
    store::BasemapSetting setting_;
};

using BasemapLayers = std::vector<std::shared_ptr<const BasemapLayer>>;

/// Opens basemaps for drawing in EPSG:`srid`, bottom first. One that cannot be opened (a file
/// moved away) is left out and its message added to `problems`; layers in `reuse` with the same
/// source keep their tiles.
BasemapLayers openBasemaps(const std::vector<store::BasemapSetting>& settings, int srid,
                           std::vector<std::string>& problems, const BasemapLayers& reuse = {});

}  // namespace ga::render
