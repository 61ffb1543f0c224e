#include "store/cancellation.h"

namespace ga::store {
namespace {

// SQLite calls this every kOpsPerCheck virtual-machine steps; non-zero interrupts the statement.
constexpr int kOpsPerCheck = 1000;

int checkCancelled(void* flag) {
    return static_cast<const std::atomic<bool>*>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

}  // namespace

void watchCancellation(Project& project, const std::atomic<bool>* cancelled) {
    if (cancelled)
        sqlite3_progress_handler(project.db().handle(), kOpsPerCheck, checkCancelled,
                                 const_cast<std::atomic<bool>*>(cancelled));
    else
        sqlite3_progress_handler(project.db().handle(), 0, nullptr, nullptr);
}

}  // namespace ga::store
