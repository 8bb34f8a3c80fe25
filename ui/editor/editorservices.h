#pragma once

#include <QString>

namespace einvoice {

class CatalogueRepository;
class Clock;
class EditorPrompter;
class InvoiceActions;
class LocalDraftRepository;

// What the invoice editor works with, handed in from outside so that tests can replace each
// part. Nothing is owned by the page; everything must outlive it. Only `environment` is
// required: without actions the server buttons stay disabled, without drafts nothing is
// autosaved, without a catalogue there is no autocomplete, without a prompter the built-in
// dialogs ask, without a clock the system clock is used.
struct EditorServices
{
    InvoiceActions *actions = nullptr;
    LocalDraftRepository *drafts = nullptr;
    CatalogueRepository *catalogue = nullptr;
    EditorPrompter *prompter = nullptr;
    const Clock *clock = nullptr;
    QString environment; // EnvironmentId::key()
    QString environmentName; // shown in the Production confirmation, e.g. "Production"
    bool production = false; // issuing asks for confirmation first
};

} // namespace einvoice
