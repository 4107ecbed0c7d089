// confab-netfloor: the latency floor of the machine the benchmark runs on (issue #8).
//
// The latency row sends 1,000 messages a second between 50 pairs of sessions and times each one
// from its scheduled send to its receipt. Part of that time is the server's work; the rest is the
// machine: the loopback TCP path and the two processes waking each other on two CPUs. This tool
// measures the rest alone, with a "server" that does nothing at all:
//
//   confab-netfloor relay  --listen IP:PORT
//       accepts connections, pairs each one with the next, and copies whatever one of a pair
//       sends to the other: one read and one write per message, no TLS, no parsing;
//   confab-netfloor client --server IP:PORT --pairs P --rate R --duration S [--warmup S]
//       opens 2P connections, sends R fixed-size messages a second in total on a fixed schedule
//       (round robin over the connections, as confab-loadgen's latency scenario does) and prints
//       one JSON object like confab-loadgen's: latency = receipt - scheduled send, p50/p99/p99.9.
//
// What the relay pays per message is a lower bound for every XMPP server in the same row, which
// pays it too and does its own work besides (TLS both ways, XML, routing). Plain C++ and POSIX,
// nothing shared with confabd or confab-loadgen.
#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <string_view>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <unistd.h>
#include <vector>

namespace {

constexpr size_t kMessageSize = 100; // about a routed chat message's TLS record on the wire

int64_t monotonicNs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

int64_t cpuNs()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return (int64_t(ru.ru_utime.tv_sec) + ru.ru_stime.tv_sec) * 1'000'000'000 +
           (int64_t(ru.ru_utime.tv_usec) + ru.ru_stime.tv_usec) * 1'000;
}

bool parseAddress(const char *text, sockaddr_in &out)
{
    const char *colon = std::strrchr(text, ':');
    if (!colon)
        return false;
    const std::string host(text, colon);
    int port = 0;
    const auto r = std::from_chars(colon + 1, colon + std::strlen(colon), port);
    if (r.ec != std::errc() || *r.ptr || port <= 0 || port > 65535)
        return false;
    out = {};
    out.sin_family = AF_INET;
    out.sin_port = htons(uint16_t(port));
    return inet_pton(AF_INET, host.c_str(), &out.sin_addr) == 1;
}

void prepare(int fd)
{
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}

int fail(const char *what)
{
    std::fprintf(stderr, "confab-netfloor: %s: %s\n", what, std::strerror(errno));
    return 1;
}

// Copies each connection's bytes to its partner until killed. A write that would block drops
// the rest (it never happens at the rates the client sends; the client then reports the loss).
int relay(const sockaddr_in &addr)
{
    const int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    const int one = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (bind(listener, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0 ||
        listen(listener, 1024) != 0)
        return fail("listen");
    const int ep = epoll_create1(0);
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = listener;
    epoll_ctl(ep, EPOLL_CTL_ADD, listener, &ev);
    std::vector<int> partner;
    int waiting = -1;
    std::vector<char> buf(1 << 16);
    epoll_event events[256];
    for (;;) {
        const int n = epoll_wait(ep, events, 256, -1);
        if (n < 0 && errno != EINTR)
            return fail("epoll_wait");
        for (int i = 0; i < n; ++i) {
            const int fd = events[i].data.fd;
            if (fd == listener) {
                int c;
                while ((c = accept4(listener, nullptr, nullptr, SOCK_NONBLOCK)) >= 0) {
                    prepare(c);
                    if (size_t(c) >= partner.size())
                        partner.resize(size_t(c) + 1, -1);
                    epoll_event ce{};
                    ce.events = EPOLLIN;
                    ce.data.fd = c;
                    epoll_ctl(ep, EPOLL_CTL_ADD, c, &ce);
                    if (waiting < 0) {
                        waiting = c;
                    } else {
                        partner[size_t(c)] = waiting;
                        partner[size_t(waiting)] = c;
                        waiting = -1;
                    }
                }
                continue;
            }
            const ssize_t r = read(fd, buf.data(), buf.size());
            if (r == 0 || (r < 0 && errno != EAGAIN && errno != EINTR)) {
                const int p = partner[size_t(fd)];
                if (p >= 0)
                    partner[size_t(p)] = -1;
                partner[size_t(fd)] = -1;
                if (waiting == fd)
                    waiting = -1;
                close(fd);
                continue;
            }
            if (r > 0 && partner[size_t(fd)] >= 0) [[maybe_unused]]
                const ssize_t w = write(partner[size_t(fd)], buf.data(), size_t(r));
        }
    }
}

struct ClientOptions
{
    sockaddr_in server{};
    int pairs = 50;
    double rate = 1000, durationS = 20, warmupS = 5;
};

double percentileMs(std::vector<int64_t> &v, double p)
{
    if (v.empty())
        return 0;
    const size_t k = std::min(v.size() - 1, size_t(double(v.size()) * p / 100.0));
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(k), v.end());
    return double(v[k]) / 1e6;
}

