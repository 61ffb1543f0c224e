#pragma once
// 添加底图: a raster file (GeoTIFF orthophoto, MBTiles, ...) or a tile service URL (XYZ template
// such as 天地图, or WMTS), with its name, credit and opacity. OK opens the basemap and reads a
// little of it on a worker thread; a file that is no raster, one without a CRS, or a service
// that does not answer is named in the dialog, which stays open.
#include <QButtonGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <memory>

#include "io/basemap_source.h"
#include "store/basemap_settings.h"

namespace ga::app {

class BasemapDialog : public QDialog {
    Q_OBJECT

public:
    /// 天地图's imagery as an XYZ template (Web Mercator); the key (tk) is the office's own.
    static QString tiandituExample();

    /// For a project in EPSG:`srid`.
    explicit BasemapDialog(int srid, QWidget* parent = nullptr);
    ~BasemapDialog() override;

    /// Fills the source as the user would: a file path, or a URL (the service choice follows).
    void setSource(const QString& pathOrUrl);
    /// The basemap to add (after the dialog was accepted).
    store::BasemapSetting setting() const;
    /// The opened source (after the dialog was accepted).
    std::shared_ptr<const io::BasemapSource> source() const { return source_; }
    /// What is wrong with the source, as the dialog shows it ("" when nothing is).
    QString problem() const { return problem_; }
    /// True while the source is being opened.
    bool isChecking() const { return checking_; }

public slots:
    /// Opens and probes the source off the UI thread; accepts when it delivers.
    void accept() override;

private:
    QString sourceText() const;
    void sourceChanged();
    void showProblem(const QString& text);

    int srid_ = 0;
    QRadioButton* fileChoice_ = nullptr;
    QRadioButton* serviceChoice_ = nullptr;
    QLineEdit* file_ = nullptr;
    QLineEdit* url_ = nullptr;
    QLineEdit* name_ = nullptr;
    QLineEdit* attribution_ = nullptr;
    QSpinBox* opacity_ = nullptr;
    QLabel* status_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    bool nameEdited_ = false, attributionEdited_ = false, checking_ = false;
    QString problem_;
    std::shared_ptr<const io::BasemapSource> source_;
};

}  // namespace ga::app
