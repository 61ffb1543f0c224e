#include "app/building_form.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <set>

#include "app/map_tools.h"
#include "edit/planar.h"

namespace ga::app {
namespace {

// Compounds are offered from the buildings this near the new one.
constexpr double kNearMetres = 200;

QString q(const std::string& s) { return QString::fromStdString(s); }

QSpinBox* countBox(int maximum, const QString& unit, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setRange(0, maximum);
    box->setSpecialValueText(BuildingForm::tr("未知"));
    box->setSuffix(unit);
    return box;
}

std::optional<long long> count(const QSpinBox* box) {
    return box->value() > 0 ? std::optional<long long>(box->value()) : std::nullopt;
}

}  // namespace

BuildingForm::BuildingForm(const edit::Workspace& ws, const geo::Geometry& footprint, const QString& grid,
                           QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("新增楼栋"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(grid.isEmpty() ? tr("占地 %1，不在任何网格内").arg(formatArea(geo::area(footprint)))
                                                : tr("占地 %1，属网格 %2").arg(formatArea(geo::area(footprint)), grid),
                                 this));
    // The compounds of the buildings around, nearest first.
    const geo::Point c = edit::centroid(footprint);
    std::vector<std::pair<double, size_t>> near;
    for (uint32_t b : ws.buildingsInBox({c.x - kNearMetres, c.y - kNearMetres, c.x + kNearMetres, c.y + kNearMetres})) {
        const geo::Point o = edit::centroid(ws.buildings()[b].geometry);
        near.push_back({std::hypot(o.x - c.x, o.y - c.y), b});
    }
    std::sort(near.begin(), near.end());
    compound_ = new QComboBox(this);
    compound_->setEditable(true);
    std::set<std::string> seen;
    for (const auto& [distance, b] : near) {
        const store::EditBuilding& x = ws.buildings()[b];
        if (!x.compound.empty() && seen.insert(x.compound).second) compound_->addItem(q(x.compound));
    }
    compound_->addItem(QString());
    number_ = new QLineEdit(this);
    number_->setPlaceholderText(tr("如 12 或 12号楼"));
    road_ = new QLineEdit(this);
    door_ = new QLineEdit(this);
    households_ = countBox(5000, tr(" 户"), this);
    floors_ = countBox(200, tr(" 层"), this);
    units_ = countBox(50, tr(" 个单元"), this);
    use_ = new QComboBox(this);
    use_->setEditable(true);
    use_->addItems({tr("住宅"), tr("商业"), tr("办公"), tr("教育"), tr("医疗"), tr("公共服务"), tr("工业")});
    name_ = new QLineEdit(this);
    auto* form = new QFormLayout;
    form->addRow(tr("小区"), compound_);
    form->addRow(tr("楼号"), number_);
    form->addRow(tr("道路"), road_);
    form->addRow(tr("门牌号"), door_);
    form->addRow(tr("户数"), households_);
    form->addRow(tr("层数"), floors_);
    form->addRow(tr("单元数"), units_);
    form->addRow(tr("用途"), use_);
    form->addRow(tr("名称"), name_);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    number_->setFocus();
}

edit::BuildingAttributes BuildingForm::attributes() const {
    edit::BuildingAttributes a;
    a.compound = compound_->currentText().trimmed().toStdString();
    a.number = number_->text().trimmed().toStdString();
    a.road = road_->text().trimmed().toStdString();
    a.door = door_->text().trimmed().toStdString();
    a.use = use_->currentText().trimmed().toStdString();
    a.name = name_->text().trimmed().toStdString();
    a.households = count(households_);
    a.floors = count(floors_);
    a.units = count(units_);
    return a;
}

void BuildingForm::setAttributes(const edit::BuildingAttributes& a) {
    compound_->setCurrentText(q(a.compound));
    number_->setText(q(a.number));
    road_->setText(q(a.road));
    door_->setText(q(a.door));
    use_->setCurrentText(q(a.use));
    name_->setText(q(a.name));
    households_->setValue(static_cast<int>(a.households.value_or(0)));
    floors_->setValue(static_cast<int>(a.floors.value_or(0)));
    units_->setValue(static_cast<int>(a.units.value_or(0)));
}

}  // namespace ga::app
