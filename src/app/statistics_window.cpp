#include "app/statistics_window.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "app/issue_charts.h"
#include "io/table_writer.h"

namespace ga::app {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

}  // namespace

StatisticsWindow::StatisticsWindow(QWidget* parent)
    : QDialog(parent),
      tabs_(new QTabWidget(this)),
      group_(new QComboBox(this)),
      table_(new QTableWidget(this)),
      summary_(new QLabel(this)),
      chartTabs_(new QTabWidget(this)) {
    setObjectName(QStringLiteral("statisticsWindow"));
    setWindowTitle(tr("事件统计"));
    resize(1000, 640);
    group_->addItem(tr("按网格"), static_cast<int>(analysis::GroupBy::Grid));
    group_->addItem(tr("按社区"), static_cast<int>(analysis::GroupBy::Community));
    group_->addItem(tr("按月份"), static_cast<int>(analysis::GroupBy::Month));
    group_->addItem(tr("按类别"), static_cast<int>(analysis::GroupBy::Category));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSortingEnabled(true);
    table_->verticalHeader()->hide();
    summary_->setWordWrap(true);

    auto* tablePage = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tablePage);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("分组"), tablePage));
    bar->addWidget(group_);
    bar->addStretch(1);
    auto* exportTable = new QPushButton(tr("导出 CSV / XLSX…"), tablePage);
    bar->addWidget(exportTable);
    tableLayout->addLayout(bar);
    tableLayout->addWidget(summary_);
    tableLayout->addWidget(table_, 1);
    tabs_->addTab(tablePage, tr("统计表"));

    auto* chartPage = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartPage);
    const QString names[] = {tr("按类别"), tr("月度趋势"), tr("网格办结率"), tr("事件最多的网格")};
    for (size_t i = 0; i < charts_.size(); ++i) {
        charts_[i] = new QCustomPlot(chartTabs_);
        enableHoverValues(*charts_[i]);
        chartTabs_->addTab(charts_[i], names[i]);
    }
    auto* exportChart = new QPushButton(tr("导出图表 PNG…"), chartPage);
    auto* chartBar = new QHBoxLayout;
    chartBar->addStretch(1);
    chartBar->addWidget(exportChart);
    chartLayout->addWidget(chartTabs_, 1);
    chartLayout->addLayout(chartBar);
    tabs_->addTab(chartPage, tr("图表"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs_);
    connect(group_, &QComboBox::currentIndexChanged, this, &StatisticsWindow::refresh);
    connect(exportTable, &QPushButton::clicked, this, &StatisticsWindow::exportTableDialog);
    connect(exportChart, &QPushButton::clicked, this, &StatisticsWindow::exportChartDialog);
}

void StatisticsWindow::setLedger(std::shared_ptr<const analysis::IssueTable> table, const analysis::IssueFilter& filter) {
    ledger_ = std::move(table);
    filter_ = filter;
    refresh();
}

void StatisticsWindow::refresh() {
    table_->clear();
    table_->setRowCount(0);
    if (!ledger_) return;
    const auto by = static_cast<analysis::GroupBy>(group_->currentData().toInt());
    shown_ = analysis::computeStatistics(*ledger_, by, filter_, filter_.now);
    const std::vector<analysis::StatColumn> columns = analysis::statColumns(by);
    table_->setSortingEnabled(false);
    table_->setColumnCount(static_cast<int>(columns.size()));
    QStringList headers;
    for (const auto& c : columns) headers << q(c.label);
    table_->setHorizontalHeaderLabels(headers);
    table_->setRowCount(static_cast<int>(shown_.rows.size()) + 1);
    const auto put = [&](int row, const analysis::StatRow& r) {
        for (size_t c = 0; c < columns.size(); ++c) {
            auto* item = new QTableWidgetItem;
            if (columns[c].number && !(columns[c].id == "households" && r.households < 0)) {
                const double v = analysis::statValue(r, columns[c].id);
                // Sorted as numbers, shown as the table writes them (rates as percentages).
                item->setData(Qt::DisplayRole, columns[c].rate ? std::round(v * 1000) / 10 : v);
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            } else {
                item->setText(q(analysis::statCell(r, columns[c])));
            }
            table_->setItem(row, static_cast<int>(c), item);
        }
    };
    for (size_t r = 0; r < shown_.rows.size(); ++r) put(static_cast<int>(r), shown_.rows[r]);
    put(static_cast<int>(shown_.rows.size()), shown_.total);
    table_->resizeColumnsToContents();
    const analysis::StatRow& t = shown_.total;
    summary_->setText(tr("共上报 %1 件，受理 %2 件，办结 %3 件（办结率 %4%），超期 %5 件；矛盾纠纷 %6 件，调处成功 %7 件（成功率 %8%）。")
                          .arg(t.reported)
                          .arg(t.accepted)
                          .arg(t.closed)
                          .arg(t.closureRate() * 100, 0, 'f', 1)
                          .arg(t.overdue)
                          .arg(t.disputes)
                          .arg(t.mediated)
                          .arg(t.mediationRate() * 100, 0, 'f', 1));

    plotCategories(*charts_[0], analysis::computeStatistics(*ledger_, analysis::GroupBy::Category, filter_, filter_.now));
    plotMonthlyTrend(*charts_[1], analysis::monthlyTrend(*ledger_, filter_));
    const analysis::Statistics byGrid =
        by == analysis::GroupBy::Grid ? shown_ : analysis::computeStatistics(*ledger_, analysis::GroupBy::Grid, filter_, filter_.now);
    plotClosureRates(*charts_[2], byGrid);
    plotTopGrids(*charts_[3], byGrid);
}

Result<void> StatisticsWindow::exportTable(const QString& path) const {
    const std::vector<analysis::StatColumn> columns = analysis::statColumns(shown_.by);
    io::Table t;
    t.name = tr("事件统计").toStdString();
    for (const auto& c : columns) t.columns.push_back({std::string(c.label), c.number});
    t.rows = analysis::statCells(shown_);
    return io::writeTable(path.toStdString(), t);
}

Result<void> StatisticsWindow::exportChart(int index, const QString& path) const {
    if (index < 0 || index >= static_cast<int>(charts_.size())) return fail("no such chart");
    QCustomPlot* plot = charts_[static_cast<size_t>(index)];
    const int w = std::max(plot->width(), 800), h = std::max(plot->height(), 500);
    if (!plot->savePng(path, w, h, 2.0)) return fail(QStringLiteral("%1: cannot write the PNG").arg(path).toStdString());
    return {};
}

void StatisticsWindow::exportTableDialog() {
    const QString path = QFileDialog::getSaveFileName(this, tr("导出统计表"), tr("事件统计.xlsx"),
                                                      tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"));
    if (path.isEmpty()) return;
    if (auto r = exportTable(path); !r) QMessageBox::warning(this, tr("导出统计表"), q(r.error().message));
}

void StatisticsWindow::exportChartDialog() {
    const int index = chartTabs_->currentIndex();
    const QString path = QFileDialog::getSaveFileName(this, tr("导出图表"), chartTabs_->tabText(index) + QStringLiteral(".png"),
                                                      tr("PNG 图片 (*.png)"));
    if (path.isEmpty()) return;
    if (auto r = exportChart(index, path); !r) QMessageBox::warning(this, tr("导出图表"), q(r.error().message));
}

}  // namespace ga::app
