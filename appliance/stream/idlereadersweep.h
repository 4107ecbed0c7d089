#pragma once
// Sessions keep their XML reader (~10 KiB) while they are busy and give it back once they have been
// quiet for a while. Rebuilding the reader for every stanza of a session that sends a few a second
// was about half of the time between receiving a message and sending it on at 1,000 msgs/s; keeping
// every reader would cost ~10 KiB per idle session. One sweep per thread, on a timer that runs only while it
// tracks anyone, releases the readers of sessions that read nothing for QuietMs (docs/performance.md, "XML
// readers kept while a session is busy").
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
    // A session's first seconds are its login (bind, presence, roster...): its reader goes back
    // after every read then, as before, so a burst of logins does not hold hundreds of readers at
    // once and leave the heap fragmented by them (measured: +6 KiB per idle session at N=1,000).
    static constexpr int SettleMs = 2000;
    // At most this many kept readers (~10 MiB); sessions beyond it rebuild theirs per read.
    static constexpr int MaxTracked = 1024;

    // The sweep of the calling thread (made on first use; its timer runs on that thread).
    static IdleReaderSweep &local();

    IdleReaderSweep();
    ~IdleReaderSweep() override;

    // Called after an entry read: tracked from now on (nothing happens if it already is). False
    // when MaxTracked are tracked already: the caller gives its reader back at once.
    bool track(Entry *entry);
    // Called when the entry goes away or released its reader by itself.
    void untrack(Entry *entry);
    static bool isTracked(const Entry *entry) { return entry->m_slot >= 0; }
    int trackedCount() const { return int(m_entries.size()); }
    // One pass now, as the timer makes it; returns how many readers were released.
    int sweep();

private:
    std::vector<Entry *> m_entries;
    QTimer m_timer;
};

} // namespace confab::stream
