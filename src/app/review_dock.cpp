#include "app/review_dock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/geocode_job.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/map_tools.h"
#include "app/project_session.h"
#include "app/resolve_review_command.h"
#include "app/review_model.h"
#include "geocode/review_csv.h"
#include "store/attribute_edits.h"
#include "store/personal_data.h"

namespace ga::app {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

QString stageText(const QString& stage) {
    if (stage == QLatin1String("reading")) return ReviewDock::tr("读取楼栋与住户…");
    if (stage == QLatin1String("matching")) return ReviewDock::tr("匹配地址…");
    if (stage == QLatin1String("locating")) return ReviewDock::tr("按坐标落楼…");
    return ReviewDock::tr("写入关联…");
}

}  // namespace

ReviewDock::ReviewDock(MainWindow& window)
    : QDockWidget(tr("户进房复核"), &window), window_(window), model_(new ReviewModel(this)) {
    setObjectName(QStringLiteral("reviewDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);

    auto* runRow = new QHBoxLayout;
    geocode_ = new QPushButton(tr("地理编码"), body);
    geocode_->setObjectName(QStringLiteral("geocodeButton"));
    geocode_->setToolTip(tr("按地址与坐标把住户关联到楼栋；低于阈值的住户进入复核"));
    threshold_ = new QDoubleSpinBox(body);
    threshold_->setRange(0.5, 1.0);
    threshold_->setSingleStep(0.05);
    threshold_->setDecimals(2);
    threshold_->setValue(geocode::kDefaultThreshold);
    threshold_->setToolTip(tr("自动关联阈值：可信度达到它的匹配直接关联"));
    export_ = new QPushButton(tr("导出清单…"), body);
    count_ = new QLabel(body);
    runRow->addWidget(geocode_);
    runRow->addWidget(new QLabel(tr("阈值"), body));
    runRow->addWidget(threshold_);
    runRow->addWidget(export_);
    runRow->addStretch();
    runRow->addWidget(count_);
    layout->addLayout(runRow);

    auto* split = new QSplitter(Qt::Vertical, body);
    table_ = new QTableView(split);
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->horizontalHeader()->setSectionResizeMode(ReviewModel::Address, QHeaderView::Stretch);
    // Fixed widths: measuring 50,000 rows to fit them would hold up every reload.
    const int em = table_->fontMetrics().horizontalAdvance(QStringLiteral("户"));
    const QFontMetrics fm = table_->fontMetrics();
    table_->setColumnWidth(ReviewModel::HouseholdId, fm.horizontalAdvance(QStringLiteral("YH000000")) + em);
    table_->setColumnWidth(ReviewModel::Reason, 7 * em);
    table_->setColumnWidth(ReviewModel::Name, 3 * em);
    table_->setColumnWidth(ReviewModel::Phone, fm.horizontalAdvance(QStringLiteral("138****5678")) + em);
    table_->hideColumn(ReviewModel::Candidates);  // the candidate list below shows them
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    body->setMinimumWidth(40 * em);
    candidates_ = new QTableWidget(0, 3, split);
    candidates_->setHorizontalHeaderLabels({tr("候选楼栋"), tr("网格"), tr("可信度")});
    candidates_->setSelectionBehavior(QAbstractItemView::SelectRows);
    candidates_->setSelectionMode(QAbstractItemView::SingleSelection);
    candidates_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    candidates_->verticalHeader()->hide();
    candidates_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // Small minimums: the dock shares its column with identify and the issues, and small
    // windows (a 1000×700 screenshot) must still fit.
    table_->setMinimumHeight(3 * table_->fontMetrics().height());
    candidates_->setMinimumHeight(3 * candidates_->fontMetrics().height());
    layout->addWidget(split, 1);

    auto* aliasRow = new QHBoxLayout;
    saveAlias_ = new QCheckBox(tr("保存为别名"), body);
    saveAlias_->setToolTip(tr("同样的写法下次自动匹配"));
    aliasText_ = new QLineEdit(body);
    aliasText_->setPlaceholderText(tr("别名（地址中的写法）"));
    aliasKind_ = new QComboBox(body);
    aliasKind_->addItem(tr("小区名"), QStringLiteral("compound"));
    aliasKind_->addItem(tr("路名"), QStringLiteral("road"));
    aliasKind_->addItem(tr("整条地址"), QStringLiteral("address"));
    aliasRow->addWidget(saveAlias_);
    aliasRow->addWidget(aliasText_, 1);
    aliasRow->addWidget(aliasKind_);
    layout->addLayout(aliasRow);

    auto* actions = new QHBoxLayout;
    link_ = new QPushButton(tr("关联到候选"), body);
    pick_ = new QPushButton(tr("在地图上点选"), body);
    pick_->setToolTip(tr("点击地图上的楼栋，把住户关联到它"));
    outside_ = new QPushButton(tr("不在本项目"), body);
    outside_->setToolTip(tr("确认住户不在本项目的楼栋中：移出复核，不关联"));
    reveal_ = new QPushButton(tr("查看个人信息…"), body);
    reveal_->setToolTip(tr("显示所选住户未遮蔽的姓名与电话；此操作记入编辑日志"));
    for (QPushButton* b : {link_, pick_, outside_, reveal_}) actions->addWidget(b);
    layout->addLayout(actions);
    setWidget(body);

    pickTool_ = std::make_unique<IdentifyTool>(window_.canvas(), [this](geo::Point p, double t) { picked(p, t); });

    connect(geocode_, &QPushButton::clicked, this, &ReviewDock::geocode);
    connect(export_, &QPushButton::clicked, this, &ReviewDock::exportList);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReviewDock::selectionChanged);
    connect(candidates_, &QTableWidget::itemSelectionChanged, this, &ReviewDock::updateButtons);
    connect(candidates_, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { linkToCandidate(row); });
    connect(link_, &QPushButton::clicked, this, [this] {
        const auto rows = candidates_->selectionModel()->selectedRows();
        linkToCandidate(rows.isEmpty() ? 0 : rows.front().row());
    });
    connect(pick_, &QPushButton::clicked, this, &ReviewDock::pickOnMap);
    connect(outside_, &QPushButton::clicked, this, [this] { linkTo(std::nullopt); });
    connect(reveal_, &QPushButton::clicked, this, &ReviewDock::askReveal);
    updateButtons();
}

ReviewDock::~ReviewDock() {
    if (window_.canvas().tool() == pickTool_.get()) window_.canvas().setTool(nullptr);
}

void ReviewDock::setSession(ProjectSession* session) {
    if (job_ && job_->isRunning()) job_->cancel();
    if (session_) disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    // Households changed (a resolution, its undo or redo): the queue follows.
    if (session_)
        connect(session_, &ProjectSession::edited, this, [this](store::Layer layer) {
            if (layer == store::Layer::Households) reload();
        });
    search_.reset();
    reload();
}

void ReviewDock::reload() {
    if (!session_) {
        model_->setRows({});
    } else if (auto rows = store::readReviewQueue(session_->project()); rows) {
        model_->setRows(std::move(*rows));
    } else {
        model_->setRows({});
        window_.statusBar()->showMessage(tr("复核清单无法读取：%1").arg(q(rows.error().message)), 10000);
    }
    count_->setText(tr("待复核 %1 户").arg(QLocale().toString(model_->rowCount())));
    if (model_->rowCount() > 0) table_->selectRow(0);
    selectionChanged();
}

std::optional<int> ReviewDock::selectedRow() const {
    const auto rows = table_->selectionModel()->selectedRows();
    if (rows.isEmpty()) return std::nullopt;
    return rows.front().row();
}

void ReviewDock::updateButtons() {
    const bool writable = session_ && !session_->isReadOnly();
    const bool running = job_ && job_->isRunning();
    const auto row = selectedRow();
    const store::ReviewRow* r = row ? model_->row(*row) : nullptr;
    geocode_->setEnabled(writable && !running);
    export_->setEnabled(session_ && model_->rowCount() > 0);
    link_->setEnabled(writable && r && !r->candidates.empty());
    pick_->setEnabled(writable && r);
    outside_->setEnabled(writable && r);
    reveal_->setEnabled(writable && r && !model_->isRevealed(r->household));
    saveAlias_->setEnabled(writable && r);
}

void ReviewDock::selectionChanged() {
    candidates_->setRowCount(0);
    const auto row = selectedRow();
    const store::ReviewRow* r = row ? model_->row(*row) : nullptr;
    if (r) {
        candidates_->setRowCount(static_cast<int>(r->candidates.size()));
        QSet<qint64> highlighted;
        std::vector<int64_t> buildings;
        for (size_t k = 0; k < r->candidates.size(); ++k) {
            const store::ReviewCandidateRow& c = r->candidates[k];
            const QString name = !c.compound.empty() ? tr("%1 %2号楼").arg(q(c.compound), q(c.number))
                                                     : tr("%1%2号").arg(q(c.road), q(c.door));
            const int i = static_cast<int>(k);
            candidates_->setItem(i, 0, new QTableWidgetItem(name));
            candidates_->setItem(i, 1, new QTableWidgetItem(q(c.grid)));
            auto* confidence = new QTableWidgetItem(QStringLiteral("%1%").arg(qRound(c.confidence * 100)));
            confidence->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            candidates_->setItem(i, 2, confidence);
            buildings.push_back(c.building);
            highlighted.insert(c.building);
        }
        // The candidates on the map: highlighted, the first in view.
        window_.selection().set({}, highlighted);
        if (!buildings.empty())
            if (const auto box = buildingBox(buildings.front())) window_.canvas().zoomToBox(*box, 1.5);
        if (session_) {
            auto parsed = search_.parse(session_->project(), r->address);
            aliasText_->setText(parsed ? q(parsed->compound.empty() ? parsed->road : parsed->compound) : QString());
            aliasKind_->setCurrentIndex(parsed && parsed->compound.empty() && !parsed->road.empty() ? 1 : 0);
        }
        if (!r->candidates.empty()) candidates_->selectRow(0);
    }
    updateButtons();
}

std::optional<store::AddressAlias> ReviewDock::aliasFor(int64_t buildingId) const {
    const auto row = selectedRow();
    const store::ReviewRow* r = row ? model_->row(*row) : nullptr;
    if (!r || !saveAlias_->isChecked()) return std::nullopt;
    const std::string kind = aliasKind_->currentData().toString().toStdString();
    if (kind == "address") return store::AddressAlias{r->address, std::to_string(buildingId), kind};
    // The canonical name: the chosen building's compound or road.
    auto building = store::readAttributes(session_->project(), store::Layer::Buildings, buildingId);
    if (!building) return std::nullopt;
    const auto& def = store::layerDef(store::Layer::Buildings);
    auto field = [&](std::string_view name) {
        const int i = store::fieldIndex(def, name);
        return i >= 0 ? building->values[static_cast<size_t>(i)].value_or("") : std::string();
    };
    const std::string compound = field("compound"), road = field("road");
    const std::string canonical = kind == "road" ? road : compound;
    const std::string text = aliasText_->text().trimmed().toStdString();
    if (canonical.empty() || text.empty()) return std::nullopt;
    return store::AddressAlias{text, canonical, kind};
}

bool ReviewDock::linkToCandidate(int rank) {
    const auto row = selectedRow();
    const store::ReviewRow* r = row ? model_->row(*row) : nullptr;
    if (!r || rank < 0 || rank >= static_cast<int>(r->candidates.size())) return false;
    return linkTo(r->candidates[static_cast<size_t>(rank)].building);
}

bool ReviewDock::linkTo(std::optional<int64_t> buildingId) {
    const auto row = selectedRow();
    const store::ReviewRow* r = row ? model_->row(*row) : nullptr;
    if (!session_ || !r) return false;
    const store::Resolution resolution{r->household, buildingId, buildingId ? aliasFor(*buildingId) : std::nullopt};
    const QString text =
        buildingId ? tr("住户 %1 关联到楼栋").arg(q(r->householdId)) : tr("住户 %1 不在本项目").arg(q(r->householdId));
    if (auto done = resolveAndRecord(*session_, resolution, text); !done) {
        QMessageBox::warning(this, tr("户进房复核"), q(done.error().message));
        return false;
    }
    if (resolution.alias) search_.reset();
    // The queue was read again (edited()); the next household takes the resolved one's place.
    const int next = *row;
    if (model_->rowCount() > 0) table_->selectRow(std::min(next, model_->rowCount() - 1));
    window_.statusBar()->showMessage(text, 5000);
    return true;
}

void ReviewDock::pickOnMap() {
    if (!selectedRow()) return;
    window_.canvas().setTool(pickTool_.get());
    window_.statusBar()->showMessage(tr("点击地图上的楼栋，把所选住户关联到它（Esc 取消）"), 10000);
}

void ReviewDock::picked(geo::Point p, double tolerance) {
    window_.activateTool(window_.action("actionPan"));
    if (!session_) return;
    const auto model = session_->model();
    const auto b = model->buildingAt(p, tolerance);
    if (!b) {
        window_.statusBar()->showMessage(tr("这里没有楼栋"), 5000);
        return;
    }
    linkTo(model->buildings().features[*b].id);
}

bool ReviewDock::revealSelected(const QString& purpose) {
    const auto row = selectedRow();
    const store::ReviewRow* r = row ? model_->row(*row) : nullptr;
    if (!session_ || !r) return false;
    auto shown =
        store::revealPersonalData(session_->project(), r->household, session_->operatorName(), purpose.toStdString());
    if (!shown) {
        QMessageBox::warning(this, tr("查看个人信息"), q(shown.error().message));
        return false;
    }
    model_->reveal(r->household, *shown);
    updateButtons();
    return true;
}

void ReviewDock::askReveal() {
    bool ok = false;
    const QString purpose = QInputDialog::getText(this, tr("查看个人信息"),
                                                  tr("查看未遮蔽的个人信息会记入编辑日志（谁、何时、哪一户）。用途："),
                                                  QLineEdit::Normal, tr("核对住户地址"), &ok);
    if (ok && !purpose.trimmed().isEmpty()) revealSelected(purpose.trimmed());
}

void ReviewDock::exportList() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("导出复核清单"), tr("复核清单.csv"), tr("CSV 文件 (*.csv)"));
    if (path.isEmpty() || !session_) return;
    auto rows = store::readReviewQueue(session_->project());
    if (!rows) {
        QMessageBox::warning(this, tr("导出复核清单"), q(rows.error().message));
        return;
    }
    if (auto w = geocode::writeReviewCsv(*rows, path.toStdString()); !w)
        QMessageBox::warning(this, tr("导出复核清单"), q(w.error().message));
    else
        window_.statusBar()->showMessage(tr("复核清单已导出到 %1").arg(path), 5000);
}

