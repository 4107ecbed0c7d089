#include "runner.h"
#include <cstdio>
#include <cstring>
#include <openssl/rand.h>
#include <sys/resource.h>
#include <unistd.h>

namespace confab::bench {

volatile std::sig_atomic_t g_stopRequested = 0;

namespace {

void onStopSignal(int)
{
    g_stopRequested = 1;
}

// Raises RLIMIT_NOFILE as far as allowed: the soft limit to the hard one, and as root the hard
// limit itself towards fs.nr_open when `wanted` needs more.
void raiseFileLimit(long wanted, bool quiet)
{
    rlimit rl{};
    getrlimit(RLIMIT_NOFILE, &rl);
    if (rlim_t(wanted) > rl.rlim_max && geteuid() == 0) {
        long nrOpen = 1048576;
        if (FILE *f = std::fopen("/proc/sys/fs/nr_open", "r")) {
            if (std::fscanf(f, "%ld", &nrOpen) != 1)
                nrOpen = 1048576;
            std::fclose(f);
        }
        rlimit more{rlim_t(std::min(nrOpen, std::max(wanted, 65536L))),
                    rlim_t(std::min(nrOpen, std::max(wanted, 65536L)))};
        if (setrlimit(RLIMIT_NOFILE, &more) == 0)
            rl = more;
    }
    rl.rlim_cur = rl.rlim_max;
    setrlimit(RLIMIT_NOFILE, &rl);
    getrlimit(RLIMIT_NOFILE, &rl);
    if (rlim_t(wanted) > rl.rlim_cur)
        std::fprintf(stderr, "warning: open-file limit is %lu, %ld connections need more\n",
                     (unsigned long)rl.rlim_cur, wanted);
    else if (!quiet)
        std::fprintf(stderr, "open-file limit %lu\n", (unsigned long)rl.rlim_cur);
}

} // namespace

Runner::Runner(const Options &options) : m_opt(options)
{
    m_config.options = &m_opt;
    m_config.observer = this;
}

Runner::~Runner()
{
    m_sessions.clear(); // SSL objects before their context
    if (m_tls)
        SSL_CTX_free(m_tls);
}

bool Runner::init(std::string &error)
{
    std::signal(SIGPIPE, SIG_IGN);
    struct sigaction sa
    {
    };
    sa.sa_handler = onStopSignal; // no SA_RESTART: epoll_wait returns at once
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    if (!m_loop.ok()) {
        error = "epoll/timerfd unavailable";
        return false;
    }
    m_tls = SSL_CTX_new(TLS_client_method());
    if (!m_tls) {
        error = "SSL_CTX_new failed";
        return false;
    }
    SSL_CTX_set_min_proto_version(m_tls, TLS1_2_VERSION);
    SSL_CTX_set_verify(m_tls, SSL_VERIFY_NONE, nullptr); // bench servers use self-signed certificates
    SSL_CTX_set_mode(m_tls, SSL_MODE_RELEASE_BUFFERS | SSL_MODE_ENABLE_PARTIAL_WRITE |
                                SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    SSL_CTX_set_read_ahead(m_tls, 1);
    SSL_CTX_set_session_cache_mode(m_tls, SSL_SESS_CACHE_OFF);
    m_config.tls = m_tls;

    const long sessions = m_opt.users > 0 ? m_opt.users : 2L * m_opt.pairs;
    raiseFileLimit(sessions + 64, m_opt.quiet);
    m_sessions.resize(size_t(sessions));
    m_wasReady.assign(size_t(sessions), 0);
    unsigned char id[4];
    RAND_bytes(id, sizeof id);
    char marker[16];
    std::snprintf(marker, sizeof marker, "LG%02x%02x%02x%02x ", id[0], id[1], id[2], id[3]);
    m_marker = marker;
    return true;
}

Result Runner::run()
{
    const int64_t start = monotonicNs();
    m_deadline = start + int64_t(m_opt.timeoutS * 1e9);
    m_nextProgress = start + 1'000'000'000;
    Result r;
    if (m_opt.scenario == "register")
        r = runPool(Session::Mode::Register);
    else if (m_opt.scenario == "login")
        r = runPool(Session::Mode::Login);
    else if (m_opt.scenario == "throughput")
        r = runTraffic(false);
    else if (m_opt.scenario == "latency")
        r = runTraffic(true);
    else
        r = runIdle();
    r.scenario = m_opt.scenario;
    closeAll();
    if (m_timedOut) {
        r.timedOut = true;
        m_errors.add(g_stopRequested ? "stopped by a signal" : "run timed out (--timeout)");
    }
    r.errors = m_errors.count();
    m_errors.printSummary();
    return r;
}

void Runner::beginPool(Session::Mode mode, int count, int concurrency, bool closeWhenReady)
{
    m_poolMode = mode;
    m_poolCount = count;
    m_poolNext = m_poolActive = m_poolFinished = 0;
    m_concurrency = std::max(1, concurrency);
    m_closeWhenReady = closeWhenReady;
    launch();
}

void Runner::launch()
{
    while (m_poolActive < m_concurrency && m_poolNext < m_poolCount && !m_stopping) {
        const int i = m_poolNext++;
        m_sessions[size_t(i)] = std::make_unique<Session>(m_loop, m_config, i);
        const in_addr *source = nullptr;
        if (!m_opt.sourceIps.empty())
            source = &m_opt.sourceIps[m_nextSource++ % m_opt.sourceIps.size()];
        std::string error;
        if (m_sessions[size_t(i)]->start(m_poolMode, source, error)) {
            ++m_poolActive;
            ++m_open;
        } else {
            m_errors.add(m_sessions[size_t(i)]->user() + ": " + error);
            ++m_poolFinished;
        }
    }
}

void Runner::releaseSlot()
{
    --m_poolActive;
    ++m_poolFinished;
    launch();
}

void Runner::sessionReady(Session &s)
{
    m_wasReady[size_t(s.index())] = 1;
    ++m_readyCount;
    m_setupTimes.addNs(monotonicNs() - s.startedNs());
    if (m_closeWhenReady)
        s.closeStream(); // registrations close themselves
    else
        releaseSlot();
}

void Runner::sessionFinished(Session &s, bool ok, std::string_view reason)
{
    --m_open;
    const bool wasReady = m_wasReady[size_t(s.index())];
    if (!wasReady) {
        m_errors.add(s.user() + ": " + std::string(reason));
        releaseSlot();
        return;
    }
    if (m_closeWhenReady) {
        releaseSlot();
        return;
    }
    if (!m_stopping) {
        ++m_dropped;
        m_errors.add(s.user() + ": session ended " + (ok ? "by the server" : std::string(reason)));
    }
}

void Runner::stanzaError(Session &s, std::string_view stanza)
{
    if (m_stopping)
        return;
    std::string_view head = stanza.substr(0, std::min<size_t>(stanza.size(), 300));
    m_errors.add(s.user() + " received an error stanza: " + std::string(head));
}

void Runner::printProgress(int64_t now)
{
    m_nextProgress = now + 1'000'000'000;
    if (m_opt.quiet)
        return;
    std::fprintf(stderr, "[%s] started %d, ready %d, finished %d/%d, errors %ld, msgs %ld\n",
                 m_opt.scenario.c_str(), m_poolNext, m_readyCount, m_poolFinished, m_poolCount,
                 m_errors.count(), m_received);
}

Runner::Phase Runner::phaseStart() const
{
    return {monotonicNs(), cpuSeconds(), m_opt.serverPid > 0 ? processCpuSeconds(m_opt.serverPid) : -1};
}

void Runner::phaseEnd(const Phase &p, Result &r) const
{
    const double wall = double(monotonicNs() - p.wallNs) / 1e9;
    r.durationS = wall;
    r.cpuPct = wall > 0 ? 100.0 * (cpuSeconds() - p.cpuS) / wall : 0;
    if (p.serverCpuS >= 0 && wall > 0) {
        const double now = processCpuSeconds(m_opt.serverPid);
        if (now >= 0)
            r.serverCpuPct = 100.0 * (now - p.serverCpuS) / wall;
    }
}

void Runner::fillPercentiles(Samples &s, Result &r)
{
    r.p50 = s.percentileMs(50);
    r.p99 = s.percentileMs(99);
    r.p999 = s.percentileMs(99.9);
}

void Runner::closeAll()
{
    m_stopping = true;
    m_sending = false;
    m_measuring = false;
    for (auto &s : m_sessions) {
        if (s && !s->finished()) {
            if (s->ready())
                s->closeStream();
            else
                s->abort("stopping");
        }
    }
    // A bounded wait for the servers' </stream:stream>; not part of any measurement.
    const int64_t until = monotonicNs() + (m_open > 10000 ? 10'000'000'000LL : 3'000'000'000LL);
    while (m_open > 0 && monotonicNs() < until)
        m_loop.runOnce(until);
    for (auto &s : m_sessions)
        if (s && !s->finished())
            s->abort("stopping");
}

} // namespace confab::bench
