#include "edit/edit_plan.h"

#include <fmt/format.h>

namespace ga::edit {

Result<int64_t> commitPlan(store::Project& project, Workspace& workspace, const EditPlan& plan,
                           const std::string& operatorName) {
    if (plan.changes.empty()) return fail(fmt::format("{}: nothing to change", plan.action));
    const store::EditLogEntry entry{store::resolveOperator(operatorName, project.settings()), plan.action, plan.target,
                                    plan.summary, plan.detail};
    auto id = store::commitChanges(project, plan.changes, entry);
    if (!id) return id;
    if (auto r = workspace.apply(plan.changes); !r)
        return fail(
            fmt::format("edit #{} was saved, but the map in memory could not follow: {}", *id, r.error().message));
    return id;
}

Result<int64_t> undoInWorkspace(store::Project& project, Workspace& workspace, int64_t editId,
                                const std::string& operatorName) {
    auto id = store::undoEdit(project, editId, operatorName);
    if (!id) return id;
    auto changes = store::changesOf(project, *id);
    if (!changes) return std::unexpected(changes.error());
    if (auto r = workspace.apply(*changes); !r)
        return fail(
            fmt::format("undo #{} was saved, but the map in memory could not follow: {}", *id, r.error().message));
    return id;
}

}  // namespace ga::edit
