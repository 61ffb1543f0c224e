#pragma once
// The review queue dock (户进房复核): runs geocoding with a progress bar, lists the households it
// left for an operator with their ranked candidate buildings, and resolves a row by a candidate,
// by a building clicked on the map, or as "not in this project" — optionally saving an alias so
// the same form matches by itself next time. Every resolution is on the undo stack and in the
// edit log. Personal data stays masked unless the operator reveals one household, which is
// logged. It also answers the search box's free-text addresses.
#include <QDockWidget>
#include <memory>
#include <optional>
#include <vector>

#include "app/address_search.h"
#include "store/feature_search.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableView;
class QTableWidget;

namespace ga::app {

class GeocodeJob;
class IdentifyTool;
class MainWindow;
class ProjectSession;
class ReviewModel;
struct GeocodeOutcome;

class ReviewDock : public QDockWidget {
    Q_OBJECT

public:
    explicit ReviewDock(MainWindow& window);
    ~ReviewDock() override;

    /// The open project (null: none).
    void setSession(ProjectSession* session);
    /// Reads the queue again.
    void reload();
    /// Starts geocoding the project (progress dialog, cancel); finished() follows.
    void geocode();
    /// Buildings the free text `text` may stand for, labelled with grid and grid leader.
    std::vector<store::SearchHit> findAddress(const QString& text);

    ReviewModel& model() const { return *model_; }
    QTableView& table() const { return *table_; }
    QTableWidget& candidates() const { return *candidates_; }
    /// Links the selected household to its candidate `rank` (0 = first).
    bool linkToCandidate(int rank);
    /// Links the selected household to the building with store id `buildingId`.
    bool linkTo(std::optional<int64_t> buildingId);
    /// Reveals the selected household's personal data (logged with `purpose`).
    bool revealSelected(const QString& purpose);
    QCheckBox& saveAlias() const { return *saveAlias_; }
    QLineEdit& aliasText() const { return *aliasText_; }

signals:
    /// A geocoding run ended (successfully or not).
    void geocoded(const ga::app::GeocodeOutcome& outcome);

private:
    void selectionChanged();
    void pickOnMap();
    void picked(geo::Point p, double tolerance);
    void askReveal();
    void exportList();
    void jobFinished(const GeocodeOutcome& outcome);
    void updateButtons();
    std::optional<int> selectedRow() const;
    std::optional<store::AddressAlias> aliasFor(int64_t buildingId) const;
    std::optional<geo::Box> buildingBox(int64_t buildingId) const;

    MainWindow& window_;
    ProjectSession* session_ = nullptr;
    ReviewModel* model_;
    QTableView* table_;
    QTableWidget* candidates_;
    QLabel* count_;
    QPushButton *geocode_, *link_, *pick_, *outside_, *reveal_, *export_;
    QDoubleSpinBox* threshold_;
    QCheckBox* saveAlias_;
    QLineEdit* aliasText_;
    QComboBox* aliasKind_;
    std::unique_ptr<IdentifyTool> pickTool_;
    std::unique_ptr<GeocodeJob> job_;
    QProgressDialog* progress_ = nullptr;
    AddressSearch search_;
};

}  // namespace ga::app
