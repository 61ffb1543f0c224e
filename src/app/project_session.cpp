#include "app/project_session.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "app/app_settings.h"

namespace ga::app {
namespace {
Result<std::unique_ptr<QLockFile>> takeLock(const QString& path, QString& readOnlyReason) {
    auto lock = std::make_unique<QLockFile>(lockPathFor(path));
    // A lock is stale only when its process is gone, never because it is old: a workstation is
    // open all day.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) return lock;
    switch (lock->error()) {
        case QLockFile::LockFailedError: {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            readOnlyReason =
                QCoreApplication::translate("ProjectSession",
                                            "该项目已在另一个窗口中打开（%1 上的进程 %2），本窗口以只读方式打开。")
                    .arg(host)
                    .arg(pid);
            break;
        }
        case QLockFile::PermissionError:
            readOnlyReason =
                QCoreApplication::translate("ProjectSession", "项目所在文件夹不可写，无法加锁，项目以只读方式打开。");
            break;
        default:
            readOnlyReason = QCoreApplication::translate("ProjectSession", "无法为项目加锁，项目以只读方式打开。");
            break;
    }
    return std::unique_ptr<QLockFile>();
}

}  // namespace

QString lockPathFor(const QString& projectPath) { return projectPath + QStringLiteral(".lock"); }

QString contentReadFailure(const QString& path, const std::string& why) {
    return QCoreApplication::translate("ProjectSession", "无法读取项目 %1 的图层：%2")
        .arg(path, QString::fromStdString(why));
}

Result<std::unique_ptr<ProjectSession>> ProjectSession::open(const QString& path, ContentReading reading) {
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("ProjectSession", "文件不存在：%1").arg(path).toStdString());
    if (!info.isFile())
        return fail(QCoreApplication::translate("ProjectSession", "不是文件：%1").arg(path).toStdString());
    if (!info.isReadable())
        return fail(QCoreApplication::translate("ProjectSession", "没有读取权限：%1").arg(path).toStdString());
    std::unique_ptr<ProjectSession> s(new ProjectSession);
    s->path_ = info.absoluteFilePath();
    if (!info.isWritable()) {
        s->readOnlyReason_ = QCoreApplication::translate("ProjectSession", "项目文件不可写，以只读方式打开。");
    } else {
        auto lock = takeLock(s->path_, s->readOnlyReason_);
        if (!lock) return std::unexpected(lock.error());
        s->lock_ = std::move(*lock);
    }
    const bool readOnly = !s->lock_;
    auto project = store::Project::open(s->path_.toStdString(), readOnly);
    if (!project)
        return fail(QCoreApplication::translate("ProjectSession", "无法打开项目 %1：%2")
                        .arg(path, QString::fromStdString(project.error().message))
                        .toStdString());
    s->project_ = std::make_unique<store::Project>(std::move(*project));
    if (reading == ContentReading::Now) {
        auto content = readProjectContent(s->path_);
        if (!content) return fail(contentReadFailure(path, content.error().message).toStdString());
        s->setContent(std::move(*content));
    }
    return s;
}

ProjectSession::~ProjectSession() {
    // Close the database before the lock goes, so a waiting instance never sees a half-closed file.
    model_.reset();
    project_.reset();
    lock_.reset();
}

std::string ProjectSession::operatorName() const {
    return store::resolveOperator(AppSettings().operatorName().toStdString(), project_->settings());
}

void ProjectSession::setContent(ProjectContent content) {
    model_ = std::move(content.model);
    basemaps_ = std::move(content.basemaps);
    basemapProblems_ = std::move(content.basemapProblems);
}

Result<void> ProjectSession::reloadModel() {
    auto m = model::MapModel::load(*project_);
    if (!m) return std::unexpected(m.error());
    model_ = std::make_shared<const model::MapModel>(std::move(*m));
    emit modelChanged();
    return {};
}

Result<void> ProjectSession::afterEdit(store::Layer layer) {
    Result<void> r;
    if (layer != store::Layer::Staff && layer != store::Layer::Households) r = reloadModel();
    emit edited(layer);
    return r;
}

Result<void> ProjectSession::afterGridEdit(const store::ChangeSet& changes) {
    return followChanges(changes, store::Layer::Grids);
}

Result<void> ProjectSession::afterAttributeEdit(const store::FeatureAttributes& before,
                                                const store::FeatureAttributes& after) {
    // The change as the edit log would name it: the fields that differ, before and after.
    // afterChanges reads a grid or building again alone, and the whole map for layers it does not
    // follow (roads, compounds, ...).
    store::FeatureChange c;
    c.layer = after.layer;
    c.id = after.id;
    c.newVersion = false;
    c.before.emplace();
    c.after.emplace();
    const auto cell = [](const std::optional<std::string>& v) { return v ? store::CellValue(*v) : store::CellValue(); };
    const auto fields = store::layerDef(after.layer).fields;
    for (size_t i = 0; i < fields.size() && i < before.values.size() && i < after.values.size(); ++i)
        if (before.values[i] != after.values[i]) {
            c.before->set(fields[i].name, cell(before.values[i]));
            c.after->set(fields[i].name, cell(after.values[i]));
        }
    store::ChangeSet changes;
    changes.changes.push_back(std::move(c));
    return followChanges(changes, after.layer);
}

Result<void> ProjectSession::afterLinkChanged(int64_t household, std::optional<int64_t> from,
                                             std::optional<int64_t> to) {
    store::FeatureChange c;
    c.layer = store::Layer::Households;
    c.id = household;
    c.table = "household_links";
    c.newVersion = false;
    const auto image = [](std::optional<int64_t> building) {
        store::RowImage i;
        i.set("building", building ? store::CellValue(*building) : store::CellValue());
        return i;
    };
    c.before = image(from);
    c.after = image(to);
    store::ChangeSet changes;
    changes.changes.push_back(std::move(c));
    return followChanges(changes, store::Layer::Households);
}

Result<void> ProjectSession::followChanges(const store::ChangeSet& changes, store::Layer layer) {
    auto m = model_ ? model_->afterChanges(*project_, changes) : model::MapModel::load(*project_);
    Result<void> r;
    if (m) {
        model_ = std::make_shared<const model::MapModel>(std::move(*m));
        emit modelChanged();
    } else {
        r = std::unexpected(m.error());
    }
    emit edited(layer);
    return r;
}

}  // namespace ga::app
