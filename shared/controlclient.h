#pragma once
// The front ends' side of the control socket (Confab Manager, confabctl): connects to confabd's
// QLocalServer, sends requests with increasing ids, routes responses to their callbacks and
// server-pushed events to a signal. Every call is answered exactly once: by the server, or locally
// with "connection.lost" / "connection.timeout" / "protocol.line_too_long".
#include "shared/controlprotocol.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <functional>

class QLocalSocket;

namespace confab::control {

// Where confabd listens by default: <dataDir>/control/confabd.sock (a named pipe "confabd" on Windows).
QString defaultSocketPath(const QString &dataDir);

class ControlClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Response &)>;

    explicit ControlClient(QObject *parent = nullptr);
    ~ControlClient() override;

    // Starts connecting; calls made before the connection is up are queued and sent once it is.
    void connectToServer(const QString &path);
    void disconnectFromServer();
    bool isConnected() const;
    // The server's hello data ({protocol, maxLineLength, server}); empty until it arrived.
    QJsonObject hello() const { return m_hello; }

    // Sends `method` and returns its id; `callback` runs on this object's thread, exactly once.
    qint64 call(const QString &method, const QJsonObject &params, Callback callback);
    // Sends and waits in a local event loop (for confabctl, not for GUI code); on timeout the call
    // is abandoned and answered with "connection.timeout".
    Response callSync(const QString &method, const QJsonObject &params, int timeoutMs = 30000);
    // Waits in a local event loop until the hello arrived; false on failure or timeout.
    bool waitForHello(int timeoutMs = 10000);

signals:
    void connected();
    void disconnected();
    void helloReceived(const QJsonObject &data);
    void eventReceived(const confab::control::Event &event);
    // "connection.not_found", "connection.refused", "connection.access_denied", "connection.lost",
    // "connection.error", or a protocol.* code when the server sent something unreadable.
    void errorOccurred(const QString &code);

private:
    void onReadyRead();
    void onStateChanged();
    void onSocketError();
    void handleResponse(const Response &response);
    void failAll(const char *code);
    void answerLocally(qint64 id, const char *code, const char *text, const QJsonObject &args = {});
    void send(const QByteArray &line);

    QLocalSocket *m_socket;
    LineCodec m_codec;
    QHash<qint64, Callback> m_pending;
    QByteArray m_outbox; // requests written before the socket connected
    QJsonObject m_hello;
    qint64 m_nextId = 1;
    int m_serverMaxLine = DefaultMaxLineLength;
    bool m_wasConnected = false;
};

} // namespace confab::control
