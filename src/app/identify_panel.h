#pragma once
// The identify dock: the sections of an IdentifyResult as a tree, with buttons that open the
// attribute forms of what was hit.
#include <QWidget>
#include <memory>

#include "app/identify.h"

namespace Ui {
class IdentifyPanel;
}

namespace ga::app {

class IdentifyPanel : public QWidget {
    Q_OBJECT

public:
    explicit IdentifyPanel(QWidget* parent = nullptr);
    ~IdentifyPanel() override;

    void showResult(const IdentifyResult& result);
    void clear();
    const IdentifyResult& result() const { return result_; }
    /// Disables the edit buttons of a read-only project.
    void setEditable(bool editable);

signals:
    void editGridRequested(qint64 gridId);
    void editBuildingRequested(qint64 buildingId);
    void staffRequested(const QString& gridCode);

private:
    void updateButtons();

    std::unique_ptr<Ui::IdentifyPanel> ui_;
    IdentifyResult result_;
    bool editable_ = true;
};

}  // namespace ga::app
