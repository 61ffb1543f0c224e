#pragma once
// The Issues dock's map views of the ledger: issue symbols, the heatmap (radius, weight, fixed
// maximum) and the per-grid choropleth (issues, per 100 households, closure rate, overdue), all
// stepped by one month-by-month time slider that can play. It turns the dock's filter into map
// overlays.
#include <QTimer>
#include <QWidget>
#include <memory>
#include <vector>

#include "analysis/issue_filter.h"
#include "analysis/issue_table.h"
#include "model/map_model.h"
#include "render/map_overlay.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

namespace ga::app {

class ThematicPanel : public QWidget {
    Q_OBJECT

public:
    enum class Choropleth { None, Issues, Per100Households, ClosureRate, Overdue };

    explicit ThematicPanel(QWidget* parent = nullptr);

    /// The months the slider steps through: those of `table`.
    void setTable(const std::shared_ptr<const analysis::IssueTable>& table);
    /// The overlays for the map: choropleth, heatmap, symbols (as switched on), for `filter`.
    std::vector<std::shared_ptr<const render::MapOverlay>> overlays(const std::shared_ptr<const model::MapModel>& model,
                                                                     const analysis::IssueFilter& filter) const;

    QCheckBox& heatmapBox() const { return *heatmap_; }
    QCheckBox& symbolsBox() const { return *symbols_; }
    QSpinBox& radiusBox() const { return *radius_; }
    QCheckBox& sliderBox() const { return *byMonth_; }
    QSlider& slider() const { return *slider_; }
    QPushButton& playButton() const { return *play_; }
    QComboBox& choroplethBox() const { return *choropleth_; }
    QCheckBox& fixedMaxBox() const { return *fixedMax_; }
    QDoubleSpinBox& maxBox() const { return *max_; }
    /// The month the slider shows ("2026-03"), empty when the slider is off.
    QString sliderMonth() const;
    /// Steps the slider one month (wrapping at the end); what the play timer does.
    void stepMonth();

signals:
    /// Anything that changes the overlays changed.
    void changed();

private:
    void updateMonthLabel();
    /// The dock's filter narrowed to the slider's month when the slider is on.
    analysis::IssueFilter shownFilter(const analysis::IssueFilter& filter) const;

    QCheckBox* symbols_;
    QCheckBox* heatmap_;
    QSpinBox* radius_;
    QComboBox* weight_;
    QCheckBox* fixedMax_;
    QDoubleSpinBox* max_;
    QCheckBox* byMonth_;
    QSlider* slider_;
    QPushButton* play_;
    QLabel* month_;
    QComboBox* choropleth_;
    QTimer timer_;
    int32_t firstMonth_ = 0;
    std::shared_ptr<const analysis::IssueTable> table_;
};

}  // namespace ga::app
