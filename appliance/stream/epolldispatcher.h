#pragma once
// An event dispatcher on Linux epoll, for confabd's main thread and its I/O threads.
//
// Qt's own dispatchers (GLib's and the UNIX one) hand the kernel every registered descriptor on
// every wake-up (poll), so each message costs time in proportion to the connections held, idle
// ones included: with 10,000 idle TLS sessions, 1,000 msgs/s took a whole core (docs/performance.md).
// Here the kernel keeps the interest list; a wake-up costs what is ready, not what is registered.
//
// Same contract as Qt's UNIX dispatcher: posted events first, then wait (not when the caller
// asked not to, or events were posted meanwhile: QCoreApplication::postEvent calls wakeUp()),
// then socket notifiers (level-triggered, like poll: read on in/hang-up/error, write on
// out/error, exception on priority data/error), then timers that are due. A timer whose event is
// still being handled (a nested loop) is not fired again until it returns.
// Unlike Qt's, a pass with ExcludeSocketNotifiers still waits on the descriptors (they stay in
// the kernel's interest list), so a loop that waits with that flag while a socket is readable
// would spin; confabd never runs one.
// Timer types are all kept precisely (coarse timers are not batched to save wake-ups).
#include <QAbstractEventDispatcher>
#include <QList>
#include <atomic>
#include <map>
#include <unordered_map>
#include <utility>

struct epoll_event;

namespace confab::stream {

class EpollDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    explicit EpollDispatcher(QObject *parent = nullptr);
    ~EpollDispatcher() override;

    // Whether the kernel gave us epoll and an eventfd (if not, use Qt's dispatcher instead).
    bool isValid() const { return m_epoll >= 0 && m_wake >= 0; }

    // The dispatcher confabd installs: this one, unless CONFAB_EVENT_DISPATCHER=qt or it cannot
    // be made (then nullptr, and Qt picks its own).
    static QAbstractEventDispatcher *create();

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;

    int registeredDescriptors() const { return int(m_fds.size()); }

private:
    struct Descriptor
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        quint32 events = 0; // what epoll has now
    };
    struct Timer
    {
        qint64 interval = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        qint64 deadline = 0; // ns on the monotonic clock
        bool firing = false; // its event is being handled
    };

    void updateInterest(int fd, Descriptor &d);
    int activateNotifiers(const ::epoll_event *events, int count);
    int activateTimers();
    void schedule(int id, Timer &t, qint64 deadline);
    // ms until the first timer is due (0 when one is), -1 when there is none.
    qint64 nextTimerWait() const;

    int m_epoll = -1;
    int m_wake = -1;
    std::atomic<bool> m_wakePending{false};
    std::atomic<bool> m_interrupted{false};
    std::unordered_map<int, Descriptor> m_fds;
    std::unordered_map<int, Timer> m_timers;
    std::multimap<qint64, int> m_due; // deadline → timer id
};

} // namespace confab::stream
