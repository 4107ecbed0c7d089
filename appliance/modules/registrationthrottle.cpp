#include "modules/registrationthrottle.h"
#include "core/addressbucket.h"
#include <QElapsedTimer>

namespace confab::modules {

RegistrationThrottle::RegistrationThrottle(Clock clock) : m_clock(std::move(clock))
{
    if (!m_clock) {
        m_timer.start(); // monotonic: a wall-clock jump must neither reset nor extend the window
        m_clock = [this] { return m_timer.elapsed(); };
    }
}

QString RegistrationThrottle::bucketOf(const QString &address)
{
    return core::addressBucket(address);
}

bool RegistrationThrottle::allows(const QString &address, qint64 maxPerHour)
{
    if (maxPerHour <= 0)
        return true;
    prune(m_clock());
    const auto it = m_created.constFind(bucketOf(address));
    return it == m_created.constEnd() || qint64(it->size()) < maxPerHour;
}

void RegistrationThrottle::record(const QString &address)
{
    const qint64 now = m_clock();
    prune(now);
    m_created[bucketOf(address)].push_back(now);
}

void RegistrationThrottle::prune(qint64 now)
{
    // Only addresses that created an account within the hour are kept, so this stays small.
    for (auto it = m_created.begin(); it != m_created.end();) {
        while (!it->empty() && now - it->front() >= WindowMs)
            it->pop_front();
        it = it->empty() ? m_created.erase(it) : std::next(it);
    }
}

} // namespace confab::modules
