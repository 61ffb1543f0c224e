#include "app/issue_form.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/project_session.h"
#include "ledger/transition.h"
#include "store/attribute_edits.h"
#include "store/issue_ledger.h"

namespace ga::app {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

// What the form shows of the issue's fields, in this order.
constexpr std::string_view kShown[] = {"category", "subcategory", "severity", "title", "description", "reported_at",
                                       "reporter", "address", "state", "level", "deadline", "closed_at"};

}  // namespace

IssueForm::IssueForm(QWidget* parent)
    : QWidget(parent),
      title_(new QLabel(this)),
      fields_(new QFormLayout),
      history_(new QTableWidget(0, 5, this)),
      actions_(new QHBoxLayout),
      note_(new QLineEdit(this)),
      deadline_(new QDateTimeEdit(this)),
      zoom_(new QPushButton(tr("在地图上显示"), this)) {
    setObjectName(QStringLiteral("issueForm"));
    title_->setStyleSheet(QStringLiteral("font-weight: bold;"));
    title_->setWordWrap(true);
    history_->setHorizontalHeaderLabels({tr("时间"), tr("操作"), tr("状态"), tr("经办人"), tr("说明")});
    history_->horizontalHeader()->setStretchLastSection(true);
    history_->verticalHeader()->hide();
    history_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    history_->setSelectionMode(QAbstractItemView::NoSelection);
    note_->setPlaceholderText(tr("办理说明（不予受理、退回、延期时必填）"));
    note_->setObjectName(QStringLiteral("issueNote"));
    deadline_->setCalendarPopup(true);
    deadline_->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    deadline_->setToolTip(tr("延期：新的办理时限"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* head = new QHBoxLayout;
    head->addWidget(title_, 1);
    head->addWidget(zoom_);
    layout->addLayout(head);
    // The actions first: what an operator comes for, visible without scrolling.
    auto* flow = new QGroupBox(tr("办理"), this);
    auto* flowLayout = new QVBoxLayout(flow);
    flowLayout->addLayout(actions_);
    flowLayout->addWidget(note_);
    auto* deadlineRow = new QHBoxLayout;
    deadlineRow->addWidget(new QLabel(tr("延期至"), flow));
    deadlineRow->addWidget(deadline_, 1);
    flowLayout->addLayout(deadlineRow);
    layout->addWidget(flow);
    layout->addLayout(fields_);
    layout->addWidget(new QLabel(tr("办理记录"), this));
    layout->addWidget(history_, 1);
    connect(zoom_, &QPushButton::clicked, this, [this] {
        if (issue_) emit zoomRequested(*issue_);
    });
    showIssue(nullptr, std::nullopt);
}

void IssueForm::showIssue(ProjectSession* session, std::optional<int64_t> id) {
    session_ = session;
    issue_ = session ? id : std::nullopt;
    note_->clear();
    refresh();
}

void IssueForm::refresh() {
    while (fields_->rowCount() > 0) fields_->removeRow(0);
    while (QLayoutItem* item = actions_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    history_->setRowCount(0);
    const bool shown = session_ && issue_;
    zoom_->setEnabled(shown);
    note_->setEnabled(false);
    deadline_->setEnabled(false);
    if (!shown) {
        title_->setText(tr("在列表中选择一个事件"));
        return;
    }
    store::Project& p = session_->project();
    auto values = store::readAttributes(p, store::Layer::Issues, *issue_);
    if (!values) {
        title_->setText(q(values.error().message));
        return;
    }
    const store::LayerDef& def = store::layerDef(store::Layer::Issues);
    const auto value = [&](std::string_view field) {
        const int i = store::fieldIndex(def, field);
        return i >= 0 && values->values[static_cast<size_t>(i)] ? q(*values->values[static_cast<size_t>(i)]) : QString();
    };
    title_->setText(QStringLiteral("%1  %2").arg(value("issue_id"), value("title")));
    for (std::string_view field : kShown) {
        const int i = store::fieldIndex(def, field);
        QString text = value(field);
        // Times as people write them: 2026-03-01 09:07.
        if (def.fields[static_cast<size_t>(i)].type == store::FieldType::Date) text = text.replace(QLatin1Char('T'), QLatin1Char(' ')).left(16);
        auto* label = new QLabel(text, this);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        fields_->addRow(q(std::string(def.fields[static_cast<size_t>(i)].label)), label);
    }
    if (auto events = store::issueEvents(p, *issue_)) {
        history_->setRowCount(static_cast<int>(events->size()));
        for (size_t r = 0; r < events->size(); ++r) {
            const store::IssueEvent& e = (*events)[r];
            const QString at = q(e.at).replace(QLatin1Char('T'), QLatin1Char(' ')).left(16);
            const QString state = e.fromState.empty() ? q(e.toState) : QStringLiteral("%1 → %2").arg(q(e.fromState), q(e.toState));
            const QStringList cells = {at, q(e.action), state, q(e.actor), q(e.note)};
            for (int c = 0; c < cells.size(); ++c) history_->setItem(static_cast<int>(r), c, new QTableWidgetItem(cells[c]));
        }
        history_->resizeColumnsToContents();
    }
    const QString deadline = value("deadline");
    const QDateTime current = QDateTime::fromString(deadline.left(16), QStringLiteral("yyyy-MM-ddTHH:mm"));
    // An extension is offered three days past the later of the deadline and now.
    const QDateTime now = QDateTime::currentDateTime();
    deadline_->setDateTime((current.isValid() && current > now ? current : now).addDays(3));
    if (session_->isReadOnly()) return;
    auto offered = ledger::offeredActions(p, *issue_);
    if (!offered) {
        actions_->addWidget(new QLabel(q(offered.error().message), this));
        return;
    }
    if (offered->empty()) actions_->addWidget(new QLabel(tr("已办结，没有可办理的操作"), this));
    for (ledger::Action a : *offered) {
        auto* b = new QPushButton(QString::fromUtf8(ledger::actionName(a)), this);
        b->setObjectName(QStringLiteral("issueAction_%1").arg(QString::fromUtf8(ledger::actionId(a))));
        connect(b, &QPushButton::clicked, this, [this, a] {
            if (auto r = act(a); !r) QMessageBox::warning(this, tr("不能办理"), q(r.error().message));
        });
        actions_->addWidget(b);
        if (a == ledger::Action::Extend) deadline_->setEnabled(true);
    }
    actions_->addStretch(1);
    note_->setEnabled(!offered->empty());
}

Result<void> IssueForm::act(ledger::Action action) {
    if (!session_ || !issue_) return fail("no issue is shown");
    ledger::TransitionRequest r;
    r.action = action;
    r.actor = session_->operatorName();
    r.note = note_->text().trimmed().toStdString();
    if (action == ledger::Action::Extend) {
        const QDateTime d = deadline_->dateTime();
        r.deadline = ledger::parseTime(d.toString(QStringLiteral("yyyy-MM-ddTHH:mm:00")).toStdString());
    }
    auto e = ledger::transition(session_->project(), *issue_, r, ledger::localNow());
    if (!e) return std::unexpected(e.error());
    note_->clear();
    refresh();
    emit transitioned(*issue_);
    return {};
}

QList<QPushButton*> IssueForm::actionButtons() const {
    QList<QPushButton*> out;
    for (int i = 0; i < actions_->count(); ++i)
        if (auto* b = qobject_cast<QPushButton*>(actions_->itemAt(i)->widget())) out << b;
    return out;
}

}  // namespace ga::app
