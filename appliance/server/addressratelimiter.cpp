#include "server/addressratelimiter.h"
#include "core/addressbucket.h"

namespace confab::server {

AddressRateLimiter::AddressRateLimiter(Clock clock) : m_clock(std::move(clock))
{
    if (!m_clock) {
        m_timer.start();
        m_clock = [this] { return m_timer.elapsed(); };
    }
}

bool AddressRateLimiter::admit(const QHostAddress &address, qint64 perWindow)
{
    if (perWindow <= 0)
        return true;
    const qint64 now = m_clock();
    auto it = m_windows.find(core::addressBucket(address));
    if (it == m_windows.end())
        it = m_windows.insert(core::addressBucket(address), Window{now, 0});
    else if (now - it->started >= WindowMs)
        *it = Window{now, 0};
    return ++it->count <= perWindow;
}

void AddressRateLimiter::prune()
{
    const qint64 now = m_clock();
    for (auto it = m_windows.begin(); it != m_windows.end();)
        it = now - it->started >= WindowMs ? m_windows.erase(it) : std::next(it);
}

} // namespace confab::server
