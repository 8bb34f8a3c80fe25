#include "exitcode.h"

#include "api/apierror.h"

namespace einvoice {

ExitCode exitCodeFor(const ApiError &error)
{
    if (error.isOk())
        return ExitCode::Ok;
    if (error.kind == ApiError::Kind::Validation)
        return ExitCode::Usage;
    if (error.isAuthenticationFailure())
        return ExitCode::AuthFailed;
    if (error.isQuotaExceeded())
        return ExitCode::QuotaExceeded;
    return ExitCode::Failure;
}

} // namespace einvoice
