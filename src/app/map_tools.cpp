#include "app/map_tools.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <cmath>

namespace ga::app {
namespace {

// A click may miss a thin feature by this many pixels; a drag shorter than this is a click.
constexpr double kClickTolerancePx = 4;

geo::Geometry lineOf(const std::vector<geo::Point>& pts, bool closed) {
    if (closed) {
        const std::vector<std::vector<geo::Point>> rings{pts};
        return geo::Geometry::polygon(rings);
    }
    return geo::Geometry::lineString(pts);
}

}  // namespace

QString formatLength(double metres) {
    const QLocale l;
    if (metres < 1000)
        return QCoreApplication::translate("MapTools", "%1 米").arg(l.toString(metres, 'f', metres < 10 ? 1 : 0));
    return QCoreApplication::translate("MapTools", "%1 千米").arg(l.toString(metres / 1000, 'f', 2));
}

QString formatArea(double m2) {
    const QLocale l;
    if (m2 < 10'000) return QCoreApplication::translate("MapTools", "%1 平方米").arg(l.toString(m2, 'f', 0));
    if (m2 < 1'000'000) return QCoreApplication::translate("MapTools", "%1 公顷").arg(l.toString(m2 / 10'000, 'f', 2));
    return QCoreApplication::translate("MapTools", "%1 平方千米").arg(l.toString(m2 / 1'000'000, 'f', 3));
}

void PanTool::press(const plugin::MapMouseEvent& e) {
    if (e.button == Qt::LeftButton) canvas_.beginPan(e.pixel);
}
void PanTool::move(const plugin::MapMouseEvent& e) {
    if (e.buttons & Qt::LeftButton) canvas_.panTo(e.pixel);
}
void PanTool::release(const plugin::MapMouseEvent& e) {
    if (e.button == Qt::LeftButton) canvas_.endPan();
}

void IdentifyTool::release(const plugin::MapMouseEvent& e) {
    if (e.button != Qt::LeftButton) return;
    handler_({e.map.x(), e.map.y()}, kClickTolerancePx * canvas_.metresPerPixel());
}

void SelectTool::press(const plugin::MapMouseEvent& e) {
    if (e.button != Qt::LeftButton) return;
    dragging_ = true;
    start_ = end_ = e.pixel;
}

void SelectTool::move(const plugin::MapMouseEvent& e) {
    if (!dragging_) return;
    end_ = e.pixel;
    canvas_.updateOverlay();
}

void SelectTool::release(const plugin::MapMouseEvent& e) {
    if (!dragging_ || e.button != Qt::LeftButton) return;
    dragging_ = false;
    end_ = e.pixel;
    canvas_.updateOverlay();
    SelectGesture g;
    g.add = e.modifiers & Qt::ShiftModifier;
    g.buildings = e.modifiers & Qt::ControlModifier;
    const QRectF r = QRectF(start_, end_).normalized();
    g.rectangle = rectangle_ && (r.width() > kClickTolerancePx || r.height() > kClickTolerancePx);
    const geo::Point a = canvas_.mapPoint(r.topLeft()), b = canvas_.mapPoint(r.bottomRight());
    g.point = canvas_.mapPoint(r.center());
    if (g.rectangle) {
        g.box = {std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)};
    } else {
        const double t = kClickTolerancePx * canvas_.metresPerPixel();
        g.point = canvas_.mapPoint(end_);
        g.box = {g.point.x - t, g.point.y - t, g.point.x + t, g.point.y + t};
    }
    handler_(g);
}

void SelectTool::paintOverlay(QPainter& p) {
    if (!dragging_ || !rectangle_) return;
    p.setPen(QPen(QColor(0x1F, 0x5F, 0x99), 1, Qt::DashLine));
    p.setBrush(QColor(0x3A, 0x8F, 0xD0, 40));
    p.drawRect(QRectF(start_, end_).normalized());
}

void MeasureTool::press(const plugin::MapMouseEvent& e) {
    if (e.button != Qt::LeftButton) return;
    if (finished_) {
        points_.clear();
        finished_ = false;
    }
    points_.push_back({e.map.x(), e.map.y()});
    canvas_.showMessage(text());
    canvas_.updateOverlay();
}

void MeasureTool::move(const plugin::MapMouseEvent& e) {
    cursor_ = geo::Point{e.map.x(), e.map.y()};
    if (!points_.empty() && !finished_) {
        canvas_.showMessage(text());
        canvas_.updateOverlay();
    }
}

void MeasureTool::doubleClick(const plugin::MapMouseEvent&) {
    // The double-click's first press added the last vertex already.
    finished_ = true;
    canvas_.showMessage(text());
    canvas_.updateOverlay();
}

bool MeasureTool::key(int qtKey) {
    if (qtKey != Qt::Key_Escape) return false;
    deactivate();
    canvas_.updateOverlay();
    return true;
}

void MeasureTool::deactivate() {
    points_.clear();
    cursor_.reset();
    finished_ = false;
}

std::vector<geo::Point> MeasureTool::withCursor() const {
    std::vector<geo::Point> pts = points_;
    if (!finished_ && cursor_ && !pts.empty()) pts.push_back(*cursor_);
    return pts;
}

double MeasureTool::length() const {
    const auto pts = withCursor();
    if (pts.size() < 2) return 0;
    return geo::length(lineOf(pts, area_ && pts.size() >= 3));
}

double MeasureTool::area() const {
    const auto pts = withCursor();
    if (!area_ || pts.size() < 3) return 0;
    return geo::area(lineOf(pts, true));
}

QString MeasureTool::text() const {
    if (area_)
        return QCoreApplication::translate("MapTools", "面积 %1，周长 %2")
            .arg(formatArea(area()), formatLength(length()));
    return QCoreApplication::translate("MapTools", "距离 %1").arg(formatLength(length()));
}

void MeasureTool::paintOverlay(QPainter& p) {
    const auto pts = withCursor();
    if (pts.empty()) return;
    QPolygonF poly;
    for (const geo::Point& pt : pts) poly << canvas_.toPixel({pt.x, pt.y});
    const QColor ink(0xC4, 0x3E, 0x1C);
    p.setPen(QPen(ink, 2));
    if (area_ && poly.size() >= 3) {
        p.setBrush(QColor(0xC4, 0x3E, 0x1C, 45));
        p.drawPolygon(poly);
    } else {
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(poly);
    }
    p.setBrush(Qt::white);
    for (const QPointF& v : poly) p.drawEllipse(v, 3, 3);
    // The running figure beside the last vertex, on a white box so it reads over any map.
    const QString label = text();
    const QFontMetricsF fm(p.font());
    QRectF box = fm.boundingRect(label).adjusted(-4, -2, 4, 2);
    box.moveTopLeft(poly.last() + QPointF(10, 8));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(box, 3, 3);
    p.setPen(ink);
    p.drawText(box, Qt::AlignCenter, label);
}

}  // namespace ga::app
