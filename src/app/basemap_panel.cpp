#include "app/basemap_panel.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "app/basemap_dialog.h"

namespace ga::app {
namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

QString q(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

BasemapPanel::BasemapPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("basemapPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->setSpacing(4);
    auto* title = new QLabel(tr("<b>底图</b>"), this);
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("basemapList"));
    list_->setToolTip(tr("勾选显示底图；底图总在所有图层之下，上面的底图盖住下面的"));
    // Few basemaps: a short list, so the layers above keep their room.
    list_->setMinimumHeight(list_->fontMetrics().height() * 2 + 8);
    list_->setMaximumHeight(list_->fontMetrics().height() * 6);
    list_->setAlternatingRowColors(true);

    auto* opacityRow = new QHBoxLayout;
    opacity_ = new QSlider(Qt::Horizontal, this);
    opacity_->setObjectName(QStringLiteral("basemapOpacity"));
    opacity_->setRange(0, 100);
    opacityValue_ = new QLabel(QStringLiteral("100%"), this);
    opacityValue_->setMinimumWidth(36);
    opacityRow->addWidget(new QLabel(tr("不透明度"), this));
    opacityRow->addWidget(opacity_);
    opacityRow->addWidget(opacityValue_);

    auto* header = new QHBoxLayout;
    up_ = new QToolButton(this);
    up_->setArrowType(Qt::UpArrow);
    up_->setToolTip(tr("上移底图"));
    down_ = new QToolButton(this);
    down_->setArrowType(Qt::DownArrow);
    down_->setToolTip(tr("下移底图"));
    add_ = new QToolButton(this);
    add_->setText(tr("添加底图…"));
    add_->setObjectName(QStringLiteral("addBasemap"));
    add_->setToolTip(tr("正射影像（GeoTIFF）、MBTiles 瓦片文件，或内网天地图等 XYZ / WMTS 瓦片服务"));
    remove_ = new QToolButton(this);
    remove_->setText(tr("移除"));
    remove_->setObjectName(QStringLiteral("removeBasemap"));
    header->addWidget(title);
    header->addStretch();
    header->addWidget(add_);
    header->addWidget(remove_);
    header->addWidget(up_);
    header->addWidget(down_);

    layout->addLayout(header);
    layout->addWidget(list_);
    layout->addLayout(opacityRow);

    connect(list_, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (updating_) return;
        const size_t i = static_cast<size_t>(item->data(kIndexRole).toInt());
        if (i < settings_.size()) setBasemapVisible(settings_[i].name, item->checkState() == Qt::Checked);
    });
    connect(list_, &QListWidget::currentRowChanged, this, &BasemapPanel::currentChanged);
    connect(opacity_, &QSlider::valueChanged, this, [this](int v) {
        opacityValue_->setText(QStringLiteral("%1%").arg(v));
        const auto i = currentIndex();
        if (!updating_ && i) setBasemapOpacity(settings_[*i].name, v / 100.0);
    });
    connect(up_, &QToolButton::clicked, this, [this] { move(1); });
    connect(down_, &QToolButton::clicked, this, [this] { move(-1); });
    connect(add_, &QToolButton::clicked, this, &BasemapPanel::showAddDialog);
    connect(remove_, &QToolButton::clicked, this, [this] {
        const auto i = currentIndex();
        if (!i) return;
        const std::string name = settings_[*i].name;
        if (QMessageBox::question(this, tr("移除底图"),
                                  tr("从项目中移除底图“%1”？影像文件本身不会删除。").arg(q(name))) != QMessageBox::Yes)
            return;
        if (auto r = removeBasemap(name); !r) QMessageBox::warning(this, tr("移除底图"), q(r.error().message));
    });
    rebuildList();
}

BasemapPanel::~BasemapPanel() = default;

BasemapPanel* BasemapPanel::installUnder(QDockWidget& dock) {
    QWidget* above = dock.widget();
    auto* box = new QWidget(&dock);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (above) layout->addWidget(above, 1);
    auto* panel = new BasemapPanel(box);
    layout->addWidget(panel);
    dock.setWidget(box);
    return panel;
}

void BasemapPanel::setSession(ProjectSession* session) {
    session_ = session;
    settings_.clear();
    opened_.clear();
    problems_.clear();
    if (session_) {
        auto saved = store::loadBasemaps(session_->project());
        if (saved)
            settings_ = std::move(*saved);
        else
            emit message(tr("底图列表无法读取：%1").arg(q(saved.error().message)));
        for (const auto& layer : session_->basemaps()) opened_[layer->setting().name] = layer;
        for (const store::BasemapSetting& s : settings_) {
            if (opened_.contains(s.name)) continue;
            const std::string prefix = "basemap " + s.name + ": ";
            const auto& all = session_->basemapProblems();
            const auto it =
                std::find_if(all.begin(), all.end(), [&](const std::string& p) { return p.starts_with(prefix); });
            problems_[s.name] = it != all.end() ? it->substr(prefix.size()) : tr("无法打开").toStdString();
        }
        if (!problems_.empty())
            emit message(tr("有 %1 个底图无法打开：%2").arg(problems_.size()).arg(q(problems_.begin()->second)));
    }
    rebuildList();
    emit layersChanged(layers());
}

render::BasemapLayers BasemapPanel::layers() const {
    render::BasemapLayers out;
    for (const store::BasemapSetting& s : settings_)
        if (const auto it = opened_.find(s.name); it != opened_.end()) out.push_back(it->second);
    return out;
}

