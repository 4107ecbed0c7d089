#pragma once
// Drives one scenario: starts sessions through a pool with a concurrency limit, runs the event
// loop in phases (set-up, warm-up, measured, drain), generates and receives the message traffic,
// and collects the numbers the JSON line reports.
#include "eventloop.h"
#include "options.h"
#include "session.h"
#include "stats.h"
#include <algorithm>
#include <climits>
#include <cmath>
#include <csignal>
#include <memory>
#include <string>
#include <vector>

namespace confab::bench {

// Set by SIGINT/SIGTERM: ends the idle hold (or aborts another phase) and still prints the JSON.
extern volatile std::sig_atomic_t g_stopRequested;

struct Result
{
    std::string scenario;
    int attempted = 0;
    int sessions = 0;
    long errors = 0;
    double durationS = 0;
    long msgs = 0;
    double rate = 0;
    double p50 = NAN, p99 = NAN, p999 = NAN;
    double cpuPct = 0;
    double serverCpuPct = NAN; // --server-pid: the server's CPU over the measured phase
    bool timedOut = false;
};

class Runner final : public SessionObserver
{
public:
    explicit Runner(const Options &options);
    ~Runner() override;
    bool init(std::string &error);
    Result run();

    void sessionReady(Session &s) override;
    void sessionFinished(Session &s, bool ok, std::string_view reason) override;
    void messageBody(Session &s, std::string_view body) override;
    void stanzaError(Session &s, std::string_view stanza) override;

private:
    struct Phase // wall and CPU time at the start of a measured phase
    {
        int64_t wallNs;
        double cpuS;
        double serverCpuS; // < 0: not measured
    };
    // runner.cpp: pool, loop, shutdown
    void beginPool(Session::Mode mode, int count, int concurrency, bool closeWhenReady);
    void launch();
    bool poolDone() const { return m_poolFinished >= m_poolCount; }
    void releaseSlot();
    // Runs the loop until done(now); tick(now) does timed work and returns the next wake-up.
    template <class Done, class Tick> bool runUntil(Done done, Tick tick);
    template <class Done> bool runUntil(Done done)
    {
        return runUntil(done, [](int64_t) { return INT64_MAX; });
    }
    void closeAll();
    void printProgress(int64_t now);
    Phase phaseStart() const;
    void phaseEnd(const Phase &p, Result &r) const;
    void fillPercentiles(Samples &s, Result &r);
    void writeSamples(); // --samples: m_samples to the file, one line per message
    // scenarios.cpp
    Result runPool(Session::Mode mode);
    Result runTraffic(bool latency);
    Result runIdle();
    int loginAndStay(int count, Result &r); // returns the number of ready sessions
    void sendMessage(int from, int64_t stampNs);
    bool waitForStdinOrHold();

    const Options &m_opt;
    EventLoop m_loop;
    SSL_CTX *m_tls = nullptr;
    SessionConfig m_config;
    std::vector<std::unique_ptr<Session>> m_sessions;
    std::vector<char> m_wasReady;
    ErrorLog m_errors;
    Samples m_setupTimes; // registration or login durations
    Samples m_latency;    // message latencies in the measured phase
    int64_t m_deadline = 0;
    int64_t m_nextProgress = 0;
    bool m_timedOut = false;
    bool m_stopping = false;

    Session::Mode m_poolMode = Session::Mode::Login;
    bool m_closeWhenReady = false;
    int m_poolCount = 0, m_poolNext = 0, m_poolActive = 0, m_poolFinished = 0, m_concurrency = 1;
    int m_readyCount = 0, m_dropped = 0, m_open = 0;
    size_t m_nextSource = 0;

    // traffic
    enum class Traffic { None, Throughput, Latency } m_traffic = Traffic::None;
    std::string m_marker; // "LG<run id> ": ignores leftovers of earlier runs (offline storage)
    bool m_sending = false;
    bool m_measuring = false;
    long m_received = 0;
    long m_windowReceived = 0; // latency: messages scheduled inside the window and received
    struct Sample
    {
        int64_t scheduled, latency;
        int from;
    };
    std::vector<Sample> m_samples; // latency with --samples: every measured message
    int64_t m_windowStart = 0, m_windowEnd = 0;
    uint64_t m_messageId = 0;
    std::string m_scratch; // the stanza being built
};

template <class Done, class Tick> bool Runner::runUntil(Done done, Tick tick)
{
    while (true) {
        const int64_t now = monotonicNs();
        const int64_t wake = tick(now);
        if (done(now))
            return true;
        if (now >= m_deadline || g_stopRequested) {
            m_timedOut = true;
            return false;
        }
        if (now >= m_nextProgress)
            printProgress(now);
        m_loop.runOnce(std::min({wake, m_deadline, m_nextProgress}));
    }
}

} // namespace confab::bench
