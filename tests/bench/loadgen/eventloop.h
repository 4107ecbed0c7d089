#pragma once
// One epoll instance, edge-triggered, plus a timerfd for sub-millisecond wake-ups (the latency
// scenario's send schedule). Handlers that produced output register as dirty and are flushed once
// at the end of the wake-up, so a connection gets one write per wake-up however many stanzas it
// answered.
#include <cstdint>
#include <vector>

namespace confab::bench {

int64_t monotonicNs();

class IoHandler
{
public:
    virtual ~IoHandler() = default;
    virtual void onEvents(uint32_t events) = 0;
    virtual void flush() = 0;
};

class EventLoop
{
public:
    EventLoop();
    ~EventLoop();
    EventLoop(const EventLoop &) = delete;
    EventLoop &operator=(const EventLoop &) = delete;

    bool ok() const { return m_epoll >= 0 && m_timer >= 0; }
    bool add(int fd, IoHandler *handler, uint32_t events);
    void remove(int fd);
    void markDirty(IoHandler *handler) { m_dirty.push_back(handler); }
    // Waits for events until `wakeAtNs` (CLOCK_MONOTONIC) at the latest, dispatches them and
    // flushes the dirty handlers.
    void runOnce(int64_t wakeAtNs);
    void flushDirty();

private:
    int m_epoll = -1;
    int m_timer = -1;
    int64_t m_armedAt = -1;
    std::vector<IoHandler *> m_dirty;
    std::vector<IoHandler *> m_flushing;
};

} // namespace confab::bench
