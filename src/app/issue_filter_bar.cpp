#include "app/issue_filter_bar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>

#include "ledger/ledger_time.h"
#include "ledger/vocabulary.h"
#include "ledger/workflow.h"

namespace ga::app {
namespace {

// State box entries beyond the single states.
constexpr int kAllStates = -1, kOpenStates = -2;

ledger::Time dayStart(const QDate& d) {
    return ledger::Time{std::chrono::sys_days{std::chrono::year{d.year()} / d.month() / d.day()}};
}

}  // namespace

IssueFilterBar::IssueFilterBar(QWidget* parent)
    : QWidget(parent),
      category_(new QComboBox(this)),
      state_(new QComboBox(this)),
      severity_(new QComboBox(this)),
      grid_(new QComboBox(this)),
      period_(new QCheckBox(tr("上报时间"), this)),
      from_(new QDateEdit(this)),
      to_(new QDateEdit(this)),
      overdue_(new QCheckBox(tr("只看超期"), this)) {
    category_->setObjectName(QStringLiteral("issueCategoryFilter"));
    state_->setObjectName(QStringLiteral("issueStateFilter"));
    overdue_->setObjectName(QStringLiteral("issueOverdueFilter"));
    state_->addItem(tr("全部状态"), kAllStates);
    state_->addItem(tr("未办结"), kOpenStates);
    for (int s = 0; s < ledger::kStateCount; ++s)
        state_->addItem(QString::fromUtf8(ledger::stateName(static_cast<ledger::State>(s))), s);
    severity_->addItem(tr("全部等级"), -1);
    for (int s = 0; s < ledger::kSeverityCount; ++s)
        severity_->addItem(QString::fromUtf8(ledger::severityName(static_cast<ledger::Severity>(s))), s);
    category_->addItem(tr("全部类别"), -1);
    grid_->addItem(tr("全部网格"), -1);
    grid_->setEditable(true);
    grid_->setInsertPolicy(QComboBox::NoInsert);
    grid_->completer()->setFilterMode(Qt::MatchContains);
    grid_->completer()->setCompletionMode(QCompleter::PopupCompletion);
    for (QDateEdit* d : {from_, to_}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }
    const QDate today = QDate::currentDate();
    from_->setDate(today.addYears(-1));
    to_->setDate(today);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(4, 4, 4, 4);
    auto* row1 = new QHBoxLayout;
    row1->addWidget(category_, 1);
    row1->addWidget(severity_);
    form->addRow(tr("类别"), row1);
    auto* row2 = new QHBoxLayout;
    row2->addWidget(state_, 1);
    row2->addWidget(overdue_);
    form->addRow(tr("状态"), row2);
    form->addRow(tr("网格"), grid_);
    auto* row3 = new QHBoxLayout;
    row3->addWidget(from_, 1);
    row3->addWidget(to_, 1);
    form->addRow(period_, row3);

    const auto changedNow = [this] { emit changed(); };
    for (QComboBox* c : {category_, state_, severity_, grid_})
        connect(c, &QComboBox::currentIndexChanged, this, changedNow);
    connect(overdue_, &QCheckBox::toggled, this, changedNow);
    connect(period_, &QCheckBox::toggled, this, [this, changedNow](bool on) {
        from_->setEnabled(on);
        to_->setEnabled(on);
        changedNow();
    });
    for (QDateEdit* d : {from_, to_}) connect(d, &QDateEdit::dateChanged, this, changedNow);
}

void IssueFilterBar::setTable(const std::shared_ptr<const analysis::IssueTable>& table) {
    table_ = table;
    const QString category = category_->currentText(), grid = grid_->currentData().toString();
    QSignalBlocker a(category_), b(grid_);
    while (category_->count() > 1) category_->removeItem(1);
    while (grid_->count() > 1) grid_->removeItem(1);
    if (table) {
        for (size_t c = 0; c < table->categories().size(); ++c)
            category_->addItem(QString::fromStdString(table->categories()[c]), static_cast<int>(c));
        for (const analysis::GridInfo& g : table->grids())
            grid_->addItem(QStringLiteral("%1 %2").arg(QString::fromStdString(g.code), QString::fromStdString(g.name)),
                           QString::fromStdString(g.code));
        // The reporting period starts on the ledger's first report.
        int64_t first = INT64_MAX, last = INT64_MIN;
        for (size_t i = 0; i < table->size(); ++i)
            if (table->reportedAt(i) != analysis::kNoTime) {
                first = std::min(first, table->reportedAt(i));
                last = std::max(last, table->reportedAt(i));
            }
        if (first <= last && !period_->isChecked()) {
            const auto day = [](int64_t s) { return QDateTime::fromSecsSinceEpoch(s, Qt::UTC).date(); };
            QSignalBlocker c(from_), d(to_);
            from_->setDate(day(first));
            to_->setDate(day(last));
        }
    }
    category_->setCurrentIndex(std::max(0, category_->findText(category)));
    grid_->setCurrentIndex(std::max(0, grid_->findData(grid)));
}

analysis::IssueFilter IssueFilterBar::filter() const {
    analysis::IssueFilter f;
    f.now = ledger::localNow();
    if (const int c = category_->currentData().toInt(); c >= 0) f.categories.set(static_cast<size_t>(c));
    const int s = state_->currentData().toInt();
    if (s == kOpenStates) {
        for (int st = 0; st < ledger::kStateCount; ++st)
            if (!ledger::isFinal(static_cast<ledger::State>(st))) f.states.set(static_cast<size_t>(st));
    } else if (s >= 0) {
        f.states.set(static_cast<size_t>(s));
    }
    if (const int v = severity_->currentData().toInt(); v >= 0) f.severities.set(static_cast<size_t>(v));
    if (table_ && grid_->currentIndex() > 0) {
        const std::string code = grid_->currentData().toString().toStdString();
        const auto& grids = table_->grids();
        for (size_t g = 0; g < grids.size(); ++g)
            if (grids[g].code == code) f.grids.push_back(static_cast<uint32_t>(g));
    }
    if (period_->isChecked()) {
        f.from = dayStart(from_->date());
        f.to = dayStart(to_->date().addDays(1));
    }
    f.overdueOnly = overdue_->isChecked();
    return f;
}

}  // namespace ga::app
