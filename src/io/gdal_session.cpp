#include "io/gdal_session.h"

#include <gdal.h>

#include <mutex>

namespace ga::io {

void registerGdalDrivers() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

GdalFailures::GdalFailures() {
    CPLErrorReset();
    CPLPushErrorHandlerEx(&GdalFailures::handle, this);
}

GdalFailures::~GdalFailures() { CPLPopErrorHandler(); }

std::string GdalFailures::failureOr(std::string_view fallback) const {
    return failed() ? first_ : std::string(fallback);
}

std::string GdalFailures::firstLineOr(std::string_view fallback) const {
    return failed() ? first_.substr(0, first_.find('\n')) : std::string(fallback);
}

void CPL_STDCALL GdalFailures::handle(CPLErr kind, CPLErrorNum, const char* message) {
    auto* self = static_cast<GdalFailures*>(CPLGetErrorHandlerUserData());
    if ((kind == CE_Failure || kind == CE_Fatal) && self->first_.empty()) self->first_ = message ? message : "";
}

}  // namespace ga::io
