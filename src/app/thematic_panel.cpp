#include "app/thematic_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include "analysis/statistics.h"
#include "render/choropleth_layer.h"
#include "render/heatmap_layer.h"
#include "render/issue_symbols_layer.h"

namespace ga::app {
namespace {

// How long the player shows each month.
constexpr int kPlayStepMs = 800;

}  // namespace

ThematicPanel::ThematicPanel(QWidget* parent)
    : QWidget(parent),
      symbols_(new QCheckBox(tr("事件点（按类别、状态）"), this)),
      heatmap_(new QCheckBox(tr("热力图"), this)),
      radius_(new QSpinBox(this)),
      weight_(new QComboBox(this)),
      fixedMax_(new QCheckBox(tr("固定最大值"), this)),
      max_(new QDoubleSpinBox(this)),
      byMonth_(new QCheckBox(tr("按月"), this)),
      slider_(new QSlider(Qt::Horizontal, this)),
      play_(new QPushButton(tr("播放"), this)),
      month_(new QLabel(this)),
      choropleth_(new QComboBox(this)) {
    setObjectName(QStringLiteral("thematicPanel"));
    heatmap_->setObjectName(QStringLiteral("heatmapSwitch"));
    radius_->setRange(10, 5000);
    radius_->setSingleStep(10);
    radius_->setValue(150);
    radius_->setSuffix(tr(" 米"));
    weight_->addItem(tr("按数量"), static_cast<int>(analysis::HeatWeight::Count));
    weight_->addItem(tr("按等级加权"), static_cast<int>(analysis::HeatWeight::Severity));
    max_->setRange(0.01, 1e7);
    max_->setDecimals(2);
    max_->setValue(10);
    max_->setEnabled(false);
    max_->setToolTip(tr("两张热力图用同一最大值才可比较（两个月、两个社区）"));
    slider_->setEnabled(false);
    slider_->setPageStep(1);
    play_->setEnabled(false);
    play_->setCheckable(true);
    choropleth_->setObjectName(QStringLiteral("choroplethKind"));
    choropleth_->addItem(tr("不显示"), static_cast<int>(Choropleth::None));
    choropleth_->addItem(tr("事件数"), static_cast<int>(Choropleth::Issues));
    choropleth_->addItem(tr("每百户事件数"), static_cast<int>(Choropleth::Per100Households));
    choropleth_->addItem(tr("办结率"), static_cast<int>(Choropleth::ClosureRate));
    choropleth_->addItem(tr("超期数"), static_cast<int>(Choropleth::Overdue));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(symbols_);
    // The months step every view of the ledger at once: symbols, heatmap and choropleth.
    auto* time = new QGroupBox(tr("逐月查看"), this);
    auto* timeForm = new QFormLayout(time);
    auto* sliderRow = new QHBoxLayout;
    sliderRow->addWidget(byMonth_);
    sliderRow->addWidget(slider_, 1);
    sliderRow->addWidget(play_);
    timeForm->addRow(sliderRow);
    timeForm->addRow(tr("月份"), month_);
    layout->addWidget(time);
    auto* heat = new QGroupBox(tr("热力图（核密度）"), this);
    auto* form = new QFormLayout(heat);
    form->addRow(heatmap_);
    form->addRow(tr("半径"), radius_);
    form->addRow(tr("权重"), weight_);
    auto* maxRow = new QHBoxLayout;
    maxRow->addWidget(fixedMax_);
    maxRow->addWidget(max_, 1);
    form->addRow(maxRow);
    layout->addWidget(heat);
    auto* choro = new QGroupBox(tr("网格专题图"), this);
    auto* choroForm = new QFormLayout(choro);
    choroForm->addRow(tr("各网格"), choropleth_);
    layout->addWidget(choro);
    layout->addStretch(1);

    const auto changedNow = [this] { emit changed(); };
    connect(symbols_, &QCheckBox::toggled, this, changedNow);
    connect(heatmap_, &QCheckBox::toggled, this, changedNow);
    connect(radius_, &QSpinBox::valueChanged, this, changedNow);
    connect(weight_, &QComboBox::currentIndexChanged, this, changedNow);
    connect(fixedMax_, &QCheckBox::toggled, this, [this, changedNow](bool on) {
        max_->setEnabled(on);
        changedNow();
    });
    connect(max_, &QDoubleSpinBox::valueChanged, this, changedNow);
    connect(byMonth_, &QCheckBox::toggled, this, [this, changedNow](bool on) {
        slider_->setEnabled(on);
        play_->setEnabled(on);
        if (!on) play_->setChecked(false);
        updateMonthLabel();
        changedNow();
    });
    connect(slider_, &QSlider::valueChanged, this, [this, changedNow] {
        updateMonthLabel();
        changedNow();
    });
    connect(play_, &QPushButton::toggled, this, [this](bool on) {
        play_->setText(on ? tr("暂停") : tr("播放"));
        if (on)
            timer_.start(kPlayStepMs);
        else
            timer_.stop();
    });
    connect(&timer_, &QTimer::timeout, this, &ThematicPanel::stepMonth);
    connect(choropleth_, &QComboBox::currentIndexChanged, this, changedNow);
    updateMonthLabel();
}

void ThematicPanel::setTable(const std::shared_ptr<const analysis::IssueTable>& table) {
    table_ = table;
    int32_t lo = INT32_MAX, hi = INT32_MIN;
    if (table)
        for (size_t i = 0; i < table->size(); ++i)
            if (table->reportedAt(i) != analysis::kNoTime) {
                const int32_t m = ledger::monthNumber(ledger::Time{std::chrono::seconds{table->reportedAt(i)}});
                lo = std::min(lo, m);
                hi = std::max(hi, m);
            }
    QSignalBlocker block(slider_);
    firstMonth_ = lo <= hi ? lo : 0;
    slider_->setRange(0, lo <= hi ? hi - lo : 0);
    updateMonthLabel();
}

QString ThematicPanel::sliderMonth() const {
    if (!byMonth_->isChecked()) return {};
    return QString::fromStdString(ledger::monthLabel(firstMonth_ + slider_->value()));
}

void ThematicPanel::stepMonth() {
    slider_->setValue(slider_->value() >= slider_->maximum() ? 0 : slider_->value() + 1);
}

void ThematicPanel::updateMonthLabel() {
    const QString m = sliderMonth();
    month_->setText(m.isEmpty() ? tr("全部（按上方筛选）") : m);
}

analysis::IssueFilter ThematicPanel::shownFilter(const analysis::IssueFilter& filter) const {
    if (!byMonth_->isChecked()) return filter;
    const int32_t m = firstMonth_ + slider_->value();
    const auto start = [](int32_t month) {
        const int y = 1970 + month / 12;
        const unsigned mo = static_cast<unsigned>(month % 12 + 1);
        return ledger::Time{std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{mo} / 1}};
    };
    // The month within the dock's period, when one is set.
    analysis::IssueFilter f = filter;
    f.from = std::max(start(m), filter.from.value_or(start(m)));
    f.to = std::min(start(m + 1), filter.to.value_or(start(m + 1)));
    return f;
}

