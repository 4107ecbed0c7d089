#include "options.h"
#include <arpa/inet.h>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace confab::bench {
namespace {

bool parseNumber(std::string_view s, double &out)
{
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size() && out >= 0;
}

bool parseInt(std::string_view s, int &out)
{
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size() && out >= 0;
}

bool parseServer(const std::string &s, sockaddr_in &out)
{
    const auto colon = s.rfind(':');
    if (colon == std::string::npos)
        return false;
    int port = 0;
    if (!parseInt(std::string_view(s).substr(colon + 1), port) || port <= 0 || port > 65535)
        return false;
    out = {};
    out.sin_family = AF_INET;
    out.sin_port = htons(uint16_t(port));
    return inet_pton(AF_INET, s.substr(0, colon).c_str(), &out.sin_addr) == 1;
}

// "127.0.0.1-127.0.0.20" or a single address.
bool parseSourceIps(const std::string &s, std::vector<in_addr> &out)
{
    const auto dash = s.find('-');
    in_addr first{}, last{};
    if (inet_pton(AF_INET, s.substr(0, dash).c_str(), &first) != 1)
        return false;
    last = first;
    if (dash != std::string::npos && inet_pton(AF_INET, s.substr(dash + 1).c_str(), &last) != 1)
        return false;
    const uint32_t a = ntohl(first.s_addr), b = ntohl(last.s_addr);
    if (b < a || b - a > 65535)
        return false;
    out.clear();
    for (uint32_t x = a; x <= b; ++x)
        out.push_back(in_addr{htonl(x)});
    return true;
}

} // namespace

const char *mechName(Mech m)
{
    switch (m) {
    case Mech::ScramSha1:
        return "SCRAM-SHA-1";
    case Mech::ScramSha256:
        return "SCRAM-SHA-256";
    case Mech::Plain:
        return "PLAIN";
    }
    return "?";
}

const char *usageText()
{
    return "usage: confab-loadgen register|login|throughput|latency|idle --server IP:PORT --domain D\n"
           "         [--tls starttls|none] [--mech SCRAM-SHA-1|SCRAM-SHA-256|PLAIN] [--user-prefix bench]\n"
           "         [--password benchpass] [--source-ips 127.0.0.1-127.0.0.20] [--timeout S] [--quiet]\n"
           "         [--server-pid PID]   (also report the server's CPU use over the measured phase)\n"
           "         [--scram-cache FILE] (SCRAM SaltedPasswords kept between runs, as a client that\n"
           "                               logged in before keeps them; read at start, written at the end)\n"
           "  register   --users N [--concurrency C]\n"
           "  login      --users N --concurrency C\n"
           "  throughput --pairs P --window W --duration S [--warmup S] [--concurrency C]\n"
           "  latency    --pairs P --rate R --duration S [--warmup S] [--concurrency C]\n"
           "             [--samples FILE] (every measured message: scheduled time in ns since the\n"
           "                               window's start, latency in ns, sending session)\n"
           "  idle       --users N --concurrency C [--hold S]\n"
           "       confab-loadgen --self-test   (SCRAM against RFC 5802/7677 vectors; exit 0/1)\n";
}

std::string parseOptions(int argc, char **argv, Options &o)
{
    if (argc < 2)
        return "missing scenario";
    o.scenario = argv[1];
    if (o.scenario == "--self-test") {
        o.scenario = "self-test";
        return {};
    }
    static const char *const scenarios[] = {"register", "login", "throughput", "latency", "idle"};
    bool known = false;
    for (const char *s : scenarios)
        known = known || o.scenario == s;
    if (!known)
        return "unknown scenario '" + o.scenario + "'";
    bool haveServer = false;
    for (int i = 2; i < argc; ++i) {
        const std::string key = argv[i];
        if (key == "--quiet") {
            o.quiet = true;
            continue;
        }
        if (i + 1 >= argc)
            return key + " needs a value";
        const std::string v = argv[++i];
        bool ok = true;
        if (key == "--server")
            ok = haveServer = parseServer(v, o.server);
        else if (key == "--domain")
            o.domain = v, ok = !v.empty();
        else if (key == "--tls")
            ok = (v == "starttls" || v == "none"), o.tls = v == "starttls";
        else if (key == "--mech") {
            if (v == "SCRAM-SHA-1")
                o.mech = Mech::ScramSha1;
            else if (v == "SCRAM-SHA-256")
                o.mech = Mech::ScramSha256;
            else if (v == "PLAIN")
                o.mech = Mech::Plain;
            else
                ok = false;
        } else if (key == "--user-prefix")
            o.prefix = v, ok = !v.empty();
        else if (key == "--password")
            o.password = v;
        else if (key == "--source-ips")
            ok = parseSourceIps(v, o.sourceIps);
        else if (key == "--timeout")
            ok = parseNumber(v, o.timeoutS) && o.timeoutS > 0;
        else if (key == "--users")
            ok = parseInt(v, o.users);
        else if (key == "--concurrency")
            ok = parseInt(v, o.concurrency) && o.concurrency > 0;
        else if (key == "--pairs")
            ok = parseInt(v, o.pairs);
        else if (key == "--window")
            ok = parseInt(v, o.window) && o.window > 0;
        else if (key == "--rate")
            ok = parseNumber(v, o.rate) && o.rate > 0;
        else if (key == "--duration")
            ok = parseNumber(v, o.durationS) && o.durationS > 0;
        else if (key == "--warmup")
            ok = parseNumber(v, o.warmupS);
        else if (key == "--server-pid")
            ok = parseInt(v, o.serverPid) && o.serverPid > 0;
        else if (key == "--hold")
            ok = parseNumber(v, o.holdS);
        else if (key == "--scram-cache")
            o.scramCache = v, ok = !v.empty();
        else if (key == "--samples")
            o.samplesFile = v, ok = !v.empty();
        else
            return "unknown option " + key;
        if (!ok)
            return "bad value for " + key + ": '" + v + "'";
    }
    if (!haveServer)
        return "--server IP:PORT is required";
    if (o.domain.empty())
        return "--domain is required";
    const bool usersScenario = o.scenario == "register" || o.scenario == "login" || o.scenario == "idle";
    if (usersScenario && o.users <= 0)
        return "--users N (N > 0) is required";
    if (!usersScenario && o.pairs <= 0)
        return "--pairs P (P > 0) is required";
    if (o.scenario == "latency" && o.rate <= 0)
        return "--rate R is required";
    return {};
}

} // namespace confab::bench