void ReviewDock::geocode() {
    if (!session_ || session_->isReadOnly() || (job_ && job_->isRunning())) return;
    geocode::GeocodeOptions o;
    o.threshold = threshold_->value();
    o.operatorName = session_->operatorName();
    job_ = std::make_unique<GeocodeJob>(session_->path(), o);
    progress_ = new QProgressDialog(tr("读取楼栋与住户…"), tr("取消"), 0, 1000, this);
    progress_->setWindowTitle(tr("地理编码（户进房）"));
    progress_->setWindowModality(Qt::WindowModal);
    progress_->setMinimumDuration(300);
    progress_->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress_, &QProgressDialog::canceled, job_.get(), &GeocodeJob::cancel);
    connect(job_.get(), &GeocodeJob::progressed, progress_, [this](const QString& stage, double f) {
        // Matching is most of the run: reading 10%, matching to 80%, locating to 90%, writing.
        const double base = stage == QLatin1String("reading")    ? 0.0
                            : stage == QLatin1String("matching") ? 0.1
                            : stage == QLatin1String("locating") ? 0.8
                                                                 : 0.9;
        const double span = stage == QLatin1String("matching") ? 0.7 : 0.1;
        if (progress_) {
            progress_->setLabelText(stageText(stage));
            progress_->setValue(static_cast<int>(1000 * (base + span * f)));
        }
    });
    connect(job_.get(), &GeocodeJob::finished, this, &ReviewDock::jobFinished);
    job_->start();
    updateButtons();
}

