#pragma once
// Slows down repeated authentication failures: per address and per account, each failure within
// the window doubles the delay before the next failure is answered (capped). A success from an
// address clears that address; the account's counter only slows answers, it never locks anyone out.
// Addresses count by core::addressBucket: an IPv6 /64 is one address.
#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace confab::c2s {

class AuthThrottle
{
public:
    void setBaseDelayMs(int ms) { m_baseMs = ms; }
    // Delay to apply before answering a failure from `address` for `account`, counting this failure.
    int recordFailure(const QString &address, const QString &account);
    void recordSuccess(const QString &address);
    int failures(const QString &address) const;

private:
    struct Entry
    {
        int count = 0;
        QElapsedTimer last;
    };
    int bump(QHash<QString, Entry> &map, const QString &key);
    void prune();
    QHash<QString, Entry> m_byAddress;
    QHash<QString, Entry> m_byAccount;
    int m_baseMs = 1000;
    static constexpr qint64 WindowMs = 15 * 60 * 1000;
    static constexpr int MaxDelayMs = 30 * 1000;
};

} // namespace confab::c2s
