#pragma once

namespace einvoice {

struct ApiError;

// The command line's exit codes; scripts rely on them (see README "Command line").
enum class ExitCode {
    Ok = 0,
    Failure = 1, // API or network failure
    Usage = 2, // bad arguments or an invalid invoice; nothing was sent
    AuthFailed = 3, // no credentials, or the server refused them
    QuotaExceeded = 4,
    JobFailed = 5, // the create or issue job ended Failed
};

ExitCode exitCodeFor(const ApiError &error);

} // namespace einvoice
