#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace einvoice {

// Time source, injectable so that tests control "now".
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    // Vietnam's civil time zone; invoice dates are read in it.
    static QTimeZone vietnamTimeZone();
    QDateTime nowInVietnam() const { return nowUtc().toTimeZone(vietnamTimeZone()); }
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    static const SystemClock &instance();
};

// A clock that stays where a test puts it.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime nowUtc) : m_now(std::move(nowUtc)) { }
    QDateTime nowUtc() const override { return m_now; }
    void setNowUtc(const QDateTime &now) { m_now = now; }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace einvoice
