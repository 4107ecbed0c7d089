// log tail [-n N] [-f]
#include "ctl/commands.h"
#include "shared/logcatalog.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <csignal>

namespace confab::ctl {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

void onInterrupt(int)
{
    g_interrupted = 1;
}

// Prints records once each, in order: the tail and the live events overlap while following starts.
class RecordPrinter
{
public:
    explicit RecordPrinter(bool json) : m_json(json) {}
    void print(const QJsonObject &obj)
    {
        const auto record = log::Record::fromJson(obj);
        if (record && record->seq != 0) {
            if (record->seq <= m_lastSeq)
                return;
            m_lastSeq = record->seq;
        }
        if (m_json || !record)
            printLine(QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact)));
        else
            printLine(log::formatLine(*record));
    }

private:
    bool m_json;
    quint64 m_lastSeq = 0;
};

int follow(Connection &c)
{
    QEventLoop loop;
    int rc = ExitOk;
    QObject::connect(&c.client(), &control::ControlClient::disconnected, &loop, [&] {
        printError(tr("confabd closed the connection"));
        rc = ExitNoConnection;
        loop.quit();
    });
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    // A signal handler may only set a flag; the loop looks at it often enough to feel immediate.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (g_interrupted)
            loop.quit();
    });
    poll.start(100);
    loop.exec();
    return rc;
}

} // namespace

int cmdLogTail(Connection &c, const Args &args)
{
    int limit = 20;
    if (args.has("-n")) {
        bool ok = false;
        limit = args.value("-n").toInt(&ok);
        if (!ok || limit < 0)
            return usageError("log", "tail", tr("-n needs a number"));
    }
    const bool following = args.has("-f");
    const bool json = c.options().json;
    if (!following) {
        return report(c, c.call("log.tail", {{"limit", limit}}), [](const QJsonValue &r) {
            RecordPrinter printer(false);
            for (const auto &v : r.toArray())
                printer.print(v.toObject());
        });
    }
    // Subscribe before asking for the tail so nothing falls between them; duplicates are skipped.
    RecordPrinter printer(json);
    QList<QJsonObject> early;
    bool tailPrinted = false;
    QObject::connect(&c.client(), &control::ControlClient::eventReceived, &c.client(),
                     [&](const control::Event &e) {
                         if (e.event != QLatin1String("log"))
                             return;
                         if (tailPrinted)
                             printer.print(e.data);
                         else
                             early.append(e.data);
                     });
    if (!c.call("log.subscribe"))
        return c.exitCode();
    const auto tail = c.call("log.tail", {{"limit", limit}});
    if (!tail)
        return c.exitCode();
    for (const auto &v : tail->toArray())
        printer.print(v.toObject());
    for (const QJsonObject &obj : std::as_const(early))
        printer.print(obj);
    tailPrinted = true;
    return follow(c);
}

} // namespace confab::ctl
