#pragma once
// The one error type every GridAtlas library returns; no exception crosses a library boundary.
#include <expected>
#include <string>

namespace ga {

struct Error {
    std::string message;  ///< what is wrong and where (file, line, feature id)
};

template <class T>
using Result = std::expected<T, Error>;

/// Shorthand for `return fail("...")` inside functions returning Result<T>.
inline std::unexpected<Error> fail(std::string message) { return std::unexpected(Error{std::move(message)}); }

}  // namespace ga
