#pragma once
// How the editing commands (split, merge, undo) report what they did: the grids as the edit left
// them, its warnings, and the edit-log id to undo it by.
#include <cstdint>
#include <functional>

#include "cli/args.h"
#include "edit/edit_plan.h"
#include "edit/workspace.h"

namespace ga::cli {

/// Prints a committed plan: text for people, or JSON with --json.
void printCommitted(const edit::EditPlan& plan, int64_t editId, bool json);

/// What split and merge share: opens the project, plans the edit over its workspace, commits it
/// as the operator and prints it. Returns the exit status.
int commitEdit(const Args& a, const std::function<Result<edit::EditPlan>(store::Project&, edit::Workspace&)>& plan);

}  // namespace ga::cli
