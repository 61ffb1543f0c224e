#pragma once
// What every GDAL call in io needs around it: the drivers registered once per process, and the
// failures GDAL reports kept for the caller's message instead of printed on stderr.
#include <cpl_error.h>

#include <string>
#include <string_view>

namespace ga::io {

/// Registers GDAL's drivers; cheap after the first call, safe from any thread.
void registerGdalDrivers();

/// Captures the first failure GDAL reports on this thread while the object lives, so the caller
/// turns it into a ga::Error that names the file.
class GdalFailures {
public:
    GdalFailures();
    ~GdalFailures();
    GdalFailures(const GdalFailures&) = delete;
    GdalFailures& operator=(const GdalFailures&) = delete;

    bool failed() const { return !first_.empty(); }
    /// The whole first failure; empty when there was none.
    const std::string& failure() const { return first_; }
    /// The whole first failure, or `fallback` when there was none.
    std::string failureOr(std::string_view fallback) const;
    /// The first line of the first failure (HTTP errors come with lines of advice), or `fallback`.
    std::string firstLineOr(std::string_view fallback) const;

private:
    static void CPL_STDCALL handle(CPLErr kind, CPLErrorNum, const char* message);
    std::string first_;
};

}  // namespace ga::io
