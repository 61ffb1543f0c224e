#include "app/project_opening.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QThread>

#include "app/translations.h"

namespace ga::app {

ProjectOpening::ProjectOpening(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("projectOpening"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    label_ = new QLabel(this);
    bar_ = new QProgressBar(this);
    bar_->setMaximumWidth(160);
    bar_->setMaximumHeight(14);
    bar_->setTextVisible(false);
    layout->addWidget(label_);
    layout->addWidget(bar_);
    hide();
}

ProjectOpening::~ProjectOpening() = default;

void ProjectOpening::showProgress(store::Layer layer, int done, int total) {
    bar_->setRange(0, total);
    bar_->setValue(done);
    label_->setText(tr("正在打开 %1：读取%2…").arg(name_, layerName(layer)));
    emit progressed(layer, done, total);
}

Result<std::unique_ptr<ProjectSession>> ProjectOpening::open(const QString& path) {
    if (busy_) return fail(tr("正在打开另一个项目（%1），请稍候").arg(name_).toStdString());
    auto session = ProjectSession::open(path, ProjectSession::ContentReading::Later);
    if (!session) return session;
    busy_ = true;
    name_ = QFileInfo(path).fileName();
    label_->setText(tr("正在打开 %1…").arg(name_));
    bar_->setRange(0, 0);
    show();
    emit started(path);

    // The worker reads through its own connection; progress comes back as queued calls. The
    // result lives here, and the worker is always waited for before this frame goes.
    Result<ProjectContent> content = fail("not read");
    const QString readPath = (*session)->path();
    const model::LoadProgress progress = [this](store::Layer layer, int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, layer, done, total] { showProgress(layer, done, total); }, Qt::QueuedConnection);
    };
    std::unique_ptr<QThread> worker(
        QThread::create([&content, readPath, progress] { content = readProjectContent(readPath, progress); }));
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();

    busy_ = false;
    hide();
    emit finished();
    if (!content) return fail(contentReadFailure(path, content.error().message).toStdString());
    (*session)->setContent(std::move(*content));
    return session;
}

}  // namespace ga::app
