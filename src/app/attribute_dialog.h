#pragma once
// The attribute form of one grid or building: an editor per field of the layer (personal fields
// never shown), saved as one store transaction with an edit-log entry and an undo step.
#include <QDialog>
#include <memory>
#include <vector>

#include "app/project_session.h"
#include "store/attribute_edits.h"

namespace Ui {
class AttributeDialog;
}
class QLineEdit;

namespace ga::app {

class AttributeDialog : public QDialog {
    Q_OBJECT

public:
    /// Fails when the feature cannot be read.
    static Result<std::unique_ptr<AttributeDialog>> create(ProjectSession& session, store::Layer layer, int64_t id,
                                                           QWidget* parent = nullptr);
    ~AttributeDialog() override;

    /// The editor of `field` (for tests and keyboard users), null when the layer has no such field.
    QLineEdit* editor(std::string_view field) const;
    /// Saves; on success the dialog is accepted, else the message is shown and false returned.
    bool save();

private:
    AttributeDialog(ProjectSession& session, store::FeatureAttributes values, QWidget* parent);

    std::unique_ptr<Ui::AttributeDialog> ui_;
    ProjectSession& session_;
    store::FeatureAttributes values_;
    std::vector<QLineEdit*> editors_;  ///< one per LayerDef field; null for fields not edited here
};

}  // namespace ga::app
