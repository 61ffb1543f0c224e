#pragma once
// Per-grid figures as a choropleth overlay: each grid filled by the class its value falls in
// (issues per grid, per 100 households, closure rate, overdue count), with a legend of the
// classes. Grids without a value are left unfilled.
#include <QColor>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

#include "model/map_model.h"
#include "render/map_overlay.h"

namespace ga::render {

struct ChoroplethStyle {
    QString title;
    int classes = 5;        ///< 2–7
    double opacity = 0.78;
    int decimals = 0;       ///< in the legend's class limits
    QString suffix;         ///< after each limit ("%")
    bool legend = true;
};

/// Class limits splitting `values` into `classes` classes of about equal counts (quantiles);
/// returns the upper limit of each class but the last, ascending, without repeats.
std::vector<double> quantileBreaks(std::vector<double> values, int classes);
/// The class of `v` for these breaks (0 … breaks.size()).
int classOf(double v, const std::vector<double>& breaks);
/// Colours from light to dark for `classes` classes (yellow to red).
std::vector<QColor> choroplethColours(int classes);

class ChoroplethLayer : public MapOverlay {
public:
    /// `values[g]` belongs to model grid g (MapModel::grids() index); nullopt leaves it unfilled.
    ChoroplethLayer(std::shared_ptr<const model::MapModel> model, std::vector<std::optional<double>> values,
                    ChoroplethStyle style);

    void draw(QPainter& painter, const MapView& view, std::stop_token stop) const override;

    const std::vector<double>& breaks() const { return breaks_; }
    const ChoroplethStyle& style() const { return style_; }
    /// The fill of model grid g, or an invalid colour when it has no value.
    QColor fillOf(uint32_t grid) const;

private:
    std::shared_ptr<const model::MapModel> model_;
    std::vector<std::optional<double>> values_;
    ChoroplethStyle style_;
    std::vector<double> breaks_;
    std::vector<QColor> colours_;
};

}  // namespace ga::render
