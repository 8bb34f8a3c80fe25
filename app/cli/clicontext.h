#pragma once

#include "api/environment.h"
#include "clioptions.h"

namespace einvoice {

class CliOutput;
class CliSession;
class SepayClient;

// What a command works with: its options, where to print, and (once ready) the client.
struct CliContext
{
    CliOptions options;
    CliOutput *out = nullptr;
    CliSession *session = nullptr;
    SepayClient *client = nullptr; // null for commands that do not talk to the API
};

} // namespace einvoice
