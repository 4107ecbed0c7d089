#include "eventloop.h"
#include <algorithm>
#include <cerrno>
#include <sys/epoll.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

namespace confab::bench {

int64_t monotonicNs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

EventLoop::EventLoop()
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_timer = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_epoll >= 0 && m_timer >= 0) {
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.ptr = nullptr; // the timer
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_timer, &ev);
    }
}

EventLoop::~EventLoop()
{
    if (m_timer >= 0)
        close(m_timer);
    if (m_epoll >= 0)
        close(m_epoll);
}

bool EventLoop::add(int fd, IoHandler *handler, uint32_t events)
{
    epoll_event ev{};
    ev.events = events;
    ev.data.ptr = handler;
    return epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev) == 0;
}

void EventLoop::remove(int fd)
{
    epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
}

void EventLoop::flushDirty()
{
    // Flushing may not add to the list being walked; swap it out first.
    while (!m_dirty.empty()) {
        m_flushing.swap(m_dirty);
        for (IoHandler *h : m_flushing)
            h->flush();
        m_flushing.clear();
    }
}

void EventLoop::runOnce(int64_t wakeAtNs)
{
    flushDirty(); // output produced outside event dispatch (timers, scenario start) goes out now
    const int64_t now = monotonicNs();
    int timeoutMs = 0;
    if (wakeAtNs > now) {
        const int64_t delta = wakeAtNs - now;
        if (delta > 20'000'000) {
            // epoll_wait's millisecond resolution is plenty this far ahead (rounded up).
            timeoutMs = int(std::min<int64_t>((delta + 999'999) / 1'000'000, 1000));
        } else {
            timeoutMs = -1;
            if (m_armedAt != wakeAtNs) {
                itimerspec its{};
                its.it_value.tv_sec = wakeAtNs / 1000000000;
                its.it_value.tv_nsec = wakeAtNs % 1000000000;
                timerfd_settime(m_timer, TFD_TIMER_ABSTIME, &its, nullptr);
                m_armedAt = wakeAtNs;
            }
        }
    }
    epoll_event events[512];
    const int n = epoll_wait(m_epoll, events, 512, timeoutMs);
    for (int i = 0; i < n; ++i) {
        auto *h = static_cast<IoHandler *>(events[i].data.ptr);
        if (!h) {
            uint64_t expirations;
            [[maybe_unused]] const ssize_t r = read(m_timer, &expirations, sizeof expirations);
            m_armedAt = -1;
            continue;
        }
        h->onEvents(events[i].events);
    }
    flushDirty();
}

} // namespace confab::bench
