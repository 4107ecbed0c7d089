#pragma once
// I/O worker threads for accepted connections. Each worker runs its own event loop and owns the
// FdTransports (descriptor, socket notifiers, OpenSSL) of the connections given to it: reads,
// decryption, encryption and writes happen there. The main thread keeps everything else (XML,
// sessions, routing, storage) and talks to a connection through a WorkerTransport, which
// exchanges bytes and commands with the worker through a small locked channel.
//
// Handoffs are batched both ways: the main thread hands a worker every connection it wrote to
// while handling one batch of input, with one wake-up; a worker hands the main thread every
// connection that got input in one turn of its loop, with one wake-up.
#include "stream/transport.h"
#include <QObject>
#include <QThread>
#include <memory>
#include <vector>

namespace confab::stream {

class IoWorker;

class IoThreadPool : public QObject
{
    Q_OBJECT
public:
    // threads > 0. The threads start at once and stop in the destructor (closing what is left).
    explicit IoThreadPool(int threads, QObject *parent = nullptr);
    ~IoThreadPool() override;

    int size() const { return int(m_workers.size()); }

    // How many workers the setting server.io_threads asks for on a machine where this process
    // may run on `cpus` CPUs: the setting itself when 0 or more; -1 (automatic) gives one per
    // CPU beyond the first, at most AutoMax, and none on a single CPU, where the hand-overs
    // between threads only cost (docs/performance.md, "I/O threads").
    static constexpr int AutoMax = 4;
    static int threadsFor(int setting, int cpus);
    // The CPUs this process may run on (its affinity mask, so `taskset` counts).
    static int usableCpus();
    // Takes a connected, accepted descriptor: its transport lives on the least busy worker, and
    // the returned proxy on the calling (main) thread.
    std::unique_ptr<Transport> adopt(qintptr descriptor);

private:
    friend class IoWorker;
    // Worker → main: the channels with news are waiting in the worker's list.
    void deliver(IoWorker *worker);

    std::vector<std::shared_ptr<IoWorker>> m_workers; // channels keep theirs alive past the pool
};

} // namespace confab::stream
