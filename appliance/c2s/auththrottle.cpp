#include "c2s/auththrottle.h"
#include "core/addressbucket.h"
#include <algorithm>

namespace confab::c2s {

int AuthThrottle::bump(QHash<QString, Entry> &map, const QString &key)
{
    Entry &e = map[key];
    if (e.last.isValid() && e.last.elapsed() > WindowMs)
        e.count = 0;
    ++e.count;
    e.last.start();
    return e.count;
}

int AuthThrottle::recordFailure(const QString &address, const QString &account)
{
    if (m_byAddress.size() + m_byAccount.size() > 100000)
        prune();
    const int byAddress = bump(m_byAddress, core::addressBucket(address));
    const int byAccount = account.isEmpty() ? 0 : bump(m_byAccount, account);
    // The account counter grows slower so an attacker elsewhere cannot make the real user wait long.
    const int n = std::max(byAddress, byAccount / 2);
    if (n <= 0 || m_baseMs <= 0)
        return 0;
    const qint64 delay = qint64(m_baseMs) << std::min(n - 1, 15);
    return int(std::min<qint64>(delay, MaxDelayMs));
}

void AuthThrottle::recordSuccess(const QString &address)
{
    m_byAddress.remove(core::addressBucket(address));
}

int AuthThrottle::failures(const QString &address) const
{
    auto it = m_byAddress.constFind(core::addressBucket(address));
    if (it == m_byAddress.constEnd() || it->last.elapsed() > WindowMs)
        return 0;
    return it->count;
}

void AuthThrottle::prune()
{
    for (auto *map : {&m_byAddress, &m_byAccount})
        for (auto it = map->begin(); it != map->end();)
            it = it->last.elapsed() > WindowMs ? map->erase(it) : std::next(it);
}

} // namespace confab::c2s
