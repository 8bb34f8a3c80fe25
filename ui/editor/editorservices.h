#pragma once

#include "render/invoicedocument.h"

#include <QDate>
#include <QString>

#include <functional>
#include <optional>

namespace einvoice {

class CatalogueRepository;
class Clock;
class InvoiceActions;
class LocalDraftRepository;
class Questions;

// What the invoice editor works with, handed in from outside so that tests can replace each
// part. Nothing is owned by the page; everything must outlive it. Only `environment` is
// required: without actions the server buttons stay disabled, without drafts nothing is
// autosaved, without a catalogue there is no autocomplete, without questions the message boxes
// ask, without a clock the system clock is used.
struct EditorServices
{
    InvoiceActions *actions = nullptr;
    LocalDraftRepository *drafts = nullptr;
    CatalogueRepository *catalogue = nullptr;
    Questions *questions = nullptr;
    const Clock *clock = nullptr;
    QString environment; // EnvironmentId::key()
    QString environmentName; // shown in the Production confirmation, e.g. "Production"
    bool production = false; // issuing asks for confirmation first
    // The date of the newest invoice numbered in a series of an environment (SeriesIssueDates);
    // empty when none or unknown. Unset: not checked.
    std::function<std::optional<QDate>(const QString &environment, const QString &series)> lastIssuedInSeries;
    // The seller the preview prints (the user's company), asked at each preview; unset: none.
    std::function<SellerInfo()> seller;
};

} // namespace einvoice
