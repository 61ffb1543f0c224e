#include "render/issue_symbols_layer.h"

#include <QFontMetricsF>

#include "ledger/workflow.h"
#include "render/map_fonts.h"

namespace ga::render {
namespace {

// Okabe–Ito colours (distinguishable with colour-blindness), then greys for extra categories.
const QColor kColours[] = {QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x72, 0xB2), QColor(0xCC, 0x79, 0xA7),
                           QColor(0x00, 0x9E, 0x73), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                           QColor(0x88, 0x44, 0xAA), QColor(0x66, 0x66, 0x66)};
constexpr uint8_t kOpen = 1, kOverdue = 2, kFinished = 3;

}  // namespace

QColor issueCategoryColour(size_t index) { return index < std::size(kColours) ? kColours[index] : QColor(0x99, 0x99, 0x99); }

IssueSymbolsLayer::IssueSymbolsLayer(std::shared_ptr<const analysis::IssueTable> table,
                                     const analysis::IssueFilter& filter, QString legend)
    : table_(std::move(table)), legend_(std::move(legend)) {
    if (!table_) return;
    analysis::IssueFilter f = filter;
    f.locatedOnly = true;
    shown_.assign(table_->size(), 0);
    for (uint32_t i : analysis::selectIssues(*table_, f)) {
        const auto s = static_cast<ledger::State>(table_->state(i));
        shown_[i] = ledger::isFinal(s) ? kFinished : table_->overdue(i, filter.now) ? kOverdue : kOpen;
        ++count_;
    }
}

void IssueSymbolsLayer::draw(QPainter& p, const MapView& view, std::stop_token stop) const {
    if (!table_ || count_ == 0 || stop.stop_requested()) return;
    const analysis::IssueTable& t = *table_;
    const geo::Box window = view.extent();
    const double k = 1 / view.metresPerPixel;
    const geo::Point o = t.origin();
    const double x0 = window.minx - o.x, y0 = window.maxy - o.y;
    const bool symbols = view.metresPerPixel <= 4;
    const double r = view.metresPerPixel <= 1 ? 5 : 3.5;
    std::vector<std::vector<QPointF>> open(t.categories().size()), overdue(t.categories().size()),
        finished(t.categories().size());
    t.index().visit(window, [&](uint32_t i) {
        const uint8_t s = shown_[i];
        if (!s) return;
        const QPointF at((t.x(i) - x0) * k, (y0 - t.y(i)) * k);
        (s == kOpen ? open : s == kOverdue ? overdue : finished)[t.category(i)].push_back(at);
    });
    p.save();
    p.setRenderHint(QPainter::Antialiasing, symbols);
    for (size_t c = 0; c < open.size(); ++c) {
        const QColor colour = issueCategoryColour(c);
        if (!symbols) {
            p.setPen(QPen(colour, 2.5, Qt::SolidLine, Qt::RoundCap));
            for (const auto* v : {&finished[c], &open[c], &overdue[c]}) p.drawPoints(v->data(), static_cast<int>(v->size()));
            continue;
        }
        p.setPen(QPen(colour, 1.6));
        p.setBrush(Qt::white);
        for (const QPointF& at : finished[c]) p.drawEllipse(at, r * 0.8, r * 0.8);
        p.setPen(QPen(Qt::white, 1));
        p.setBrush(colour);
        for (const QPointF& at : open[c]) p.drawEllipse(at, r, r);
        p.setPen(QPen(QColor(0xD0, 0x10, 0x10), 2));
        for (const QPointF& at : overdue[c]) p.drawEllipse(at, r + 0.5, r + 0.5);
    }
    if (!legend_.isEmpty()) {
        const QFont font = MapFonts::forOutput(view.output).legend;
        const QFontMetricsF fm(font);
        double w = fm.horizontalAdvance(legend_);
        for (const std::string& c : t.categories()) w = std::max(w, fm.horizontalAdvance(QString::fromStdString(c)) + 22);
        const double row = fm.height() + 2;
        const QRectF box(10, 10, w + 16, row * double(t.categories().size() + 1) + 10);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(QColor(0, 0, 0, 60), 1));
        p.setBrush(QColor(255, 255, 255, 225));
        p.drawRoundedRect(box, 4, 4);
        p.setFont(font);
        for (size_t c = 0; c < t.categories().size(); ++c) {
            const double y = box.top() + 5 + row * double(c);
            p.setPen(QPen(Qt::white, 1));
            p.setBrush(issueCategoryColour(c));
            p.drawEllipse(QPointF(box.left() + 14, y + row / 2), 4.5, 4.5);
            p.setPen(QColor(0x22, 0x22, 0x22));
            p.drawText(QPointF(box.left() + 26, y + fm.ascent()), QString::fromStdString(t.categories()[c]));
        }
        p.setPen(QColor(0x44, 0x44, 0x44));
        p.drawText(QPointF(box.left() + 8, box.top() + 5 + row * double(t.categories().size()) + fm.ascent()),
                   legend_);
    }
    p.restore();
}

}  // namespace ga::render
