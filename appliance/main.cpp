// confabd: the Confab XMPP server.
#include "server/server.h"
#ifdef CONFAB_HAVE_EPOLL
#include "stream/epolldispatcher.h"
#endif
#include <QCoreApplication>
#include <QJsonArray>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(signalPipe[1], &c, 1);
}
} // namespace

int main(int argc, char **argv)
{
#ifdef CONFAB_HAVE_EPOLL
    // Before the application exists: the main thread's loop runs on epoll (stream/epolldispatcher.h).
    if (QAbstractEventDispatcher *dispatcher = confab::stream::EpollDispatcher::create())
        QCoreApplication::setEventDispatcher(dispatcher);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("confabd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONFAB_VERSION));
    auto options = confab::server::Options::parse(app.arguments());
    if (!options) {
        std::fprintf(stderr, "confabd: %s\n%s", qPrintable(options.error().message),
                     qPrintable(confab::server::Options::usage()));
        return 2;
    }
    // SIGINT/SIGTERM end the event loop cleanly (streams get </stream:stream>), via a self-pipe.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    std::signal(SIGPIPE, SIG_IGN);

    confab::server::Server server(options.value());
    if (auto started = server.start(); !started) {
        std::fprintf(stderr, "confabd: %s\n", qPrintable(started.error().message));
        return 1;
    }
    const QJsonObject status = server.status();
    std::printf("confabd %s is running.\n", CONFAB_VERSION);
    std::printf("  Domains:        %s\n", qPrintable(status.value("domains").toVariant().toStringList().join(", ")));
    for (const auto &[kind, port] : server.listening())
        std::printf("  Listening:      port %d (%s)\n", port, qPrintable(kind));
    std::printf("  Data directory: %s\n", qPrintable(options->dataDir));
    std::printf("  Control socket: %s\n", qPrintable(server.controlSocketPath()));
    std::printf("  First set-up:   confabctl --data-dir %s setup --admin-password-file FILE\n"
                "                  (or open Confab Manager and pick this control socket)\n",
                qPrintable(options->dataDir));
    std::printf("  Add a user:     confabctl --data-dir %s user add alice@%s\n", qPrintable(options->dataDir),
                qPrintable(status.value("domains").toArray().first().toString()));
    std::fflush(stdout);
    const int rc = app.exec();
    server.stop();
    return rc;
}
