#include "click_marker_plugin.h"

#include <optional>

namespace ga::test {
namespace {

class ClickMarker : public plugin::MapTool {
public:
    explicit ClickMarker(plugin::MapCanvasAccess& canvas) : canvas_(canvas) {}
    void release(const plugin::MapMouseEvent& e) override {
        marked_ = e.map;
        canvas_.showMessage(QStringLiteral("marked %1 %2").arg(e.map.x(), 0, 'f', 1).arg(e.map.y(), 0, 'f', 1));
        canvas_.updateOverlay();
    }
    void paintOverlay(QPainter& p) override {
        if (!marked_) return;
        const QPointF c = canvas_.toPixel(*marked_);
        p.setPen(QPen(Qt::red, 2));
        p.drawLine(c - QPointF(6, 6), c + QPointF(6, 6));
        p.drawLine(c - QPointF(6, -6), c + QPointF(6, -6));
    }
    void deactivate() override { marked_.reset(); }

private:
    plugin::MapCanvasAccess& canvas_;
    std::optional<QPointF> marked_;
};

}  // namespace

std::unique_ptr<plugin::MapTool> ClickMarkerPlugin::createTool(plugin::MapCanvasAccess& canvas) {
    return std::make_unique<ClickMarker>(canvas);
}

}  // namespace ga::test
