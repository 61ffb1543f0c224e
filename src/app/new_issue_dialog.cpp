#include "app/new_issue_dialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <functional>

#include "app/map_canvas.h"
#include "app/project_session.h"
#include "ledger/report.h"
#include "ledger/vocabulary.h"

namespace ga::app {
namespace {

// One click on the map hands its point back and ends the picking.
class PickPointTool : public plugin::MapTool {
public:
    explicit PickPointTool(std::function<void(QPointF)> picked) : picked_(std::move(picked)) {}
    void press(const plugin::MapMouseEvent& e) override {
        if (e.button == Qt::LeftButton) picked_(e.map);
    }
    QCursor cursor() const override { return QCursor(Qt::CrossCursor); }

private:
    std::function<void(QPointF)> picked_;
};

}  // namespace

NewIssueDialog::NewIssueDialog(ProjectSession& session, MapCanvas& canvas, QWidget* parent)
    : QDialog(parent),
      session_(session),
      canvas_(canvas),
      category_(new QComboBox(this)),
      subcategory_(new QLineEdit(this)),
      severity_(new QComboBox(this)),
      title_(new QLineEdit(this)),
      description_(new QPlainTextEdit(this)),
      address_(new QLineEdit(this)),
      reporter_(new QLineEdit(this)),
      reportedAt_(new QDateTimeEdit(QDateTime::currentDateTime(), this)),
      place_(new QLabel(tr("未选位置（将按地址定位）"), this)) {
    setObjectName(QStringLiteral("newIssueDialog"));
    setWindowTitle(tr("上报事件"));
    for (std::string_view c : ledger::categories()) category_->addItem(QString::fromUtf8(c.data(), static_cast<qsizetype>(c.size())));
    for (int s = 0; s < ledger::kSeverityCount; ++s)
        severity_->addItem(QString::fromUtf8(ledger::severityName(static_cast<ledger::Severity>(s))));
    reporter_->setText(QString::fromStdString(session.operatorName()));
    reportedAt_->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    reportedAt_->setCalendarPopup(true);
    reportedAt_->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));
    description_->setMaximumHeight(90);
    address_->setPlaceholderText(tr("如：华荣上海城12号楼"));
    auto* pick = new QPushButton(tr("在地图上点选…"), this);
    pick->setObjectName(QStringLiteral("pickIssuePlace"));

    auto* form = new QFormLayout;
    form->addRow(tr("类别"), category_);
    form->addRow(tr("子类"), subcategory_);
    form->addRow(tr("等级"), severity_);
    form->addRow(tr("标题"), title_);
    form->addRow(tr("描述"), description_);
    form->addRow(tr("地址"), address_);
    auto* placeRow = new QHBoxLayout;
    placeRow->addWidget(place_, 1);
    placeRow->addWidget(pick);
    form->addRow(tr("位置"), placeRow);
    form->addRow(tr("上报人"), reporter_);
    form->addRow(tr("上报时间"), reportedAt_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("上报"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewIssueDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(pick, &QPushButton::clicked, this, &NewIssueDialog::startPicking);
}

NewIssueDialog::~NewIssueDialog() {
    if (pick_ && canvas_.tool() == pick_.get()) canvas_.setTool(previousTool_);
}

void NewIssueDialog::setLocation(geo::Point p) {
    location_ = p;
    place_->setText(QStringLiteral("X %1  Y %2").arg(p.x, 0, 'f', 1).arg(p.y, 0, 'f', 1));
}

void NewIssueDialog::startPicking() {
    if (!pick_)
        pick_ = std::make_unique<PickPointTool>([this](QPointF map) {
            setLocation({map.x(), map.y()});
            canvas_.setTool(previousTool_);
            show();
            raise();
        });
    previousTool_ = canvas_.tool();
    canvas_.setTool(pick_.get());
    canvas_.showMessage(tr("在地图上点击事件发生的位置"));
    hide();
}

void NewIssueDialog::submit() {
    if (auto r = report(); !r) QMessageBox::warning(this, tr("不能上报"), QString::fromStdString(r.error().message));
}

Result<qint64> NewIssueDialog::report() {
    ledger::NewIssue n;
    n.category = category_->currentText().toStdString();
    n.subcategory = subcategory_->text().trimmed().toStdString();
    n.severity = severity_->currentText().toStdString();
    n.title = title_->text().trimmed().toStdString();
    n.description = description_->toPlainText().trimmed().toStdString();
    n.address = address_->text().trimmed().toStdString();
    n.reporter = reporter_->text().trimmed().toStdString();
    n.location = location_;
    n.reportedAt = ledger::parseTime(reportedAt_->dateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:00")).toStdString());
    auto r = ledger::reportIssue(session_.project(), n, session_.operatorName(), ledger::localNow());
    if (!r) return std::unexpected(r.error());
    emit reported(r->id);
    accept();
    return r->id;
}

}  // namespace ga::app
