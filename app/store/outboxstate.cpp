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

} // namespace

QString toWire(OutboxKind kind)
{
    return kind == OutboxKind::Create ? QStringLiteral("create") : QStringLiteral("issue");
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
    if (text == QLatin1String("create"))
        return OutboxKind::Create;
    if (text == QLatin1String("issue"))
        return OutboxKind::Issue;
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
