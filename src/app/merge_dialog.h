#pragma once
// Asks which code, name and staff survive a merge (default: the grid with most households), and
// shows the grids with their households and what the merged grid will hold.
#include <QComboBox>
#include <QDialog>
#include <QStringList>

#include "edit/merge.h"
#include "edit/workspace.h"

namespace ga::app {

class MergeDialog : public QDialog {
    Q_OBJECT

public:
    /// For grids `codes` of `workspace` (two or more).
    MergeDialog(const edit::Workspace& workspace, const QStringList& codes, QWidget* parent = nullptr);

    /// The request as chosen.
    edit::MergeRequest request() const;

private:
    QStringList codes_;
    QComboBox* into_ = nullptr;
    QComboBox* name_ = nullptr;
    QComboBox* staff_ = nullptr;
};

}  // namespace ga::app
