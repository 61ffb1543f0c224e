#include "app/issues_dock.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "app/issue_filter_bar.h"
#include "app/issue_form.h"
#include "app/issue_list_model.h"
#include "app/map_canvas.h"
#include "app/new_issue_dialog.h"
#include "app/project_session.h"
#include "app/statistics_window.h"
#include "app/thematic_panel.h"

namespace ga::app {

IssuesDock::IssuesDock(MapCanvas& canvas, QWidget* parent)
    : QDockWidget(tr("事件"), parent),
      canvas_(canvas),
      filters_(new IssueFilterBar(this)),
      tabs_(new QTabWidget(this)),
      list_(new QTableView(this)),
      model_(new IssueListModel(this)),
      count_(new QLabel(this)),
      form_(new IssueForm(this)),
      thematic_(new ThematicPanel(this)) {
    setObjectName(QStringLiteral("issuesDock"));
    list_->setObjectName(QStringLiteral("issueList"));
    list_->setModel(model_);
    list_->setSelectionBehavior(QAbstractItemView::SelectRows);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setSortingEnabled(true);
    list_->verticalHeader()->hide();
    list_->verticalHeader()->setDefaultSectionSize(list_->fontMetrics().height() + 6);
    list_->horizontalHeader()->setStretchLastSection(true);

    auto* listPage = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(listPage);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(list_, 1);
    auto* countRow = new QHBoxLayout;
    countRow->addWidget(count_, 1);
    report_ = new QPushButton(tr("上报事件…"), top);
    report_->setObjectName(QStringLiteral("reportIssueButton"));
    countRow->addWidget(report_);
    auto* stats = new QPushButton(tr("统计与图表…"), top);
    stats->setObjectName(QStringLiteral("issueStatisticsButton"));
    countRow->addWidget(stats);
    topLayout->addLayout(countRow);
    // The form and the map views scroll, so the dock fits small windows beside identify.
    const auto scrolled = [this](QWidget* w) {
        auto* area = new QScrollArea(this);
        area->setWidget(w);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    top->setMinimumHeight(80);
    listPage->addWidget(top);
    listPage->addWidget(scrolled(form_));
    listPage->setStretchFactor(0, 2);
    listPage->setStretchFactor(1, 3);
    tabs_->addTab(listPage, tr("事件列表"));
    tabs_->addTab(scrolled(thematic_), tr("专题图"));

    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(filters_);
    layout->addWidget(tabs_, 1);
    setWidget(body);

    connect(&ledger_, &IssueLedger::loaded, this, &IssuesDock::ledgerLoaded);
    connect(filters_, &IssueFilterBar::changed, this, &IssuesDock::filtersChanged);
    connect(thematic_, &ThematicPanel::changed, this, &IssuesDock::updateOverlays);
    connect(list_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IssuesDock::showSelected);
    connect(form_, &IssueForm::transitioned, this, [this](qint64 id) {
        keepShown_ = id;
        reload();
    });
    connect(form_, &IssueForm::zoomRequested, this, &IssuesDock::zoomToIssue);
    connect(list_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid() && model_->table()) zoomToIssue(model_->table()->id(model_->issueAt(index.row())));
    });
    connect(stats, &QPushButton::clicked, this, [this] { showStatistics(); });
    connect(report_, &QPushButton::clicked, this, [this] { showReportForm(); });
    setSession(nullptr);
}

IssuesDock::~IssuesDock() = default;

void IssuesDock::setSession(ProjectSession* session) {
    session_ = session;
    form_->showIssue(nullptr, std::nullopt);
    if (session_) {
        connect(session_, &ProjectSession::edited, this, [this](store::Layer l) {
            if (l == store::Layer::Issues || l == store::Layer::Grids) reload();
        });
        reload();
    } else {
        ledger_.clear();
    }
    setEnabled(session_ != nullptr);
    report_->setEnabled(session_ && !session_->isReadOnly());
}

void IssuesDock::reload() {
    if (!session_) return;
    count_->setText(tr("正在读取事件台账…"));
    ledger_.reload(session_->path());
}

void IssuesDock::ledgerLoaded(const QString& error) {
    if (!error.isEmpty()) {
        count_->setText(tr("事件台账无法读取：%1").arg(error));
        return;
    }
    filters_->setTable(ledger_.table());
    thematic_->setTable(ledger_.table());
    filtersChanged();
    emit ledgerShown();
}

void IssuesDock::filtersChanged() {
    const analysis::IssueFilter f = filters_->filter();
    const std::optional<int64_t> shown = keepShown_ ? keepShown_ : form_->issue();
    keepShown_.reset();
    model_->setIssues(ledger_.table(), f);
    const size_t total = ledger_.table() ? ledger_.table()->size() : 0;
    count_->setText(tr("%1 / %2 件").arg(model_->rowCount()).arg(total));
    const int row = shown ? model_->rowOfId(*shown) : -1;
    if (row >= 0) {
        list_->selectRow(row);
        list_->scrollTo(model_->index(row, 0));
        form_->showIssue(session_, shown);
    } else {
        form_->showIssue(session_, std::nullopt);
    }
    updateOverlays();
    if (statistics_ && statistics_->isVisible()) statistics_->setLedger(ledger_.table(), f);
}

void IssuesDock::updateOverlays() {
    canvas_.setOverlays(session_ ? thematic_->overlays(session_->model(), filters_->filter())
                                 : std::vector<std::shared_ptr<const render::MapOverlay>>{});
}

void IssuesDock::showSelected() {
    const QModelIndex index = list_->currentIndex();
    if (!index.isValid() || !model_->table()) {
        form_->showIssue(session_, std::nullopt);
        return;
    }
    form_->showIssue(session_, model_->table()->id(model_->issueAt(index.row())));
}

void IssuesDock::zoomToIssue(qint64 id) {
    const auto& t = model_->table();
    if (!t) return;
    for (size_t i = 0; i < t->size(); ++i) {
        if (t->id(i) != id) continue;
        if (!t->located(i)) return;
        const geo::Point p = t->location(i);
        canvas_.zoomToBox({p.x - 150, p.y - 150, p.x + 150, p.y + 150}, 0);
        return;
    }
}

NewIssueDialog& IssuesDock::showReportForm() {
    auto* dialog = new NewIssueDialog(*session_, canvas_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewIssueDialog::reported, this, [this](qint64 id) {
        keepShown_ = id;
        reload();
    });
    dialog->show();
    return *dialog;
}

StatisticsWindow& IssuesDock::showStatistics() {
    if (!statistics_) statistics_ = new StatisticsWindow(this);
    statistics_->setLedger(ledger_.table(), filters_->filter());
    statistics_->show();
    statistics_->raise();
    return *statistics_;
}

}  // namespace ga::app
