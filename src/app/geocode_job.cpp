#include "app/geocode_job.h"

#include <QLocale>
#include <QPointer>

namespace ga::app {

GeocodeJob::GeocodeJob(QString projectPath, geocode::GeocodeOptions options, QObject* parent)
    : QObject(parent), projectPath_(std::move(projectPath)), options_(std::move(options)) {}

GeocodeJob::~GeocodeJob() {
    if (thread_) {
        cancelled_ = true;
        thread_->wait();
    }
}

bool GeocodeJob::isRunning() const { return thread_ && thread_->isRunning(); }

void GeocodeJob::cancel() { cancelled_ = true; }

void GeocodeJob::start() {
    cancelled_ = false;
    thread_.reset(QThread::create([this] {
        GeocodeOutcome outcome;
        auto project = store::Project::open(projectPath_.toStdString());
        if (!project) {
            outcome.message = QString::fromStdString(project.error().message);
        } else {
            geocode::GeocodeOptions o = options_;
            o.cancelled = &cancelled_;
            QPointer<GeocodeJob> self = this;
            o.progress = [self](std::string_view stage, double fraction) {
                const QString s = QString::fromUtf8(stage.data(), static_cast<qsizetype>(stage.size()));
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, s, fraction] {
                        if (self) emit self->progressed(s, fraction);
                    },
                    Qt::QueuedConnection);
            };
            auto report = geocode::geocodeProject(*project, o);
            outcome.cancelled = cancelled_.load() && !report;
            if (report) {
                outcome.ok = true;
                outcome.report = *report;
                outcome.message = summarize(*report);
            } else {
                outcome.message = outcome.cancelled ? tr("地理编码已取消，项目未改动。")
                                                    : QString::fromStdString(report.error().message);
            }
        }
        QMetaObject::invokeMethod(
            this, [this, outcome] { emit finished(outcome); }, Qt::QueuedConnection);
    }));
    thread_->start();
}

QString summarize(const geocode::GeocodeReport& r) {
    const QLocale l;
    QString s = GeocodeJob::tr("%1 户关联到楼栋（其中 %2 户按坐标），%3 户待复核")
                    .arg(l.toString(r.linked), l.toString(r.linkedByPoint), l.toString(r.review));
    if (r.keptLinks > 0) s += GeocodeJob::tr("，%1 户保留原关联").arg(l.toString(r.keptLinks));
    if (r.manual > 0) s += GeocodeJob::tr("，%1 户为人工关联未改动").arg(l.toString(r.manual));
    return s;
}

}  // namespace ga::app
