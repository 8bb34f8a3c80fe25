#include "outboxstate.h"

#include <array>
#include <utility>

namespace einvoice {

namespace {

constexpr std::array<std::pair<OutboxState, const char *>, 7> stateNames {{
    {OutboxState::Queued, "queued"},
    {OutboxState::Sent, "sent"},
    {OutboxState::Tracking, "tracking"},
    {OutboxState::Succeeded, "succeeded"},
    {OutboxState::Failed, "failed"},
    {OutboxState::Unknown, "unknown"},
    {OutboxState::Cancelled, "cancelled"},
}};

constexpr std::array<std::pair<OutboxKind, const char *>, 4> kindNames {{
    {OutboxKind::Create, "create"},
    {OutboxKind::Issue, "issue"},
    {OutboxKind::Replace, "replace"},
    {OutboxKind::Adjust, "adjust"},
}};

} // namespace

QString toWire(OutboxKind kind)
{
    for (const auto &[value, name] : kindNames) {
        if (value == kind)
            return QString::fromLatin1(name);
    }
    return QString();
}

QString toWire(OutboxState state)
{
    for (const auto &[value, name] : stateNames) {
        if (value == state)
            return QString::fromLatin1(name);
    }
    return QString();
}

std::optional<OutboxKind> outboxKindFromWire(QStringView text)
{
    for (const auto &[value, name] : kindNames) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

std::optional<OutboxState> outboxStateFromWire(QStringView text)
{
    for (const auto &[value, name] : stateNames) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

} // namespace einvoice
