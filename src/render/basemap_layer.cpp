#include "render/basemap_layer.h"

#include <fmt/format.h>

#include <chrono>
#include <cmath>
#include <list>
#include <mutex>
#include <unordered_map>

namespace ga::render {
namespace {

using Clock = std::chrono::steady_clock;
// A tile that failed (a server that did not answer) is asked for again after this long.
constexpr auto kRetryAfter = std::chrono::seconds(30);
// More tiles than this in one view means a view far larger than any screen: drawn a level coarser.
constexpr int64_t kMaxTilesPerView = 400;

struct TileKey {
    int level = 0;
    int64_t x = 0, y = 0;
    friend bool operator==(const TileKey&, const TileKey&) = default;
};

struct TileKeyHash {
    size_t operator()(const TileKey& k) const {
        size_t h = std::hash<int64_t>{}(k.x);
        h ^= std::hash<int64_t>{}(k.y) + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
        return h ^ (std::hash<int>{}(k.level) + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2));
    }
};

// Levels lie √2 apart: level k has 2^(k/2) metres per tile pixel.
double levelResolution(int level) { return std::exp2(level / 2.0); }

// The level just finer than (or equal to) `metresPerDevicePixel`, so tiles are only ever shrunk
// when drawn, by at most √2.
int levelFor(double metresPerDevicePixel) {
    return static_cast<int>(std::floor(2 * std::log2(metresPerDevicePixel) + 1e-9));
}

}  // namespace

struct BasemapTiles::Cache {
    struct Entry {
        QImage image;  ///< null: the source has nothing there (or it failed, see failedAt)
        std::optional<Clock::time_point> failedAt;
        std::string problem;
        std::list<TileKey>::iterator use;
    };
    std::mutex mutex;
    size_t maxTiles;
    std::list<TileKey> uses;  ///< most recently used first
    std::unordered_map<TileKey, Entry, TileKeyHash> tiles;
    std::optional<MapView> lastView;
    QImage lastImage;

    explicit Cache(size_t max) : maxTiles(max) {}

    // Looks a tile up; nullopt when it must be made.
    std::optional<Entry> find(const TileKey& key) {
        std::lock_guard lock(mutex);
        const auto it = tiles.find(key);
        if (it == tiles.end()) return std::nullopt;
        if (it->second.failedAt && Clock::now() - *it->second.failedAt > kRetryAfter) {
            uses.erase(it->second.use);
            tiles.erase(it);
            return std::nullopt;
        }
        uses.splice(uses.begin(), uses, it->second.use);
        return it->second;
    }

    void store(const TileKey& key, Entry entry) {
        std::lock_guard lock(mutex);
        if (const auto it = tiles.find(key); it != tiles.end()) {
            uses.erase(it->second.use);
            tiles.erase(it);
        }
        uses.push_front(key);
        entry.use = uses.begin();
        tiles.emplace(key, std::move(entry));
        while (tiles.size() > maxTiles) {
            tiles.erase(uses.back());
            uses.pop_back();
        }
    }
};

BasemapTiles::BasemapTiles(std::shared_ptr<const io::BasemapSource> source, size_t maxTiles)
    : source_(std::move(source)), cache_(std::make_unique<Cache>(std::max<size_t>(maxTiles, 16))) {}

BasemapTiles::~BasemapTiles() = default;

size_t BasemapTiles::cachedTiles() const {
    std::lock_guard lock(cache_->mutex);
    return cache_->tiles.size();
}

