#include "app/problems_dock.h"

#include <QHeaderView>
#include <QPushButton>
#include <QVBoxLayout>

namespace ga::app {
namespace {

QString ruleLabel(std::string_view rule) {
    if (rule == "range") return ProblemsDock::tr("户数超出范围");
    if (rule == "gap") return ProblemsDock::tr("空隙");
    if (rule == "overlap") return ProblemsDock::tr("重叠");
    if (rule == "outside_community") return ProblemsDock::tr("超出社区");
    if (rule == "cut_building") return ProblemsDock::tr("楼栋被切");
    if (rule == "cut_compound") return ProblemsDock::tr("小区被分割");
    if (rule == "multipart") return ProblemsDock::tr("网格不连续");
    if (rule == "code") return ProblemsDock::tr("编码问题");
    return QString::fromUtf8(rule.data(), static_cast<qsizetype>(rule.size()));
}

}  // namespace

ProblemsDock::ProblemsDock(QWidget* parent) : QDockWidget(tr("问题"), parent) {
    setObjectName(QStringLiteral("problemsDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* top = new QHBoxLayout;
    summary_ = new QLabel(tr("尚未检查"), body);
    auto* recheck = new QPushButton(tr("重新检查"), body);
    recheck->setObjectName(QStringLiteral("recheckButton"));
    top->addWidget(summary_, 1);
    top->addWidget(recheck);
    layout->addLayout(top);
    list_ = new QTreeWidget(body);
    list_->setObjectName(QStringLiteral("problemsList"));
    list_->setRootIsDecorated(false);
    list_->setHeaderLabels({tr("规则"), tr("网格"), tr("说明")});
    list_->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(list_);
    setWidget(body);
    connect(recheck, &QPushButton::clicked, this, &ProblemsDock::recheckRequested);
    connect(list_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const int i = item->data(0, Qt::UserRole).toInt();
        if (i < 0 || static_cast<size_t>(i) >= violations_.size()) return;
        const edit::Violation& v = violations_[static_cast<size_t>(i)];
        QStringList grids;
        for (const std::string& g : v.grids) grids << QString::fromStdString(g);
        emit zoomRequested(v.box.minx, v.box.miny, v.box.maxx, v.box.maxy, grids);
    });
}

void ProblemsDock::show(const edit::ValidationReport& report, double milliseconds) {
    violations_ = report.violations;
    list_->clear();
    for (size_t i = 0; i < violations_.size(); ++i) {
        const edit::Violation& v = violations_[i];
        QStringList grids;
        for (const std::string& g : v.grids) grids << QString::fromStdString(g);
        auto* item = new QTreeWidgetItem(
            {ruleLabel(v.rule), grids.join(QStringLiteral("、")), QString::fromStdString(v.detail)});
        item->setData(0, Qt::UserRole, static_cast<int>(i));
        item->setToolTip(2, QString::fromStdString(v.detail));
        if (v.severity == edit::Severity::Warning)
            item->setForeground(0, QColor(0xb2, 0x6a, 0x00));
        else
            item->setForeground(0, QColor(0xb3, 0x26, 0x1e));
        list_->addTopLevelItem(item);
    }
    list_->resizeColumnToContents(0);
    list_->resizeColumnToContents(1);
    summary_->setText(report.violations.empty() ? tr("全部规则通过（%1 个网格，%2 栋楼，%3 ms）")
                                                      .arg(report.grids)
                                                      .arg(report.buildings)
                                                      .arg(milliseconds, 0, 'f', 0)
                                                : tr("%1 个错误，%2 个警告（%3 个网格，%4 ms）")
                                                      .arg(report.errors())
                                                      .arg(report.warnings())
                                                      .arg(report.grids)
                                                      .arg(milliseconds, 0, 'f', 0));
}

void ProblemsDock::clear() {
    violations_.clear();
    list_->clear();
    summary_->setText(tr("尚未检查"));
}

}  // namespace ga::app
