#pragma once
// The manager's connection to confabd: one ControlClient, the login state, and reconnecting on
// its own when confabd goes away (restart, crash) as long as the admin wants to be connected.
// Subscribes to log and session events after every successful login.
#include "shared/controlclient.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace confab::manager {

// Where confabd's control socket is on this OS unless the admin picks another one:
// $CONFAB_SOCKET, else $CONFAB_DATA_DIR/control/confabd.sock, else the packaged location.
QString defaultSocketPath();

class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, NeedsSetup, NeedsLogin, Authenticating, Ready };
    Q_ENUM(State)
    using Callback = std::function<void(const control::Response &)>;

    explicit Session(QObject *parent = nullptr);

    // Connects to `path` and logs in with `password` once confabd said hello (when it is set up).
    void connectTo(const QString &path, const QString &password);
    void disconnectFromServer();
    // First-run setup: sets the admin password (and a first domain); the connection is then logged in.
    void setup(const QString &password, const QString &domain, Callback done);

    State state() const { return m_state; }
    QString socketPath() const { return m_path; }
    QString password() const { return m_password; }
    QJsonObject hello() const { return m_client->hello(); }
    // Why the connection is not usable right now, in the admin's language (empty when Ready).
    QString problemText() const;
    bool wasReady() const { return m_wasReady; }
    void setRetryInterval(int ms) { m_retry.setInterval(ms); }

    // Sends a request; `callback` is dropped when `context` is destroyed before the answer.
    void call(QObject *context, const QString &method, const QJsonObject &params, Callback callback);

signals:
    void stateChanged(confab::manager::Session::State state);
    void ready();
    void loginFailed(const QString &text);
    void eventReceived(const confab::control::Event &event);

private:
    void open();
    void onHello(const QJsonObject &hello);
    void onLost(const QString &code);
    void authenticate();
    void setState(State state);

    control::ControlClient *m_client;
    QTimer m_retry;
    QString m_path;
    QString m_password;
    QString m_problem; // error code of the last failure
    State m_state = State::Disconnected;
    bool m_wanted = false;
    bool m_wasReady = false;
};

} // namespace confab::manager
