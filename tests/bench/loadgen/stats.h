#pragma once
// Measurement helpers: latency samples (sorted once at the end), the error log that prints the
// first reasons and counts the rest, and the process's CPU time.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace confab::bench {

class Samples
{
public:
    void reserve(size_t n) { m_us.reserve(n); }
    void addNs(int64_t ns)
    {
        m_us.push_back(ns <= 0 ? 0u : uint32_t(std::min<int64_t>(ns / 1000, UINT32_MAX)));
    }
    size_t size() const { return m_us.size(); }
    // Nearest-rank percentile in milliseconds; sorts on first use. NaN when empty.
    double percentileMs(double p);

private:
    std::vector<uint32_t> m_us;
    bool m_sorted = false;
};

class ErrorLog
{
public:
    explicit ErrorLog(size_t printFirst = 10) : m_printFirst(printFirst) {}
    void add(std::string_view reason);
    void add(std::string_view reason, long count);
    long count() const { return m_count; }
    void printSummary() const;

private:
    size_t m_printFirst;
    long m_count = 0;
};

double cpuSeconds(); // user + system time of this process
// User + system time of another process (all its threads), from /proc; < 0 when unreadable.
double processCpuSeconds(int pid);

} // namespace confab::bench
