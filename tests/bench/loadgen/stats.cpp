#include "stats.h"
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <sys/resource.h>

namespace confab::bench {

double Samples::percentileMs(double p)
{
    if (m_us.empty())
        return NAN;
    if (!m_sorted) {
        std::sort(m_us.begin(), m_us.end());
        m_sorted = true;
    }
    size_t rank = size_t(std::ceil(p / 100.0 * double(m_us.size())));
    rank = std::clamp<size_t>(rank, 1, m_us.size());
    return m_us[rank - 1] / 1000.0;
}

void ErrorLog::add(std::string_view reason)
{
    add(reason, 1);
}

void ErrorLog::add(std::string_view reason, long count)
{
    if (count <= 0)
        return;
    if (size_t(m_count) < m_printFirst)
        std::fprintf(stderr, "error: %.*s%s\n", int(reason.size()), reason.data(),
                     count > 1 ? (" (x" + std::to_string(count) + ")").c_str() : "");
    m_count += count;
}

void ErrorLog::printSummary() const
{
    if (size_t(m_count) > m_printFirst)
        std::fprintf(stderr, "error: %ld errors in all (only the first %zu shown)\n", m_count, m_printFirst);
}

double cpuSeconds()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
           double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

double processCpuSeconds(int pid)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/stat", pid);
    FILE *f = std::fopen(path, "r");
    if (!f)
        return -1;
    char buf[1024];
    const size_t n = std::fread(buf, 1, sizeof buf - 1, f);
    std::fclose(f);
    buf[n] = 0;
    // Fields after the command name (which may hold spaces, so start after its closing ')'):
    // 3 state ... 14 utime 15 stime, in clock ticks.
    const char *p = std::strrchr(buf, ')');
    unsigned long utime = 0, stime = 0;
    if (!p || std::sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &utime, &stime) != 2)
        return -1;
    return double(utime + stime) / double(sysconf(_SC_CLK_TCK));
}

} // namespace confab::bench
