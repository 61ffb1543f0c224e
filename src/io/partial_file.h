#pragma once
// Files are written beside their target under another name and renamed over it only once the
// write succeeded, so a failed write never leaves a half-written file where the old one was.
#include <filesystem>
#include <string_view>

#include "core/error.h"

namespace ga::io {

/// Renames `partial` over `target`; on failure removes `partial` and names `shown` in the error.
Result<void> moveIntoPlace(const std::filesystem::path& partial, const std::filesystem::path& target,
                           std::string_view shown);

}  // namespace ga::io
