#include "app/issue_ledger.h"

namespace ga::app {

IssueLedger::IssueLedger(QObject* parent) : QObject(parent) {}

IssueLedger::~IssueLedger() {
    for (auto& w : workers_) w->wait();
}

void IssueLedger::reload(const QString& path) {
    const quint64 generation = ++generation_;
    loading_ = true;
    std::erase_if(workers_, [](const std::unique_ptr<QThread>& w) { return w->isFinished(); });
    workers_.emplace_back(QThread::create([this, path, generation] {
        std::shared_ptr<const analysis::IssueTable> table;
        QString error;
        // A connection of its own: the window's stays free for the UI thread.
        auto project = store::Project::open(path.toStdString(), true);
        if (!project) error = QString::fromStdString(project.error().message);
        if (project) {
            auto t = analysis::IssueTable::load(*project);
            if (t)
                table = std::make_shared<const analysis::IssueTable>(std::move(*t));
            else
                error = QString::fromStdString(t.error().message);
        }
        QMetaObject::invokeMethod(this, [this, generation, table = std::move(table), error] {
            if (generation != generation_) return;
            loading_ = false;
            if (error.isEmpty()) table_ = table;
            emit loaded(error);
        });
    }));
    workers_.back()->start();
}

void IssueLedger::clear() {
    ++generation_;
    loading_ = false;
    table_.reset();
    emit loaded(QString());
}

}  // namespace ga::app