store::BasemapSetting* BasemapPanel::find(const std::string& name) {
    const auto it = std::find_if(settings_.begin(), settings_.end(), [&](const auto& s) { return s.name == name; });
    return it == settings_.end() ? nullptr : &*it;
}

void BasemapPanel::showAddDialog() {
    if (!session_) return;
    if (session_->isReadOnly()) {
        QMessageBox::information(this, tr("添加底图"), tr("项目以只读方式打开，不能添加底图。"));
        return;
    }
    BasemapDialog dialog(session_->project().settings().srid, this);
    if (dialog.exec() != QDialog::Accepted) return;
    if (auto r = addBasemap(dialog.setting(), dialog.source()); !r)
        QMessageBox::warning(this, tr("添加底图"), q(r.error().message));
}

Result<void> BasemapPanel::addBasemap(const store::BasemapSetting& setting,
                                      std::shared_ptr<const io::BasemapSource> source) {
    if (!session_) return fail("no project is open");
    if (!source) return fail(setting.source + ": not opened");
    if (auto r = store::addBasemap(session_->project(), setting, session_->operatorName()); !r) return r;
    settings_.push_back(setting);
    opened_[setting.name] = std::make_shared<const render::BasemapLayer>(
        std::make_shared<const render::BasemapTiles>(std::move(source)), setting);
    problems_.erase(setting.name);
    rebuildList();
    list_->setCurrentRow(0);
    emit layersChanged(layers());
    emit message(tr("已添加底图 %1").arg(q(setting.name)));
    return {};
}

Result<void> BasemapPanel::removeBasemap(const std::string& name) {
    if (!session_) return fail("no project is open");
    if (auto r = store::removeBasemap(session_->project(), name, session_->operatorName()); !r) return r;
    std::erase_if(settings_, [&](const auto& s) { return s.name == name; });
    opened_.erase(name);
    problems_.erase(name);
    rebuildList();
    emit layersChanged(layers());
    return {};
}

void BasemapPanel::setBasemapVisible(const std::string& name, bool visible) {
    store::BasemapSetting* s = find(name);
    if (!s || s->visible == visible) return;
    s->visible = visible;
    changed();
}

void BasemapPanel::setBasemapOpacity(const std::string& name, double opacity) {
    store::BasemapSetting* s = find(name);
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (!s || s->opacity == opacity) return;
    s->opacity = opacity;
    changed();
}

void BasemapPanel::move(int delta) {
    const auto i = currentIndex();
    if (!i) return;
    const auto to = static_cast<ptrdiff_t>(*i) + delta;
    if (to < 0 || to >= static_cast<ptrdiff_t>(settings_.size())) return;
    std::swap(settings_[*i], settings_[static_cast<size_t>(to)]);
    changed();
    list_->setCurrentRow(static_cast<int>(settings_.size()) - 1 - static_cast<int>(to));
}

// Keeps the project, the list and the canvas in step after a change of the settings.
void BasemapPanel::changed() {
    if (session_ && !session_->isReadOnly()) {
        if (auto r = store::saveBasemaps(session_->project(), settings_); !r)
            emit message(tr("底图设置未能保存：%1").arg(q(r.error().message)));
    }
    for (const store::BasemapSetting& s : settings_)
        if (auto it = opened_.find(s.name); it != opened_.end() && !(it->second->setting() == s))
            it->second = it->second->with(s);
    const int row = list_->currentRow();
    rebuildList();
    list_->setCurrentRow(row);
    emit layersChanged(layers());
}

std::optional<size_t> BasemapPanel::currentIndex() const {
    const QListWidgetItem* item = list_->currentItem();
    if (!item) return std::nullopt;
    const auto i = static_cast<size_t>(item->data(kIndexRole).toInt());
    return i < settings_.size() ? std::optional(i) : std::nullopt;
}

void BasemapPanel::rebuildList() {
    updating_ = true;
    list_->clear();
    // Top first, as the layer list above.
    for (size_t i = settings_.size(); i-- > 0;) {
        const store::BasemapSetting& s = settings_[i];
        auto* item = new QListWidgetItem(q(s.name), list_);
        item->setData(kIndexRole, static_cast<int>(i));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(s.visible ? Qt::Checked : Qt::Unchecked);
        QString tip = q(s.source);
        if (const auto p = problems_.find(s.name); p != problems_.end()) {
            item->setText(tr("%1（无法打开）").arg(q(s.name)));
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            tip += QStringLiteral("\n") + q(p->second);
        }
        item->setToolTip(tip);
    }
    if (list_->count() > 0) list_->setCurrentRow(0);
    updating_ = false;
    currentChanged();
}

void BasemapPanel::currentChanged() {
    const auto i = currentIndex();
    const bool writable = session_ && !session_->isReadOnly();
    add_->setEnabled(writable);
    remove_->setEnabled(writable && i.has_value());
    opacity_->setEnabled(i.has_value());
    up_->setEnabled(i && *i + 1 < settings_.size());
    down_->setEnabled(i && *i > 0);
    const bool was = updating_;
    updating_ = true;
    opacity_->setValue(i ? static_cast<int>(std::lround(settings_[*i].opacity * 100)) : 100);
    opacityValue_->setText(QStringLiteral("%1%").arg(opacity_->value()));
    updating_ = was;
}

}  // namespace ga::app
