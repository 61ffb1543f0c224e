#pragma once
// The attributes of a building drawn on the map: compound, number, road and door number,
// households, floors, units, use and name. The compounds of the buildings around are offered,
// nearest first; households, floors and units left at 0 are stored as unknown.
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QSpinBox>

#include "edit/building_edits.h"
#include "edit/workspace.h"
#include "geo/geometry.h"

namespace ga::app {

class BuildingForm : public QDialog {
    Q_OBJECT

public:
    /// For a new building with `footprint` in grid `grid` ("" when no grid holds it).
    BuildingForm(const edit::Workspace& workspace, const geo::Geometry& footprint, const QString& grid,
                 QWidget* parent = nullptr);

    /// The attributes as entered.
    edit::BuildingAttributes attributes() const;
    /// Fills the form (for tests and for drawing the same kind of building again).
    void setAttributes(const edit::BuildingAttributes& attributes);

private:
    QComboBox* compound_ = nullptr;
    QLineEdit* number_ = nullptr;
    QLineEdit* road_ = nullptr;
    QLineEdit* door_ = nullptr;
    QSpinBox* households_ = nullptr;
    QSpinBox* floors_ = nullptr;
    QSpinBox* units_ = nullptr;
    QComboBox* use_ = nullptr;
    QLineEdit* name_ = nullptr;
};

}  // namespace ga::app
