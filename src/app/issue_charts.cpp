#include "app/issue_charts.h"

#include <QToolTip>
#include <algorithm>
#include <qcustomplot.h>

#include "render/issue_symbols_layer.h"

namespace ga::app {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

void reset(QCustomPlot& plot) {
    plot.clearPlottables();
    plot.clearItems();
    plot.legend->setVisible(false);
    plot.xAxis->setTickLabelRotation(0);
    plot.setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot.axisRect()->setRangeDrag(Qt::Horizontal);
    plot.axisRect()->setRangeZoom(Qt::Horizontal);
}

// Bars with text labels on the x axis.
QCPBars* bars(QCustomPlot& plot, const QVector<QString>& labels, const QVector<double>& values, const QColor& colour,
              const QString& valueName) {
    QVector<double> ticks;
    for (int i = 0; i < labels.size(); ++i) ticks << i + 1;
    auto* b = new QCPBars(plot.xAxis, plot.yAxis);
    b->setData(ticks, values);
    b->setPen(Qt::NoPen);
    b->setBrush(colour);
    b->setName(valueName);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTicks(ticks, labels);
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setTickLabelRotation(labels.size() > 8 ? -45 : 0);
    plot.xAxis->setRange(0.3, labels.size() + 0.7);
    const double top = values.isEmpty() ? 1 : *std::max_element(values.begin(), values.end());
    plot.yAxis->setRange(0, std::max(1.0, top * 1.12));
    return b;
}

}  // namespace

void plotCategories(QCustomPlot& plot, const analysis::Statistics& s) {
    reset(plot);
    QVector<QString> labels;
    QVector<double> values;
    for (const analysis::StatRow& r : s.rows) {
        labels << q(r.label);
        values << static_cast<double>(r.reported);
    }
    // The axis and range from one set of bars, then one bar per category in its map colour.
    plot.removePlottable(bars(plot, labels, values, Qt::transparent, QString()));
    for (int c = 0; c < values.size(); ++c) {
        auto* b = new QCPBars(plot.xAxis, plot.yAxis);
        b->setData({static_cast<double>(c + 1)}, {values[c]});
        b->setPen(Qt::NoPen);
        b->setBrush(render::issueCategoryColour(static_cast<size_t>(c)));
        b->setName(labels[c]);
    }
    plot.yAxis->setLabel(QObject::tr("事件数"));
    plot.replot();
}

