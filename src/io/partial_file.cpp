#include "io/partial_file.h"

#include <fmt/format.h>

namespace ga::io {

Result<void> moveIntoPlace(const std::filesystem::path& partial, const std::filesystem::path& target,
                           std::string_view shown) {
    std::error_code ec;
    std::filesystem::rename(partial, target, ec);
    if (!ec) return {};
    std::error_code ignored;
    std::filesystem::remove(partial, ignored);
    return fail(fmt::format("{}: cannot write: {}", shown, ec.message()));
}

}  // namespace ga::io