void ReviewDock::jobFinished(const GeocodeOutcome& outcome) {
    if (progress_) {
        progress_->close();
        progress_ = nullptr;
    }
    if (outcome.ok) {
        search_.reset();
        if (session_) {
            if (auto r = session_->reloadModel(); !r) window_.statusBar()->showMessage(q(r.error().message), 10000);
            emit session_->edited(store::Layer::Households);  // grid counts and the queue follow
        }
        window_.statusBar()->showMessage(outcome.message, 15000);
        show();
        raise();
    } else if (!outcome.cancelled) {
        QMessageBox::warning(this, tr("地理编码（户进房）"), outcome.message);
    } else {
        window_.statusBar()->showMessage(outcome.message, 10000);
    }
    updateButtons();
    emit geocoded(outcome);
}

std::optional<geo::Box> ReviewDock::buildingBox(int64_t buildingId) const {
    if (!session_) return std::nullopt;
    const auto model = session_->model();
    const auto& buildings = model->buildings();
    for (size_t i = 0; i < buildings.size(); ++i)
        if (buildings.features[i].id == buildingId) return buildings.geometry.bounds(i);
    return std::nullopt;
}

std::vector<store::SearchHit> ReviewDock::findAddress(const QString& text) {
    if (!session_ || text.trimmed().isEmpty()) return {};
    auto hits = search_.find(session_->project(), *session_->model(), text.toStdString());
    if (!hits) {
        window_.statusBar()->showMessage(tr("地址搜索失败：%1").arg(q(hits.error().message)), 10000);
        return {};
    }
    return *hits;
}

}  // namespace ga::app
