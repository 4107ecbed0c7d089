#pragma once
// Sessions keep their XML reader (~10 KiB) while they are busy and give it back once they have been
// quiet for a while. Rebuilding the reader for every stanza of a session that sends a few a second
// cost more than half of the server's time per message at 1,000 msgs/s; keeping every reader costs
// ~10 KiB per idle session. One sweep per thread, on a timer that runs only while it tracks anyone,
// releases the readers of sessions that read nothing for QuietMs (docs/performance.md, "XML readers
// kept while a session is busy").
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <vector>

namespace confab::stream {

class IdleReaderSweep : public QObject
{
public:
    // What the sweep tracks: something that holds a reader it can give back.
    class Entry
    {
    public:
        virtual ~Entry() = default;
        // Milliseconds since it last read.
        virtual qint64 quietForMs() const = 0;
        // Gives the reader back (it may decline: mid-stanza, or stanzas waiting); the sweep stops
        // tracking it either way and the next read tracks it again.
        virtual void releaseReader() = 0;

    private:
        friend class IdleReaderSweep;
        int m_slot = -1;
    };

    static constexpr int QuietMs = 250;
    static constexpr int TickMs = 125;
    // After a tick that released at least this many readers (the end of a login burst), the freed
    // heap pages are handed back to the system (malloc_trim), at most once per TrimIntervalMs.
    static constexpr int TrimAfterReleases = 64;
    static constexpr int TrimIntervalMs = 1000;

    // The sweep of the calling thread (made on first use; its timer runs on that thread).
    static IdleReaderSweep &local();

    IdleReaderSweep();
    ~IdleReaderSweep() override;

    // Called after an entry read: tracked from now on (nothing happens if it already is).
    void track(Entry *entry);
    // Called when the entry goes away or released its reader by itself.
    void untrack(Entry *entry);
    static bool isTracked(const Entry *entry) { return entry->m_slot >= 0; }
    int trackedCount() const { return int(m_entries.size()); }
    // One pass now, as the timer makes it; returns how many readers were released.
    int sweep();

private:
    std::vector<Entry *> m_entries;
    QTimer m_timer;
    QElapsedTimer m_sinceTrim;
};

} // namespace confab::stream
