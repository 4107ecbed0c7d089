// confab-loadgen: Confab's benchmark load generator (see README.md next to this file).
#include "options.h"
#include "runner.h"
#include "scram.h"
#include "selftest.h"
#include <cmath>
#include <cstdio>
#include <string>

using namespace confab::bench;

namespace {

std::string number(double v, int decimals)
{
    if (!std::isfinite(v))
        return "null";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

void printJson(const Result &r, const Options &o)
{
    std::printf(
        "{\"scenario\":\"%s\",\"ok\":%s,\"sessions\":%d,\"errors\":%ld,\"duration_s\":%s,\"msgs\":%ld,"
        "\"rate\":%s,\"p50_ms\":%s,\"p99_ms\":%s,\"p999_ms\":%s,\"cpu_pct\":%s,\"server_cpu_pct\":%s,"
        "\"attempted\":%d,\"timed_out\":%s,\"mech\":\"%s\",\"tls\":\"%s\"}\n",
        r.scenario.c_str(), r.errors == 0 ? "true" : "false", r.sessions, r.errors,
        number(r.durationS, 3).c_str(), r.msgs, number(r.rate, 1).c_str(), number(r.p50, 3).c_str(),
        number(r.p99, 3).c_str(), number(r.p999, 3).c_str(), number(r.cpuPct, 1).c_str(), number(r.serverCpuPct, 1).c_str(), r.attempted,
        r.timedOut ? "true" : "false", mechName(o.mech), o.tls ? "starttls" : "none");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    Options options;
    const std::string error = parseOptions(argc, argv, options);
    if (!error.empty()) {
        std::fprintf(stderr, "confab-loadgen: %s\n%s", error.c_str(), usageText());
        return 2;
    }
    if (options.scenario == "self-test") {
        const bool ok = selfTest();
        std::fprintf(stderr, "self-test %s\n", ok ? "passed" : "FAILED");
        return ok ? 0 : 1;
    }
    if (!options.scramCache.empty()) {
        std::string cacheError;
        if (!loadScramCache(options.scramCache, cacheError)) {
            std::fprintf(stderr, "confab-loadgen: %s\n", cacheError.c_str());
            return 2;
        }
    }
    Runner runner(options);
    std::string initError;
    if (!runner.init(initError)) {
        std::fprintf(stderr, "confab-loadgen: %s\n", initError.c_str());
        Result r;
        r.scenario = options.scenario;
        r.errors = 1;
        printJson(r, options);
        return 1;
    }
    const Result r = runner.run();
    printJson(r, options);
    if (!options.scramCache.empty()) {
        std::string cacheError;
        if (!saveScramCache(options.scramCache, cacheError)) {
            std::fprintf(stderr, "confab-loadgen: %s\n", cacheError.c_str());
            return 1;
        }
    }
    return r.errors == 0 ? 0 : 1;
}
