#pragma once
// How many accounts one network address may create in-band per hour (XEP-0077 §3.1.1 lets a server
// refuse registrations by local policy; open registration is what spammers look for). Counts only
// accounts actually created, in a sliding one-hour window, in memory: a restart forgets the history,
// which is acceptable for a rate limit. IPv6 addresses count per /64, the block one subscriber
// usually gets, so rotating through one's own prefix does not evade the limit.
#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <deque>
#include <functional>

namespace confab::modules {

class RegistrationThrottle
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic
    static constexpr qint64 WindowMs = 60 * 60 * 1000;

    explicit RegistrationThrottle(Clock clock = {});
    RegistrationThrottle(const RegistrationThrottle &) = delete; // the default clock refers to this
    RegistrationThrottle &operator=(const RegistrationThrottle &) = delete;

    // Whether `address` may create another account now; maxPerHour 0 means no limit.
    bool allows(const QString &address, qint64 maxPerHour);
    // An account was created from `address`.
    void record(const QString &address);
    // The key an address is counted under: IPv4 (also IPv4-mapped IPv6) as is, IPv6 as its /64.
    static QString bucketOf(const QString &address);

private:
    void prune(qint64 now);

    QElapsedTimer m_timer;
    Clock m_clock;
    QHash<QString, std::deque<qint64>> m_created; // bucket → creation times, oldest first
};

} // namespace confab::modules
