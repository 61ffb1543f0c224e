#pragma once
// How the editing commands (split, merge, undo) report what they did: the grids as the edit left
// them, its warnings, and the edit-log id to undo it by.
#include <cstdint>

#include "edit/edit_plan.h"

namespace ga::cli {

/// Prints a committed plan: text for people, or JSON with --json.
void printCommitted(const edit::EditPlan& plan, int64_t editId, bool json);

}  // namespace ga::cli
