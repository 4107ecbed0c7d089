#pragma once
// The command line of confab-loadgen (tests/bench/README or /work/notes/bench-contract.md): one
// scenario word, then --options. Parsing never exits; a bad line is reported as an error string.
#include <netinet/in.h>
#include <string>
#include <vector>

namespace confab::bench {

enum class Mech { ScramSha1, ScramSha256, Plain };

struct Options
{
    std::string scenario; // register | login | throughput | latency | idle | self-test
    sockaddr_in server{};
    std::string domain;
    bool tls = true;
    Mech mech = Mech::ScramSha1;
    std::string prefix = "bench";
    std::string password = "benchpass";
    std::vector<in_addr> sourceIps; // empty: let the kernel choose
    double timeoutS = 600;
    bool quiet = false;

    int users = 0;
    int concurrency = 0; // 0: scenario default
    int pairs = 0;
    int window = 1;
    double rate = 0;
    double durationS = 10;
    double warmupS = 0;
    int serverPid = 0;       // > 0: the server's CPU time over the measured phase is reported too
    double holdS = -1;       // idle: < 0 means until stdin closes (or --timeout)
    std::string scramCache;  // file of SCRAM SaltedPasswords read at start and written at the end
    std::string samplesFile; // latency: one line per measured message (scheduled ns, latency ns, sender)
};

// Returns an empty string on success, else what is wrong with the command line.
std::string parseOptions(int argc, char **argv, Options &out);
const char *mechName(Mech m);
const char *usageText();

} // namespace confab::bench