int client(const ClientOptions &o)
{
    struct Conn
    {
        int fd;
        std::string in; // bytes of a message cut by a read
    };
    std::vector<Conn> conns;
    const int ep = epoll_create1(0);
    for (int i = 0; i < 2 * o.pairs; ++i) {
        const int fd = socket(AF_INET, SOCK_STREAM, 0);
        if (connect(fd, reinterpret_cast<const sockaddr *>(&o.server), sizeof o.server) != 0)
            return fail("connect");
        prepare(fd);
        conns.push_back({fd, {}});
        // The relay pairs connections in the order it accepts them: one at a time keeps that order.
        usleep(1000);
    }
    for (size_t i = 0; i < conns.size(); ++i) {
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.u64 = i;
        epoll_ctl(ep, EPOLL_CTL_ADD, conns[i].fd, &ev);
    }
    const int timer = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK);
    epoll_event tev{};
    tev.events = EPOLLIN;
    tev.data.u64 = UINT64_MAX;
    epoll_ctl(ep, EPOLL_CTL_ADD, timer, &tev);

    const int64_t t0 = monotonicNs();
    const int64_t windowStart = t0 + int64_t(o.warmupS * 1e9);
    const int64_t windowEnd = windowStart + int64_t(o.durationS * 1e9);
    const double interval = 1e9 / o.rate;
    std::vector<int64_t> latencies;
    latencies.reserve(size_t(o.rate * o.durationS) + 16);
    long k = 0, sent = 0, errors = 0;
    int64_t next = t0, cpuStart = 0, cpuEnd = 0, drainUntil = 0, armedAt = -1;
    bool measuring = false;
    std::vector<char> buf(1 << 16);
    epoll_event events[256];
    for (;;) {
        const int64_t now = monotonicNs();
        if (!measuring && now >= windowStart) {
            measuring = true;
            cpuStart = cpuNs();
        }
        while (next <= now && next < windowEnd) {
            char m[kMessageSize];
            std::memset(m, 'x', sizeof m);
            auto r = std::to_chars(m, m + 32, next);
            *r.ptr = ' ';
            m[kMessageSize - 1] = '\n';
            if (write(conns[size_t(k) % conns.size()].fd, m, sizeof m) != ssize_t(sizeof m))
                ++errors;
            sent += next >= windowStart;
            next = t0 + int64_t(double(++k) * interval);
        }
        if (next >= windowEnd && !drainUntil) {
            cpuEnd = cpuNs();
            drainUntil = now + 2'000'000'000;
        }
        if (drainUntil && (long(latencies.size()) >= sent || now >= drainUntil))
            break;
        // Re-armed only when the next wake-up moves, as confab-loadgen does: no extra system call
        // per message that the XMPP rows do not pay either.
        const int64_t wake = drainUntil ? drainUntil : next;
        if (wake != armedAt) {
            itimerspec its{};
            its.it_value.tv_sec = wake / 1'000'000'000;
            its.it_value.tv_nsec = wake % 1'000'000'000;
            timerfd_settime(timer, TFD_TIMER_ABSTIME, &its, nullptr);
            armedAt = wake;
        }
        const int n = epoll_wait(ep, events, 256, -1);
        for (int i = 0; i < n; ++i) {
            if (events[i].data.u64 == UINT64_MAX) {
                uint64_t expirations;
                [[maybe_unused]] const ssize_t r = read(timer, &expirations, sizeof expirations);
                armedAt = -1; // fired: disarmed until set again
                continue;
            }
            Conn &c = conns[size_t(events[i].data.u64)];
            const ssize_t r = read(c.fd, buf.data(), buf.size());
            const int64_t received = monotonicNs();
            if (r <= 0) {
                if (r == 0 || (errno != EAGAIN && errno != EINTR))
                    return fail("the relay closed a connection");
                continue;
            }
            c.in.append(buf.data(), size_t(r));
            size_t off = 0;
            for (; off + kMessageSize <= c.in.size(); off += kMessageSize) {
                int64_t stamp = 0;
                std::from_chars(c.in.data() + off, c.in.data() + off + 32, stamp);
                if (stamp >= windowStart && stamp < windowEnd)
                    latencies.push_back(received - stamp);
            }
            c.in.erase(0, off);
        }
    }
    const long received = long(latencies.size());
    errors += std::max(0L, sent - received);
    const double measuredS = double(windowEnd - windowStart) / 1e9;
    const double cpuPct = 100.0 * double(cpuEnd - cpuStart) / 1e9 / measuredS;
    const double p50 = percentileMs(latencies, 50), p99 = percentileMs(latencies, 99),
                 p999 = percentileMs(latencies, 99.9);
    std::printf(
        "{\"scenario\":\"latency\",\"ok\":%s,\"sessions\":%d,\"errors\":%ld,\"duration_s\":%.3f,"
        "\"msgs\":%ld,\"rate\":%.1f,\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"p999_ms\":%.3f,\"cpu_pct\":%.1f,"
        "\"tls\":\"none\"}\n",
        errors == 0 ? "true" : "false", 2 * o.pairs, errors, measuredS, received,
        double(received) / measuredS, p50, p99, p999, cpuPct);
    return errors == 0 ? 0 : 1;
}

