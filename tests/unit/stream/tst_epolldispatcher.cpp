// EpollDispatcher: the event loop confabd's threads run on (stream/epolldispatcher.h). Each case
// runs on a thread that uses it, the way the I/O workers do.
#include "stream/epolldispatcher.h"
#include <QElapsedTimer>
#include <QMetaObject>
#include <QSemaphore>
#include <QSocketNotifier>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using confab::stream::EpollDispatcher;

namespace {

struct Pair
{
    int a = -1;
    int b = -1;
    Pair() { QVERIFY(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, &a) == 0); }
    ~Pair()
    {
        ::close(a);
        ::close(b);
    }
};

// A read notifier that drains its descriptor and counts how often it was told (create it on the
// dispatcher's thread).
QSocketNotifier *countingReader(int fd, std::atomic<int> &reads)
{
    auto *n = new QSocketNotifier(fd, QSocketNotifier::Read);
    QObject::connect(n, &QSocketNotifier::activated, n, [fd, &reads] {
        char buf[16];
        [[maybe_unused]] auto got = ::read(fd, buf, sizeof buf);
        ++reads;
    });
    return n;
}

} // namespace

class TestEpollDispatcher : public QObject
{
    Q_OBJECT

    QThread m_thread;
    QObject *m_anchor = nullptr; // lives on m_thread

    // Runs f on the dispatcher's thread and waits for it.
    template<typename F>
    void onThread(F f)
    {
        QMetaObject::invokeMethod(m_anchor, f, Qt::BlockingQueuedConnection);
    }

private slots:
    void initTestCase()
    {
        auto *d = new EpollDispatcher;
        QVERIFY(d->isValid());
        m_thread.setEventDispatcher(d);
        m_anchor = new QObject;
        m_anchor->moveToThread(&m_thread);
        m_thread.start();
    }

    void cleanupTestCase()
    {
        onThread([this] { delete m_anchor; });
        m_thread.quit(); // interrupt() must end exec()
        QVERIFY(m_thread.wait(5000));
    }

    void createHonoursTheEnvironment()
    {
        qputenv("CONFAB_EVENT_DISPATCHER", "qt");
        QCOMPARE(EpollDispatcher::create(), nullptr);
        qunsetenv("CONFAB_EVENT_DISPATCHER");
        std::unique_ptr<QAbstractEventDispatcher> d(EpollDispatcher::create());
        QVERIFY(d);
    }

    void aWakeUpBeforeThePassEndsItsWait()
    {
        // QEventLoop::exit can land between exec() checking its flag and the next pass: the
        // wake-up it sends must still end that pass's wait (it would block for good otherwise).
        // A dispatcher of its own, driven by hand on this thread.
        EpollDispatcher d;
        QVERIFY(d.isValid());
        QElapsedTimer clock;
        clock.start();
        d.wakeUp();
        d.processEvents(QEventLoop::WaitForMoreEvents);
        d.interrupt();
        d.processEvents(QEventLoop::WaitForMoreEvents);
        // Two wake-ups coalesced into one write must not leave the next pass waiting either.
        d.wakeUp();
        d.wakeUp();
        d.processEvents(QEventLoop::WaitForMoreEvents);
        d.wakeUp();
        d.processEvents(QEventLoop::WaitForMoreEvents);
        QVERIFY(clock.elapsed() < 5000);
    }

