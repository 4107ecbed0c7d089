#pragma once
// server.max_connections_per_address_per_minute: a fixed one-minute window per address bucket
// (core::addressBucket: IPv4 per address, IPv6 per /64), started by the bucket's first connection.
// In memory only; prune() drops finished windows so the table holds only buckets seen in the last
// minute.
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <functional>

namespace confab::server {

class AddressRateLimiter
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic
    static constexpr qint64 WindowMs = 60 * 1000;

    explicit AddressRateLimiter(Clock clock = {});
    AddressRateLimiter(const AddressRateLimiter &) = delete; // the default clock refers to this
    AddressRateLimiter &operator=(const AddressRateLimiter &) = delete;

    // Counts a new connection from `address`; false when its bucket already had `perWindow` in
    // this window (perWindow <= 0: no limit, nothing counted).
    bool admit(const QHostAddress &address, qint64 perWindow);
    void prune();
    int bucketCount() const { return int(m_windows.size()); }

private:
    struct Window
    {
        qint64 started = 0;
        qint64 count = 0;
    };
    QElapsedTimer m_timer;
    Clock m_clock;
    QHash<QString, Window> m_windows;
};

} // namespace confab::server
