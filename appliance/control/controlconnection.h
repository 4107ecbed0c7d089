#pragma once
// One control-socket client: frames lines, remembers whether it authenticated, its consecutive
// authentication failures and its event subscriptions. Requests are handed out one at a time: while
// one is answered asynchronously (a slowed-down auth failure) the following ones wait, so pipelining
// password guesses gains nothing.
#include "shared/controlprotocol.h"
#include <QObject>
#include <QQueue>
#include <QSet>

class QLocalSocket;

namespace confab::control {

class ControlConnection : public QObject
{
    Q_OBJECT
public:
    ControlConnection(QLocalSocket *socket, quint64 id, int maxLineLength, QObject *parent = nullptr);
    ~ControlConnection() override;

    quint64 id() const { return m_id; }
    bool isAuthenticated() const { return m_authenticated; }
    void setAuthenticated(bool on) { m_authenticated = on; }

    int failures() const { return m_failures; }
    void setFailures(int n) { m_failures = n; }

    void subscribe(const QString &event) { m_subscriptions.insert(event); }
    void unsubscribe(const QString &event) { m_subscriptions.remove(event); }
    bool isSubscribed(const QString &event) const { return m_subscriptions.contains(event); }

    void send(const Response &response);
    void reply(qint64 id, const QJsonValue &result);
    void replyError(qint64 id, const Error &error);
    // Events are dropped (not queued without bound) for a client that stops reading.
    void sendEvent(const Event &event);

    // The current request is being answered later; hold back the next until finish() is called.
    void hold() { m_held = true; }
    void finish();

signals:
    void requestReceived(confab::control::ControlConnection *connection,
                         const confab::control::Request &request);
    void closed(confab::control::ControlConnection *connection);

private:
    void onReadyRead();
    void processQueue();
    void write(const QByteArray &bytes);

    QLocalSocket *m_socket;
    quint64 m_id;
    LineCodec m_codec;
    struct Pending
    {
        Request request;
        std::optional<Error> error; // a line that could not be decoded, answered in its turn
    };
    QQueue<Pending> m_queue;
    QSet<QString> m_subscriptions;
    bool m_authenticated = false;
    bool m_held = false;
    bool m_processing = false;
    int m_failures = 0;
};

} // namespace confab::control
