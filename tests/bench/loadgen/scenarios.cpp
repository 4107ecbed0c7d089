#include "runner.h"
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <sys/epoll.h>
#include <unistd.h>

namespace confab::bench {
namespace {

// Watches stdin (level-triggered) for EOF: the idle scenario's "hold until stdin closes".
class StdinWatcher final : public IoHandler
{
public:
    void onEvents(uint32_t) override
    {
        char buf[4096];
        const ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR))
            closed = true;
    }
    void flush() override {}
    bool closed = false;
};

void appendNumber(std::string &out, int64_t v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, size_t(r.ptr - buf));
}

} // namespace

Result Runner::runPool(Session::Mode mode)
{
    Result r;
    r.attempted = m_opt.users;
    const Phase phase = phaseStart();
    beginPool(mode, m_opt.users, m_opt.concurrency > 0 ? m_opt.concurrency : 50, true);
    runUntil([this](int64_t) { return poolDone(); });
    phaseEnd(phase, r);
    r.sessions = m_readyCount;
    r.rate = r.durationS > 0 ? r.sessions / r.durationS : 0;
    fillPercentiles(m_setupTimes, r);
    return r;
}

int Runner::loginAndStay(int count, Result &r)
{
    r.attempted = count;
    beginPool(Session::Mode::Login, count, m_opt.concurrency > 0 ? m_opt.concurrency : 100, false);
    runUntil([this](int64_t) { return poolDone(); });
    return m_readyCount;
}

void Runner::sendMessage(int from, int64_t stampNs)
{
    Session *s = m_sessions[size_t(from)].get();
    if (!s || !s->ready())
        return;
    std::string &m = m_scratch;
    m.clear();
    m += "<message to='";
    m += m_opt.prefix;
    appendNumber(m, from ^ 1);
    m += '@';
    m += m_opt.domain;
    m += "' type='chat' id='";
    appendNumber(m, int64_t(++m_messageId));
    m += "'><body>";
    const size_t bodyStart = m.size();
    m += m_marker;
    appendNumber(m, from);
    m += ' ';
    appendNumber(m, stampNs);
    m += ' ';
    const size_t bodyLen = m.size() - bodyStart;
    if (bodyLen < 60)
        m.append(60 - bodyLen, 'x');
    m += "</body></message>";
    s->send(m);
}

void Runner::messageBody(Session &s, std::string_view body)
{
    if (body.size() <= m_marker.size() || body.compare(0, m_marker.size(), m_marker) != 0)
        return; // not ours (an earlier run's message from offline storage, a server notice)
    const char *p = body.data() + m_marker.size();
    const char *end = body.data() + body.size();
    int from = -1;
    int64_t stamp = 0;
    auto r1 = std::from_chars(p, end, from);
    if (r1.ec != std::errc() || r1.ptr >= end || from < 0 || size_t(from) >= m_sessions.size() ||
        (from ^ 1) != s.index())
        return;
    if (std::from_chars(r1.ptr + 1, end, stamp).ec != std::errc())
        return;
    const int64_t now = monotonicNs();
    ++m_received;
    if (m_traffic == Traffic::Throughput) {
        if (m_measuring)
            m_latency.addNs(now - stamp);
        if (m_sending)
            sendMessage(from, now); // keeps the sender's window full
    } else if (stamp >= m_windowStart && stamp < m_windowEnd) {
        ++m_windowReceived;
        m_latency.addNs(now - stamp);
        if (!m_opt.samplesFile.empty())
            m_samples.push_back({stamp - m_windowStart, now - stamp, from});
    }
}

