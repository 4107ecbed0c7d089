#include "stream/epolldispatcher.h"
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QSocketNotifier>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>
#include <vector>

namespace confab::stream {

namespace {

// Deadlines are kept in ns: in whole ms a timer could fire up to 1 ms early.
qint64 nowNs()
{
    return QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
}

constexpr qint64 NsPerMs = 1000 * 1000;

constexpr int MaxEventsPerWait = 256;

} // namespace

EpollDispatcher::EpollDispatcher(QObject *parent) : QAbstractEventDispatcher(parent)
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_wake = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_epoll >= 0 && m_wake >= 0) {
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.fd = m_wake;
        if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &ev) != 0) {
            ::close(m_wake);
            m_wake = -1;
        }
    }
}

EpollDispatcher::~EpollDispatcher()
{
    if (m_wake >= 0)
        ::close(m_wake);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

QAbstractEventDispatcher *EpollDispatcher::create()
{
    if (qEnvironmentVariable("CONFAB_EVENT_DISPATCHER") == u"qt")
        return nullptr;
    auto *d = new EpollDispatcher;
    if (!d->isValid()) {
        delete d;
        return nullptr;
    }
    return d;
}

void EpollDispatcher::wakeUp()
{
    if (!m_wakePending.exchange(true, std::memory_order_acq_rel)) {
        const quint64 one = 1;
        [[maybe_unused]] ssize_t n = ::write(m_wake, &one, sizeof one);
    }
}

void EpollDispatcher::interrupt()
{
    m_interrupted.store(true, std::memory_order_release);
    wakeUp();
}

bool EpollDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false, std::memory_order_release);
    emit awake();
    // Events posted from now on are sent in this pass or wake the wait below: the eventfd is
    // only drained when epoll reports it, so a wake-up that came before this pass (for example
    // QEventLoop::exit right after exec() checked its flag) still ends the wait at once.
    QCoreApplication::sendPostedEvents();

    const bool includeTimers = !(flags & QEventLoop::X11ExcludeTimers);
    const bool includeNotifiers = !(flags & QEventLoop::ExcludeSocketNotifiers);
    const bool canWait = (flags & QEventLoop::WaitForMoreEvents)
                         && !m_interrupted.load(std::memory_order_acquire);
    if (canWait)
        emit aboutToBlock();
    if (m_interrupted.load(std::memory_order_acquire))
        return false;

    int timeout = 0;
    if (canWait) {
        const qint64 timerWait = includeTimers ? nextTimerWait() : -1;
        timeout = timerWait < 0 ? -1 : int(std::min<qint64>(timerWait, 24 * 3600 * 1000));
    }
    epoll_event events[MaxEventsPerWait];
    int ready = epoll_wait(m_epoll, events, MaxEventsPerWait, timeout);
    if (ready < 0) {
        if (errno != EINTR)
            qWarning("confabd: epoll_wait failed: %s", strerror(errno));
        ready = 0;
    }

    for (int i = 0; i < ready; ++i)
        if (events[i].data.fd == m_wake) {
            // Read, then clear: a wake-up in between finds the flag still set and does not write,
            // but what it woke us for (a posted event) is sent at the start of the next pass.
            // The other order could leave the flag set with nothing left to read: a lost wake-up.
            quint64 count = 0;
            [[maybe_unused]] ssize_t n = ::read(m_wake, &count, sizeof count);
            m_wakePending.store(false, std::memory_order_release);
        }

    int handled = 0;
    if (includeNotifiers)
        handled += activateNotifiers(events, ready);
    if (includeTimers)
        handled += activateTimers();
    return handled > 0;
}

int EpollDispatcher::activateNotifiers(const epoll_event *events, int count)
{
    int handled = 0;
    // Each handler may close or delete other connections: look every descriptor up again.
    auto send = [this, &handled](int fd, QSocketNotifier *Descriptor::*slot) {
        auto it = m_fds.find(fd);
        if (it == m_fds.end())
            return;
        QSocketNotifier *n = it->second.*slot;
        if (!n)
            return;
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(n, &event);
        ++handled;
    };
    for (int i = 0; i < count; ++i) {
        const int fd = events[i].data.fd;
        const quint32 e = events[i].events;
        if (fd == m_wake)
            continue; // drained in processEvents
        if (e & (EPOLLIN | EPOLLHUP | EPOLLERR))
            send(fd, &Descriptor::read);
        if (e & (EPOLLOUT | EPOLLERR))
            send(fd, &Descriptor::write);
        if (e & (EPOLLPRI | EPOLLERR))
            send(fd, &Descriptor::exception);
    }
    return handled;
}

void EpollDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    if (fd < 0)
        return;
    Descriptor &d = m_fds[fd];
    QSocketNotifier *&slot = notifier->type() == QSocketNotifier::Read    ? d.read
                             : notifier->type() == QSocketNotifier::Write ? d.write
                                                                          : d.exception;
    // Another notifier still in the slot: its descriptor was closed before it was disabled and
    // the number reused. The kernel dropped the old file's registration, so ask it again.
    if (slot && slot != notifier)
        d.events = 0;
    slot = notifier;
    updateInterest(fd, d);
}

void EpollDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    auto it = m_fds.find(fd);
    if (it == m_fds.end())
        return;
    Descriptor &d = it->second;
    for (QSocketNotifier **slot : {&d.read, &d.write, &d.exception})
        if (*slot == notifier)
            *slot = nullptr;
    updateInterest(fd, d);
    if (!d.read && !d.write && !d.exception)
        m_fds.erase(it);
}

void EpollDispatcher::updateInterest(int fd, Descriptor &d)
{
    quint32 want = 0;
    if (d.read)
        want |= EPOLLIN;
    if (d.write)
        want |= EPOLLOUT;
    if (d.exception)
        want |= EPOLLPRI;
    if (want == d.events)
        return;
    if (want == 0) {
        // The descriptor may be closed already (then the kernel dropped it): nothing to report.
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        d.events = 0;
        return;
    }
    epoll_event ev{};
    ev.events = want;
    ev.data.fd = fd;
    int rc = epoll_ctl(m_epoll, d.events ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &ev);
    // A number reused after close: the kernel forgot the old file, or still has it.
    if (rc != 0 && errno == ENOENT)
        rc = epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
    else if (rc != 0 && errno == EEXIST)
        rc = epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev);
    if (rc != 0) {
        qWarning("confabd: epoll_ctl on descriptor %d failed: %s", fd, strerror(errno));
        d.events = 0;
        return;
    }
    d.events = want;
}

void EpollDispatcher::schedule(int id, Timer &t, qint64 deadline)
{
    t.deadline = deadline;
    m_due.emplace(deadline, id);
}

void EpollDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    if (timerId < 1 || interval < 0 || !object)
        return;
    unregisterTimer(timerId);
    Timer &t = m_timers[timerId];
    t.interval = interval;
    t.type = timerType;
    t.object = object;
    schedule(timerId, t, nowNs() + interval * NsPerMs);
}

bool EpollDispatcher::unregisterTimer(int timerId)
{
    auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    auto [first, last] = m_due.equal_range(it->second.deadline);
    for (auto d = first; d != last; ++d)
        if (d->second == timerId) {
            m_due.erase(d);
            break;
        }
    m_timers.erase(it);
    return true;
}

bool EpollDispatcher::unregisterTimers(QObject *object)
{
    std::vector<int> ids;
    for (const auto &[id, t] : m_timers)
        if (t.object == object)
            ids.push_back(id);
    for (int id : ids)
        unregisterTimer(id);
    return !ids.empty();
}

QList<QAbstractEventDispatcher::TimerInfo> EpollDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> out;
    for (const auto &[id, t] : m_timers)
        if (t.object == object)
            out.append(TimerInfo(id, int(t.interval), t.type));
    return out;
}

int EpollDispatcher::remainingTime(int timerId)
{
    auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return -1;
    return int(std::max<qint64>(0, it->second.deadline - nowNs()) / NsPerMs);
}

qint64 EpollDispatcher::nextTimerWait() const
{
    // The first timer that may fire (one still handling its event waits for that to end).
    for (const auto &[deadline, id] : m_due) {
        auto it = m_timers.find(id);
        if (it == m_timers.end() || it->second.firing)
            continue;
        return (std::max<qint64>(0, deadline - nowNs()) + NsPerMs - 1) / NsPerMs; // rounded up
    }
    return -1;
}

int EpollDispatcher::activateTimers()
{
    const qint64 now = nowNs();
    std::vector<int> due;
    for (auto it = m_due.begin(); it != m_due.end() && it->first <= now; ++it)
        due.push_back(it->second);
    int fired = 0;
    for (int id : due) {
        auto it = m_timers.find(id); // an earlier timer's handler may have stopped this one
        if (it == m_timers.end() || it->second.firing || it->second.deadline > now)
            continue;
        Timer &t = it->second;
        // Next deadline from the old one (no drift), but never in the past: a late timer fires
        // once, not once per interval missed.
        qint64 next = t.deadline + t.interval * NsPerMs;
        if (next <= now)
            next = now + t.interval * NsPerMs;
        auto [first, last] = m_due.equal_range(t.deadline);
        for (auto d = first; d != last; ++d)
            if (d->second == id) {
                m_due.erase(d);
                break;
            }
        schedule(id, t, next);
        t.firing = true;
        QObject *object = t.object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        ++fired;
        if (auto again = m_timers.find(id); again != m_timers.end())
            again->second.firing = false;
    }
    return fired;
}

} // namespace confab::stream
