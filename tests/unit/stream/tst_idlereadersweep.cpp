// IdleReaderSweep: readers of sessions that read within QuietMs are kept, the others released, and
// the timer runs only while something is tracked.
#include "stream/idlereadersweep.h"
#include <QtTest>
#include <memory>
#include <vector>

using confab::stream::IdleReaderSweep;

namespace {

class FakeSession : public IdleReaderSweep::Entry
{
public:
    qint64 quiet = 0;
    int releases = 0;
    qint64 quietForMs() const override { return quiet; }
    void releaseReader() override { ++releases; }
};

} // namespace

class TestIdleReaderSweep : public QObject
{
    Q_OBJECT
private slots:
    void releasesOnlyTheQuiet()
    {
        IdleReaderSweep sweep;
        std::vector<std::unique_ptr<FakeSession>> sessions;
        for (int i = 0; i < 6; ++i) {
            sessions.push_back(std::make_unique<FakeSession>());
            // Every other one quiet long enough, the rest just below the limit.
            sessions.back()->quiet = i % 2 ? IdleReaderSweep::QuietMs : IdleReaderSweep::QuietMs - 1;
            sweep.track(sessions.back().get());
        }
        sweep.track(sessions[0].get()); // tracked once however often it reads
        QCOMPARE(sweep.trackedCount(), 6);
        QCOMPARE(sweep.sweep(), 3);
        QCOMPARE(sweep.trackedCount(), 3);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(sessions[size_t(i)]->releases, i % 2);
            QCOMPARE(IdleReaderSweep::isTracked(sessions[size_t(i)].get()), i % 2 == 0);
        }
        // Released ones are tracked again by their next read; the busy ones go once quiet.
        sweep.track(sessions[1].get());
        for (auto &s : sessions)
            s->quiet = IdleReaderSweep::QuietMs + 1;
        QCOMPARE(sweep.sweep(), 4);
        QCOMPARE(sweep.trackedCount(), 0);
        QCOMPARE(sessions[1]->releases, 2);
        QCOMPARE(sessions[0]->releases, 1);
    }

    // Untracking from the middle keeps the others findable (the last one takes the freed slot).
    void untrackFromTheMiddle()
    {
        IdleReaderSweep sweep;
        FakeSession a, b, c;
        sweep.track(&a);
        sweep.track(&b);
        sweep.track(&c);
        sweep.untrack(&a);
        sweep.untrack(&a); // twice is harmless
        QVERIFY(!IdleReaderSweep::isTracked(&a));
        QCOMPARE(sweep.trackedCount(), 2);
        c.quiet = IdleReaderSweep::QuietMs;
        QCOMPARE(sweep.sweep(), 1);
        QCOMPARE(c.releases, 1);
        QCOMPARE(b.releases, 0);
        sweep.untrack(&b);
        QCOMPARE(sweep.trackedCount(), 0);
    }

    // The timer releases a quiet session by itself, then stops with nothing tracked.
    void timerReleasesAndStops()
    {
        IdleReaderSweep sweep;
        FakeSession busy, quiet;
        quiet.quiet = IdleReaderSweep::QuietMs;
        sweep.track(&busy);
        sweep.track(&quiet);
        QTRY_COMPARE_WITH_TIMEOUT(quiet.releases, 1, 5 * IdleReaderSweep::TickMs);
        QCOMPARE(busy.releases, 0);
        busy.quiet = IdleReaderSweep::QuietMs;
        QTRY_COMPARE_WITH_TIMEOUT(busy.releases, 1, 5 * IdleReaderSweep::TickMs);
        QCOMPARE(sweep.trackedCount(), 0);
        QTest::qWait(3 * IdleReaderSweep::TickMs);
        QCOMPARE(quiet.releases, 1); // not released again while untracked
    }

    // Beyond MaxTracked, track() refuses (the caller then gives its reader back at once).
    void boundedCount()
    {
        IdleReaderSweep sweep;
        std::vector<FakeSession> sessions(IdleReaderSweep::MaxTracked + 1);
        for (int i = 0; i < IdleReaderSweep::MaxTracked; ++i)
            QVERIFY(sweep.track(&sessions[size_t(i)]));
        QVERIFY(!sweep.track(&sessions.back()));
        QVERIFY(!IdleReaderSweep::isTracked(&sessions.back()));
        QVERIFY(sweep.track(&sessions.front())); // already tracked: fine
        sweep.untrack(&sessions.front());
        QVERIFY(sweep.track(&sessions.back()));
        for (auto &s : sessions)
            sweep.untrack(&s);
        QCOMPARE(sweep.trackedCount(), 0);
    }

    // Each thread has its own sweep.
    void onePerThread()
    {
        IdleReaderSweep *mine = &IdleReaderSweep::local();
        QCOMPARE(&IdleReaderSweep::local(), mine);
        IdleReaderSweep *other = nullptr;
        std::unique_ptr<QThread> thread(QThread::create([&] { other = &IdleReaderSweep::local(); }));
        thread->start();
        QVERIFY(thread->wait(5000));
        QVERIFY(other && other != mine);
    }
};

QTEST_GUILESS_MAIN(TestIdleReaderSweep)
#include "tst_idlereadersweep.moc"