Result Runner::runTraffic(bool latency)
{
    Result r;
    loginAndStay(2 * m_opt.pairs, r);
    std::vector<int> senders;
    for (int i = 0; i < m_opt.pairs; ++i) {
        if (m_wasReady[size_t(2 * i)] && m_wasReady[size_t(2 * i + 1)] &&
            m_sessions[size_t(2 * i)]->ready() && m_sessions[size_t(2 * i + 1)]->ready()) {
            senders.push_back(2 * i);
            senders.push_back(2 * i + 1);
        }
    }
    r.sessions = int(senders.size());
    if (senders.empty() || m_timedOut)
        return r;
    m_traffic = latency ? Traffic::Latency : Traffic::Throughput;
    const int64_t t0 = monotonicNs();
    m_windowStart = t0 + int64_t(m_opt.warmupS * 1e9);
    m_windowEnd = m_windowStart + int64_t(m_opt.durationS * 1e9);
    m_latency.reserve(latency ? size_t(m_opt.rate * m_opt.durationS) + 16 : 1 << 20);
    if (latency && !m_opt.samplesFile.empty())
        m_samples.reserve(size_t(m_opt.rate * m_opt.durationS) + 16);
    Phase measured{};
    if (!latency) {
        m_sending = true;
        for (int s : senders)
            for (int w = 0; w < m_opt.window; ++w)
                sendMessage(s, t0);
        runUntil([this](int64_t now) { return now >= m_windowStart; },
                 [this](int64_t) { return m_windowStart; });
        measured = phaseStart();
        const long before = m_received;
        m_measuring = true;
        runUntil([this](int64_t now) { return now >= m_windowEnd; }, [this](int64_t) { return m_windowEnd; });
        m_measuring = false;
        m_sending = false;
        phaseEnd(measured, r);
        r.msgs = m_received - before;
    } else {
        long k = 0, windowSent = 0;
        int64_t next = t0;
        const double interval = 1e9 / m_opt.rate;
        // Sends everything due; latency is measured from `next`, the scheduled time, so a late
        // send (a slow server or a busy generator) shows up instead of being hidden.
        auto tick = [&](int64_t now) {
            while (next <= now && next < m_windowEnd) {
                sendMessage(senders[size_t(k) % senders.size()], next);
                windowSent += next >= m_windowStart;
                ++k;
                next = t0 + int64_t(double(k) * interval);
            }
            return std::min(next, now < m_windowStart ? m_windowStart : m_windowEnd);
        };
        runUntil([this](int64_t now) { return now >= m_windowStart; }, tick);
        measured = phaseStart();
        runUntil([this](int64_t now) { return now >= m_windowEnd; }, tick);
        phaseEnd(measured, r);
        const int64_t drainUntil = monotonicNs() + 10'000'000'000LL;
        runUntil([&](int64_t now) { return m_windowReceived >= windowSent || now >= drainUntil; },
                 [&](int64_t) { return drainUntil; });
        r.msgs = m_windowReceived;
        if (windowSent > m_windowReceived)
            m_errors.add(std::to_string(windowSent - m_windowReceived) + " of " + std::to_string(windowSent) +
                             " messages not received within 10 s after the run",
                         windowSent - m_windowReceived);
    }
    r.rate = r.durationS > 0 ? double(r.msgs) / r.durationS : 0;
    fillPercentiles(m_latency, r);
    if (latency && !m_opt.samplesFile.empty())
        writeSamples();
    return r;
}

void Runner::writeSamples()
{
    FILE *f = std::fopen(m_opt.samplesFile.c_str(), "w");
    if (!f) {
        m_errors.add("cannot write " + m_opt.samplesFile + ": " + std::strerror(errno));
        return;
    }
    std::fprintf(f,
                 "# window_start_ns %lld (CLOCK_MONOTONIC)\n# server_pid %d loadgen_pid %d\n"
                 "# scheduled_ns latency_ns from\n",
                 static_cast<long long>(m_windowStart), m_opt.serverPid, int(getpid()));
    for (const Sample &s : m_samples)
        std::fprintf(f, "%lld %lld %d\n", static_cast<long long>(s.scheduled),
                     static_cast<long long>(s.latency), s.from);
    if (std::fclose(f) != 0)
        m_errors.add("cannot write " + m_opt.samplesFile + ": " + std::strerror(errno));
}

Result Runner::runIdle()
{
    Result r;
    const Phase phase = phaseStart();
    const int ready = loginAndStay(m_opt.users, r);
    phaseEnd(phase, r); // duration and CPU of the login phase; holding costs nothing
    fillPercentiles(m_setupTimes, r);
    r.sessions = ready;
    r.rate = ready;
    std::fprintf(stderr, "READY %d\n", ready);
    std::fflush(stderr);
    if (m_timedOut)
        return r;
    StdinWatcher stdinWatcher;
    const bool watching = m_loop.add(STDIN_FILENO, &stdinWatcher, EPOLLIN);
    const int64_t holdUntil = m_opt.holdS >= 0 ? monotonicNs() + int64_t(m_opt.holdS * 1e9) : INT64_MAX;
    if (!watching && !m_opt.quiet && m_opt.holdS < 0)
        std::fprintf(stderr, "stdin cannot be watched; holding until --timeout\n");
    runUntil(
        [&](int64_t now) {
            return stdinWatcher.closed || now >= holdUntil || now >= m_deadline || g_stopRequested;
        },
        [&](int64_t) { return holdUntil; });
    if (watching)
        m_loop.remove(STDIN_FILENO);
    return r;
}

} // namespace confab::bench