BasemapTiles::Frame BasemapTiles::frame(const MapView& view, std::stop_token stop) const {
    {
        std::lock_guard lock(cache_->mutex);
        if (cache_->lastView && *cache_->lastView == view) return {cache_->lastImage, {}};
    }
    const geo::Box window = view.extent();
    const geo::Box& footprint = source_->info().extent;
    if (!footprint.isEmpty() && !footprint.intersects(window)) return {};

    const double deviceRes = view.metresPerPixel / view.devicePixelRatio;
    int level = levelFor(deviceRes);
    double span = kTileSize * levelResolution(level);
    const auto range = [&](double lo, double hi) {
        return std::pair{static_cast<int64_t>(std::floor(lo / span)), static_cast<int64_t>(std::floor(hi / span))};
    };
    auto [x0, x1] = range(window.minx, window.maxx);
    auto [y0, y1] = range(window.miny, window.maxy);
    while ((x1 - x0 + 1) * (y1 - y0 + 1) > kMaxTilesPerView) {
        span = kTileSize * levelResolution(++level);
        std::tie(x0, x1) = range(window.minx, window.maxx);
        std::tie(y0, y1) = range(window.miny, window.maxy);
    }

    const QSize device(static_cast<int>(std::ceil(view.size.width() * view.devicePixelRatio)),
                       static_cast<int>(std::ceil(view.size.height() * view.devicePixelRatio)));
    QImage out(device, QImage::Format_ARGB32_Premultiplied);
    if (out.isNull())
        return {{}, fmt::format("{}: no memory for a {}x{} image", source_->source(), device.width(), device.height())};
    out.fill(Qt::transparent);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    // Tile edges in whole device pixels, computed once per edge, so neighbours meet without seams.
    const auto edgeX = [&](int64_t tx) { return static_cast<int>(std::lround((tx * span - window.minx) / deviceRes)); };
    const auto edgeY = [&](int64_t ty) { return static_cast<int>(std::lround((window.maxy - ty * span) / deviceRes)); };
    std::string problem;
    bool complete = true;
    for (int64_t ty = y1; ty >= y0 && !stop.stop_requested(); --ty)
        for (int64_t tx = x0; tx <= x1 && !stop.stop_requested(); ++tx) {
            const geo::Box box{tx * span, ty * span, (tx + 1) * span, (ty + 1) * span};
            if (!footprint.isEmpty() && !footprint.intersects(box)) continue;
            const TileKey key{level, tx, ty};
            std::optional<Cache::Entry> tile = cache_->find(key);
            if (!tile) {
                Cache::Entry made;
                QImage pixels(kTileSize, kTileSize, QImage::Format_ARGB32_Premultiplied);
                auto drawn = source_->read(
                    box, kTileSize, kTileSize,
                    std::span(reinterpret_cast<uint32_t*>(pixels.bits()), static_cast<size_t>(kTileSize) * kTileSize),
                    stop);
                if (stop.stop_requested()) break;
                if (!drawn) {
                    made.failedAt = Clock::now();
                    made.problem = drawn.error().message;
                } else if (*drawn) {
                    made.image = std::move(pixels);
                }
                cache_->store(key, made);
                tile = std::move(made);
            }
            if (!tile->problem.empty()) {
                complete = false;
                if (problem.empty()) problem = tile->problem;
            }
            if (tile->image.isNull()) continue;
            const QRect target(QPoint(edgeX(tx), edgeY(ty + 1)), QPoint(edgeX(tx + 1) - 1, edgeY(ty) - 1));
            painter.drawImage(target, tile->image);
        }
    painter.end();
    out.setDevicePixelRatio(view.devicePixelRatio);
    if (complete && !stop.stop_requested()) {
        std::lock_guard lock(cache_->mutex);
        cache_->lastView = view;
        cache_->lastImage = out;
    }
    return {std::move(out), std::move(problem)};
}

BasemapLayer::BasemapLayer(std::shared_ptr<const BasemapTiles> tiles, store::BasemapSetting setting)
    : tiles_(std::move(tiles)), setting_(std::move(setting)) {}

std::shared_ptr<const BasemapLayer> BasemapLayer::with(store::BasemapSetting setting) const {
    return std::make_shared<const BasemapLayer>(tiles_, std::move(setting));
}

std::optional<std::string> BasemapLayer::draw(QPainter& painter, const MapView& view, std::stop_token stop) const {
    if (!setting_.visible || setting_.opacity <= 0) return std::nullopt;
    const BasemapTiles::Frame f = tiles_->frame(view, stop);
    if (!f.image.isNull() && !stop.stop_requested()) {
        painter.save();
        painter.setOpacity(painter.opacity() * setting_.opacity);
        painter.drawImage(QPointF(0, 0), f.image);
        painter.restore();
    }
    if (f.problem.empty()) return std::nullopt;
    return fmt::format("basemap {}: {}", setting_.name, f.problem);
}

BasemapLayers openBasemaps(const std::vector<store::BasemapSetting>& settings, int srid,
                           std::vector<std::string>& problems, const BasemapLayers& reuse) {
    BasemapLayers out;
    for (const store::BasemapSetting& s : settings) {
        const auto same = std::find_if(reuse.begin(), reuse.end(),
                                       [&](const auto& l) { return l && l->setting().source == s.source; });
        if (same != reuse.end()) {
            out.push_back((*same)->with(s));
            continue;
        }
        auto source = io::BasemapSource::open(s.source, srid);
        if (!source) {
            problems.push_back(fmt::format("basemap {}: {}", s.name, source.error().message));
            continue;
        }
        out.push_back(std::make_shared<const BasemapLayer>(
            std::make_shared<const BasemapTiles>(std::shared_ptr<const io::BasemapSource>(std::move(*source))), s));
    }
    return out;
}

}  // namespace ga::render
