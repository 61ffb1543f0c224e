#pragma once
// The issue heatmap as a map overlay: kernel density of the filtered issues (analysis/heatmap.h)
// coloured through a ramp from transparent to red, with a legend of its scale. The density is
// computed on screen cells of whole pixels (coarser when the radius spans many pixels) and
// interpolated to every device pixel; on paper (vector output) it is computed within 1% of the
// exact density at the output's pixels. A fixed maximum makes two maps comparable.
#include <QColor>
#include <QImage>
#include <QString>
#include <array>
#include <memory>
#include <optional>

#include "analysis/heatmap.h"
#include "render/map_overlay.h"

namespace ga::render {

/// 256 premultiplied colours from transparent (no density) through blue, green and yellow to red.
class HeatRamp {
public:
    explicit HeatRamp(double opacity = 0.85);
    /// The colour of a value `t` of the maximum (clamped to 0–1), premultiplied.
    QRgb at(double t) const { return lut_[index(t)]; }
    const std::array<QRgb, 256>& table() const { return lut_; }
    static size_t index(double t) { return t <= 0 ? 0 : t >= 1 ? 255 : static_cast<size_t>(t * 255 + 0.5); }

private:
    std::array<QRgb, 256> lut_;
};

struct HeatmapStyle {
    double opacity = 0.85;
    std::optional<double> fixedMax;  ///< the density at the top of the ramp; none: the view's maximum
    bool legend = true;
    QString title = QStringLiteral("事件密度");
    QString fixedNote = QStringLiteral("(固定)");  ///< after the maximum when it is fixed
};

/// Colours density `d` into `image` (device pixels covering `view`), interpolating bilinearly
/// between cell centres, `maxValue` at the top of the ramp; `threads` bands of rows at once.
void colourDensity(const analysis::DensityRaster& d, const MapView& view, double maxValue, const HeatRamp& ramp,
                   QImage& image, int threads = 2);

/// The legend box: the ramp as a bar from 0 to `maxValue`, the title, and `fixedNote` after the
/// maximum when the scale is `fixed`.
void drawHeatLegend(QPainter& painter, const QRectF& box, const HeatRamp& ramp, double maxValue, const QString& title,
                    bool fixed, const QString& fixedNote = QStringLiteral("(固定)"));
/// Size of the legend box in logical px.
QSizeF heatLegendSize(const QString& title);

class HeatmapLayer : public MapOverlay {
public:
    HeatmapLayer(std::shared_ptr<const analysis::IssueTable> table, analysis::HeatmapRequest request,
                 HeatmapStyle style = {});

    void draw(QPainter& painter, const MapView& view, std::stop_token stop) const override;

    /// The overlay of a view: the coloured image (device pixels) and the maximum it was scaled to.
    struct Frame {
        QImage image;
        double max = 0;
        analysis::DensityRaster density;
    };
    Frame frame(const MapView& view) const;

    const analysis::HeatmapRequest& request() const { return request_; }
    const HeatmapStyle& style() const { return style_; }

private:
    std::shared_ptr<const analysis::IssueTable> table_;
    analysis::HeatmapRequest request_;
    HeatmapStyle style_;
    HeatRamp ramp_;
};

}  // namespace ga::render
