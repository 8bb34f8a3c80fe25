#pragma once

namespace einvoice {

// What the status bar says about the link to the current environment's server.
enum class ConnectionState {
    NotConnected, // nothing tried yet, or no credentials
    Connecting, // fetching a token or starting the Demo server
    Connected, // the last request succeeded
    Offline, // the server could not be reached
    SignInFailed, // the server rejected the credentials
    ServerError, // the server answered with an error
};

} // namespace einvoice