bool parseNumber(const char *text, double &out)
{
    char *end = nullptr;
    out = std::strtod(text, &end);
    return end != text && !*end && out >= 0;
}

int usage(const char *why)
{
    std::fprintf(stderr,
                 "confab-netfloor: %s\n"
                 "usage: confab-netfloor relay --listen IP:PORT\n"
                 "       confab-netfloor client --server IP:PORT [--pairs P] [--rate R] [--duration S] "
                 "[--warmup S]\n",
                 why);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2)
        return usage("missing mode");
    const std::string_view mode = argv[1];
    if (mode != "relay" && mode != "client")
        return usage("unknown mode");
    ClientOptions o;
    bool haveAddress = false;
    for (int i = 2; i < argc; i += 2) {
        const std::string_view key = argv[i];
        if (i + 1 >= argc)
            return usage("an option without a value");
        const char *value = argv[i + 1];
        double number = 0;
        bool ok = true;
        if (key == (mode == "relay" ? "--listen" : "--server"))
            ok = haveAddress = parseAddress(value, o.server);
        else if (mode == "client" && key == "--pairs")
            ok = parseNumber(value, number) && number >= 1 && number <= 5000, o.pairs = int(number);
        else if (mode == "client" && key == "--rate")
            ok = parseNumber(value, o.rate) && o.rate > 0;
        else if (mode == "client" && key == "--duration")
            ok = parseNumber(value, o.durationS) && o.durationS > 0;
        else if (mode == "client" && key == "--warmup")
            ok = parseNumber(value, o.warmupS);
        else
            return usage("unknown option");
        if (!ok)
            return usage("bad option value");
    }
    if (!haveAddress)
        return usage(mode == "relay" ? "--listen IP:PORT is required" : "--server IP:PORT is required");
    return mode == "relay" ? relay(o.server) : client(o);
}