void plotMonthlyTrend(QCustomPlot& plot, const analysis::MonthlyTrend& trend) {
    reset(plot);
    QVector<double> ticks;
    QVector<QString> labels;
    for (size_t m = 0; m < trend.months.size(); ++m) {
        ticks << static_cast<double>(m + 1);
        labels << q(trend.months[m]);
    }
    double top = 1;
    for (size_t c = 0; c < trend.categories.size(); ++c) {
        QVector<double> values;
        bool any = false;
        for (size_t m = 0; m < trend.months.size(); ++m) {
            values << static_cast<double>(trend.counts[m][c]);
            any = any || trend.counts[m][c] > 0;
            top = std::max(top, values.back());
        }
        if (!any) continue;
        QCPGraph* g = plot.addGraph();
        g->setData(ticks, values);
        g->setName(q(trend.categories[c]));
        g->setPen(QPen(render::issueCategoryColour(c), 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTicks(ticks, labels);
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setTickLabelRotation(trend.months.size() > 12 ? -45 : 0);
    plot.xAxis->setRange(0.5, static_cast<double>(trend.months.size()) + 0.5);
    plot.yAxis->setRange(0, top * 1.12);
    plot.yAxis->setLabel(QObject::tr("事件数"));
    // The legend in a column of its own to the right, where it hides no line.
    if (plot.legend->layout() == plot.axisRect()->insetLayout()) {
        plot.axisRect()->insetLayout()->take(plot.legend);
        // In a column of its own, at the top, as tall as its entries.
        auto* column = new QCPLayoutGrid;
        plot.plotLayout()->addElement(0, 1, column);
        plot.plotLayout()->setColumnStretchFactor(1, 0.001);
        column->addElement(0, 0, plot.legend);
        column->addElement(1, 0, new QCPLayoutElement(&plot));
        column->setRowStretchFactor(0, 0.001);
        plot.legend->setMargins(QMargins(6, 4, 6, 4));
        plot.legend->setRowSpacing(0);
    }
    plot.legend->setVisible(true);
    plot.legend->setFont(QFont(plot.font().family(), 8));
    plot.replot();
}

void plotClosureRates(QCustomPlot& plot, const analysis::Statistics& s) {
    reset(plot);
    std::vector<const analysis::StatRow*> rows;
    for (const analysis::StatRow& r : s.rows)
        if (r.accepted > 0 && !r.key.empty()) rows.push_back(&r);
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto* a, const auto* b) { return a->closureRate() < b->closureRate(); });
    QVector<QString> labels;
    QVector<double> values;
    for (const auto* r : rows) {
        labels << q(r->label.empty() ? r->key : r->label);
        values << r->closureRate() * 100;
    }
    bars(plot, labels, values, QColor(0x00, 0x9E, 0x73), QObject::tr("办结率 %"));
    plot.yAxis->setRange(0, 105);
    plot.yAxis->setLabel(QObject::tr("办结率 (%)"));
    plot.xAxis->setRange(0.3, std::min<double>(labels.size(), 40) + 0.7);
    plot.replot();
}

void plotTopGrids(QCustomPlot& plot, const analysis::Statistics& s, int count) {
    reset(plot);
    std::vector<const analysis::StatRow*> rows;
    for (const analysis::StatRow& r : s.rows)
        if (!r.key.empty()) rows.push_back(&r);
    std::stable_sort(rows.begin(), rows.end(), [](const auto* a, const auto* b) { return a->reported > b->reported; });
    if (rows.size() > static_cast<size_t>(count)) rows.resize(static_cast<size_t>(count));
    QVector<QString> labels;
    QVector<double> values;
    for (const auto* r : rows) {
        labels << q(r->label.empty() ? r->key : r->label);
        values << static_cast<double>(r->reported);
    }
    bars(plot, labels, values, QColor(0xD5, 0x5E, 0x00), QObject::tr("事件数"));
    plot.yAxis->setLabel(QObject::tr("事件数"));
    plot.replot();
}

void enableHoverValues(QCustomPlot& plot) {
    plot.setMouseTracking(true);
    QObject::connect(&plot, &QCustomPlot::mouseMove, &plot, [&plot](QMouseEvent* e) {
        QString text;
        double best = 12;  // pixels
        for (int i = 0; i < plot.plottableCount(); ++i) {
            QCPAbstractPlottable* p = plot.plottable(i);
            QVariant details;
            const double d = p->selectTest(e->position(), false, &details);
            if (d < 0 || d >= best) continue;
            const QCPDataSelection sel = details.value<QCPDataSelection>();
            if (sel.isEmpty()) continue;
            const int at = sel.dataRange().begin();
            auto* ticker = dynamic_cast<QCPAxisTickerText*>(plot.xAxis->ticker().data());
            double key = 0, value = 0;
            if (auto* b = qobject_cast<QCPBars*>(p)) {
                key = b->data()->at(at)->key;
                value = b->data()->at(at)->value;
            } else if (auto* g = qobject_cast<QCPGraph*>(p)) {
                key = g->data()->at(at)->key;
                value = g->data()->at(at)->value;
            } else {
                continue;
            }
            best = d;
            const QString label = ticker ? ticker->ticks().value(key) : QString::number(key);
            const QString number = QString::number(value, 'f', value == std::floor(value) ? 0 : 1);
            text = label == p->name() ? QStringLiteral("%1: %2").arg(label, number)
                                      : QStringLiteral("%1  %2: %3").arg(label, p->name(), number);
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(e->globalPosition().toPoint(), text, &plot);
    });
}

}  // namespace ga::app
