#include "stream/iothreadpool.h"
#include "stream/fdtransport.h"
#include "stream/ioworker.h"
#include "stream/workertransport.h"
#include <algorithm>
#ifdef Q_OS_LINUX
#include <sched.h>
#endif

namespace confab::stream {

IoThreadPool::IoThreadPool(int threads, QObject *parent) : QObject(parent)
{
    for (int i = 0; i < std::max(1, threads); ++i)
        m_workers.push_back(std::make_shared<IoWorker>(this, i));
}

int IoThreadPool::threadsFor(int setting, int cpus)
{
    if (setting >= 0)
        return setting;
    return std::clamp(cpus - 1, 0, AutoMax);
}

int IoThreadPool::usableCpus()
{
#ifdef Q_OS_LINUX
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0)
        return std::max(1, CPU_COUNT(&set));
#endif
    return std::max(1, QThread::idealThreadCount());
}

IoThreadPool::~IoThreadPool()
{
    for (const std::shared_ptr<IoWorker> &w : m_workers)
        w->stop();
}

std::unique_ptr<Transport> IoThreadPool::adopt(qintptr descriptor)
{
    auto *fd = new FdTransport(descriptor);
    fd->setReadEnabled(false); // until the owner says plain or TLS (a ClientHello is not stream data)
    auto least = std::min_element(m_workers.begin(), m_workers.end(),
                                  [](const auto &a, const auto &b) { return a->load() < b->load(); });
    auto ch = std::make_shared<IoChannel>();
    ch->worker = *least;
    ch->fd = fd;
    auto proxy = std::make_unique<WorkerTransport>(ch, fd->peerAddress(), fd->peerPort(), fd->localPort());
    (*least)->attach(ch);
    return proxy;
}

void IoThreadPool::deliver(IoWorker *worker)
{
    WorkerTransport::Batch batch;
    for (const std::shared_ptr<IoChannel> &ch : worker->takeForMain())
        if (ch->proxy)
            ch->proxy->takeNews();
}

} // namespace confab::stream
