#pragma once
// The open project's issue ledger in memory (analysis::IssueTable), read on a worker thread so
// a district of 500k issues never holds up the window; reloaded after a transition or import.
#include <QObject>
#include <QThread>
#include <memory>
#include <vector>

#include "analysis/issue_table.h"

namespace ga::app {

class IssueLedger : public QObject {
    Q_OBJECT

public:
    explicit IssueLedger(QObject* parent = nullptr);
    ~IssueLedger() override;

    /// Reads the ledger of the project at `path` in the background; loaded() follows.
    void reload(const QString& path);
    /// Forgets the ledger (no project open).
    void clear();
    /// The ledger last read (null before the first load or after clear()).
    std::shared_ptr<const analysis::IssueTable> table() const { return table_; }
    bool isLoading() const { return loading_; }

signals:
    /// A reload finished; `error` is empty on success.
    void loaded(const QString& error);

private:
    std::shared_ptr<const analysis::IssueTable> table_;
    std::vector<std::unique_ptr<QThread>> workers_;
    quint64 generation_ = 0;
    bool loading_ = false;
};

}  // namespace ga::app
