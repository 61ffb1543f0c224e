#pragma once
// Stopping a long store operation from another thread: once the flag is set, the statement
// running on the connection (and every later one) fails with "interrupted", so the operation's
// transaction rolls back and the project stays as it was.
#include <atomic>

#include "store/project.h"

namespace ga::store {

/// Watches `cancelled` while statements run on `project`'s connection (SQLite's progress
/// handler); null stops watching. The flag must outlive the watch.
void watchCancellation(Project& project, const std::atomic<bool>* cancelled);

}  // namespace ga::store
