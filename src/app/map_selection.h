#pragma once
// The features selected on the map, shared by the canvas, the grid table and the forms: whoever
// changes it, the others follow through changed().
#include <QObject>
#include <QSet>

namespace ga::app {

class MapSelection : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    /// Store ids of the selected grids.
    const QSet<qint64>& grids() const { return grids_; }
    /// Store ids of the selected buildings.
    const QSet<qint64>& buildings() const { return buildings_; }
    bool isEmpty() const { return grids_.isEmpty() && buildings_.isEmpty(); }

    /// Replaces the selection; emits changed() only when it differs.
    void set(const QSet<qint64>& grids, const QSet<qint64>& buildings);
    void clear() { set({}, {}); }

signals:
    void changed();

private:
    QSet<qint64> grids_, buildings_;
};

}  // namespace ga::app