    void queuedCallsWakeTheLoop()
    {
        std::atomic<int> ran{0};
        for (int i = 0; i < 100; ++i)
            QMetaObject::invokeMethod(m_anchor, [&ran] { ++ran; }, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(ran.load(), 100, 5000);
    }

    void readNotifierFiresOnlyForItsReadyDescriptor()
    {
        // Many registered, one ready: only its notifier fires, and it keeps firing (level-
        // triggered) until the data is read, then stops.
        std::vector<std::unique_ptr<Pair>> pairs(300);
        for (auto &p : pairs)
            p = std::make_unique<Pair>();
        std::vector<QSocketNotifier *> notifiers;
        std::atomic<int> firedOther{0}, firedTarget{0};
        const int target = pairs[150]->a;
        onThread([&] {
            for (auto &p : pairs) {
                auto *n = new QSocketNotifier(p->a, QSocketNotifier::Read);
                const int fd = p->a;
                QObject::connect(n, &QSocketNotifier::activated, n, [&, fd] {
                    if (fd != target) {
                        ++firedOther;
                        return;
                    }
                    if (++firedTarget == 3) { // read it on the third activation
                        char buf[16];
                        [[maybe_unused]] auto r = ::read(fd, buf, sizeof buf);
                    }
                });
                notifiers.push_back(n);
            }
        });
        QCOMPARE(::write(pairs[150]->b, "x", 1), 1);
        QTRY_COMPARE_WITH_TIMEOUT(firedTarget.load(), 3, 5000);
        QTest::qWait(100);
        QCOMPARE(firedTarget.load(), 3);
        QCOMPARE(firedOther.load(), 0);

        // A disabled notifier is not told; enabled again, it is.
        onThread([&] { notifiers[10]->setEnabled(false); });
        std::atomic<int> fired10{0};
        onThread([&] {
            QObject::connect(notifiers[10], &QSocketNotifier::activated, notifiers[10], [&] {
                ++fired10;
                notifiers[10]->setEnabled(false);
            });
        });
        QCOMPARE(::write(pairs[10]->b, "y", 1), 1);
        QTest::qWait(100);
        QCOMPARE(fired10.load(), 0);
        onThread([&] { notifiers[10]->setEnabled(true); });
        QTRY_COMPARE_WITH_TIMEOUT(fired10.load(), 1, 5000);
        onThread([&] { qDeleteAll(notifiers); });
    }

    void readAndWriteNotifiersOnOneDescriptor()
    {
        Pair p;
        std::atomic<int> reads{0}, writes{0};
        QSocketNotifier *r = nullptr, *w = nullptr;
        onThread([&] {
            r = countingReader(p.a, reads);
            w = new QSocketNotifier(p.a, QSocketNotifier::Write);
            // Writable at once; switched off after the first, as a transport does when its
            // queue is empty.
            QObject::connect(w, &QSocketNotifier::activated, w, [&] {
                ++writes;
                w->setEnabled(false);
            });
        });
        QTRY_COMPARE_WITH_TIMEOUT(writes.load(), 1, 5000);
        QCOMPARE(::write(p.b, "z", 1), 1);
        QTRY_COMPARE_WITH_TIMEOUT(reads.load(), 1, 5000);
        QCOMPARE(writes.load(), 1);
        onThread([&] {
            delete r;
            delete w;
        });
    }

    void peerCloseReachesTheReadNotifier()
    {
        auto p = std::make_unique<Pair>();
        std::atomic<int> reads{0};
        QSocketNotifier *r = nullptr;
        onThread([&] {
            r = new QSocketNotifier(p->a, QSocketNotifier::Read);
            QObject::connect(r, &QSocketNotifier::activated, r, [&] {
                ++reads;
                r->setEnabled(false);
            });
        });
        ::close(p->b);
        p->b = -1;
        QTRY_COMPARE_WITH_TIMEOUT(reads.load(), 1, 5000);
        onThread([&] { delete r; });
    }

    void descriptorNumberReusedAfterClose()
    {
        // A descriptor closed before its notifier is gone, its number taken by a new socket:
        // the new socket's notifier must still work.
        int fds[2];
        QVERIFY(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds) == 0);
        QSocketNotifier *old = nullptr;
        onThread([&] { old = new QSocketNotifier(fds[0], QSocketNotifier::Read); });
        ::close(fds[0]);
        ::close(fds[1]);
        Pair p; // most likely the same numbers
        std::atomic<int> reads{0};
        QSocketNotifier *fresh = nullptr;
        onThread([&] {
            delete old;
            fresh = countingReader(p.a, reads);
        });
        QCOMPARE(::write(p.b, "q", 1), 1);
        QTRY_COMPARE_WITH_TIMEOUT(reads.load(), 1, 5000);
        onThread([&] { delete fresh; });
    }

    void descriptorClosedBeforeItsNotifierIsDisabled()
    {
        // The careless order: close first, the old notifier still enabled when a new socket
        // with the same number registers its own. The new one must still be told.
        int fds[2];
        QVERIFY(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds) == 0);
        QSocketNotifier *old = nullptr;
        onThread([&] { old = new QSocketNotifier(fds[0], QSocketNotifier::Read); });
        const int number = fds[0];
        ::close(fds[0]);
        ::close(fds[1]);
        Pair p;
        if (p.a != number)
            QSKIP("the kernel did not reuse the descriptor number");
        std::atomic<int> reads{0};
        QSocketNotifier *fresh = nullptr;
        onThread([&] {
            fresh = countingReader(p.a, reads);
        });
        QCOMPARE(::write(p.b, "r", 1), 1);
        QTRY_COMPARE_WITH_TIMEOUT(reads.load(), 1, 5000);
        onThread([&] {
            delete old; // must not take the new socket's registration with it
        });
        QCOMPARE(::write(p.b, "s", 1), 1);
        QTRY_COMPARE_WITH_TIMEOUT(reads.load(), 2, 5000);
        onThread([&] { delete fresh; });
    }

    void timersFireOnTimeAndStop()
    {
        std::atomic<int> single{0}, repeat{0};
        std::atomic<qint64> singleAfter{-1};
        QTimer *t = nullptr;
        QElapsedTimer clock;
        clock.start();
        onThread([&] {
            QTimer::singleShot(50, m_anchor, [&] {
                singleAfter = clock.elapsed();
                ++single;
            });
            t = new QTimer;
            t->setInterval(10);
            QObject::connect(t, &QTimer::timeout, t, [&] {
                if (++repeat == 5)
                    t->stop();
            });
            t->start();
        });
        QTRY_COMPARE_WITH_TIMEOUT(single.load(), 1, 5000);
        QVERIFY2(singleAfter.load() >= 50, qPrintable(QString::number(singleAfter.load())));
        QTRY_COMPARE_WITH_TIMEOUT(repeat.load(), 5, 5000);
        QTest::qWait(100);
        QCOMPARE(repeat.load(), 5); // stopped means stopped
        QCOMPARE(single.load(), 1);

        int remaining = -2;
        onThread([&] {
            t->start(60000);
            remaining = t->remainingTime();
        });
        QVERIFY(remaining > 50000 && remaining <= 60000);
        onThread([&] { delete t; }); // the object's timers go with it
    }

    void zeroTimerRunsEveryPassWithoutStarvingSockets()
    {
        Pair p;
        std::atomic<int> ticks{0}, reads{0};
        QTimer *t = nullptr;
        QSocketNotifier *r = nullptr;
        onThread([&] {
            t = new QTimer;
            t->setInterval(0);
            QObject::connect(t, &QTimer::timeout, t, [&] { ++ticks; });
            t->start();
            r = countingReader(p.a, reads);
        });
        QCOMPARE(::write(p.b, "w", 1), 1);
        QTRY_COMPARE_WITH_TIMEOUT(reads.load(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(ticks.load() > 10, 5000);
        onThread([&] {
            delete t;
            delete r;
        });
    }
};

QTEST_GUILESS_MAIN(TestEpollDispatcher)
#include "tst_epolldispatcher.moc"
