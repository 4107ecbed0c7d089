#include "stream/idlereadersweep.h"

namespace confab::stream {

IdleReaderSweep &IdleReaderSweep::local()
{
    thread_local IdleReaderSweep sweep;
    return sweep;
}

IdleReaderSweep::IdleReaderSweep()
{
    m_timer.setInterval(TickMs);
    m_timer.setTimerType(Qt::CoarseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, this, [this] { sweep(); });
}

IdleReaderSweep::~IdleReaderSweep()
{
    for (Entry *e : m_entries)
        e->m_slot = -1;
}

bool IdleReaderSweep::track(Entry *entry)
{
    if (entry->m_slot >= 0)
        return true;
    if (m_entries.size() >= size_t(MaxTracked))
        return false;
    entry->m_slot = int(m_entries.size());
    m_entries.push_back(entry);
    if (!m_timer.isActive())
        m_timer.start();
    return true;
}

void IdleReaderSweep::untrack(Entry *entry)
{
    const int slot = entry->m_slot;
    if (slot < 0)
        return;
    Entry *last = m_entries.back();
    m_entries[size_t(slot)] = last;
    last->m_slot = slot;
    m_entries.pop_back();
    entry->m_slot = -1;
    if (m_entries.empty())
        m_timer.stop();
}

int IdleReaderSweep::sweep()
{
    int released = 0;
    for (size_t i = 0; i < m_entries.size();) {
        Entry *e = m_entries[i];
        if (e->quietForMs() < QuietMs) {
            ++i;
            continue;
        }
        untrack(e); // the last entry moves into slot i, which is looked at next
        e->releaseReader();
        ++released;
    }
    return released;
}

} // namespace confab::stream