std::vector<std::shared_ptr<const render::MapOverlay>> ThematicPanel::overlays(
    const std::shared_ptr<const model::MapModel>& model, const analysis::IssueFilter& dockFilter) const {
    std::vector<std::shared_ptr<const render::MapOverlay>> out;
    if (!table_) return out;
    // Every view follows the slider's month, so the symbols and the choropleth step with the heatmap.
    const analysis::IssueFilter filter = shownFilter(dockFilter);
    const QString month = byMonth_->isChecked() ? QStringLiteral("  ") + sliderMonth() : QString();
    const auto kind = static_cast<Choropleth>(choropleth_->currentData().toInt());
    if (kind != Choropleth::None && model) {
        const analysis::Statistics s = analysis::computeStatistics(*table_, analysis::GroupBy::Grid, filter, filter.now);
        std::vector<std::optional<double>> values(model->grids().size());
        render::ChoroplethStyle style;
        style.title = choropleth_->currentText() + month;
        for (const analysis::StatRow& r : s.rows) {
            const auto g = r.key.empty() ? std::nullopt : model->gridByCode(r.key);
            if (!g) continue;
            switch (kind) {
            case Choropleth::Issues: values[*g] = static_cast<double>(r.reported); break;
            case Choropleth::Per100Households:
                if (r.households > 0) values[*g] = r.per100Households();
                break;
            case Choropleth::ClosureRate:
                if (r.accepted > 0) values[*g] = r.closureRate() * 100;
                break;
            case Choropleth::Overdue: values[*g] = static_cast<double>(r.overdue); break;
            case Choropleth::None: break;
            }
        }
        if (kind == Choropleth::ClosureRate) style.suffix = QStringLiteral("%");
        if (kind == Choropleth::Per100Households) style.decimals = 1;
        out.push_back(std::make_shared<render::ChoroplethLayer>(model, std::move(values), style));
    }
    if (heatmap_->isChecked()) {
        analysis::HeatmapRequest r;
        r.radius = radius_->value();
        r.weight = static_cast<analysis::HeatWeight>(weight_->currentData().toInt());
        r.filter = filter;
        render::HeatmapStyle style;
        if (fixedMax_->isChecked()) style.fixedMax = max_->value();
        style.fixedNote = tr("(固定)");
        style.title = tr("事件密度 (半径 %1 米)").arg(radius_->value()) + month;
        out.push_back(std::make_shared<render::HeatmapLayer>(table_, std::move(r), style));
    }
    // The symbols' key only while no other legend takes the corner next to it.
    if (symbols_->isChecked())
        out.push_back(std::make_shared<render::IssueSymbolsLayer>(
            table_, filter, !heatmap_->isChecked() && kind == Choropleth::None ? tr("○ 已办结  ● 办理中  ◉ 超期") : QString()));
    return out;
}

}  // namespace ga::app
