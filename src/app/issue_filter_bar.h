#pragma once
// The Issues dock's filters: category, state (or all open ones), severity, reporting period,
// grid and overdue. Everything the dock shows — list, heatmap, choropleth, charts — follows them.
#include <QWidget>
#include <memory>

#include "analysis/issue_filter.h"
#include "analysis/issue_table.h"

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace ga::app {

class IssueFilterBar : public QWidget {
    Q_OBJECT

public:
    explicit IssueFilterBar(QWidget* parent = nullptr);

    /// Offers the categories and grids of `table` (keeping the choices that still exist).
    void setTable(const std::shared_ptr<const analysis::IssueTable>& table);
    /// The filter as chosen, overdue counted as of now.
    analysis::IssueFilter filter() const;

    QComboBox& categoryBox() const { return *category_; }
    QComboBox& stateBox() const { return *state_; }
    QCheckBox& overdueBox() const { return *overdue_; }
    QCheckBox& periodBox() const { return *period_; }
    QDateEdit& fromEdit() const { return *from_; }
    QDateEdit& toEdit() const { return *to_; }

signals:
    void changed();

private:
    QComboBox* category_;
    QComboBox* state_;
    QComboBox* severity_;
    QComboBox* grid_;
    QCheckBox* period_;
    QDateEdit* from_;
    QDateEdit* to_;
    QCheckBox* overdue_;
    std::shared_ptr<const analysis::IssueTable> table_;
};

}  // namespace ga::app
