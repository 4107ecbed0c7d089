#include "connection/session.h"
#include "util/errortext.h"

#include <QCoreApplication>
#include <QDir>

namespace confab::manager {

QString defaultSocketPath()
{
    if (const QString s = qEnvironmentVariable("CONFAB_SOCKET"); !s.isEmpty())
        return s;
    if (const QString d = qEnvironmentVariable("CONFAB_DATA_DIR"); !d.isEmpty())
        return control::defaultSocketPath(d);
#if defined(Q_OS_WIN)
    return QStringLiteral("confabd");
#elif defined(Q_OS_MACOS)
    return control::defaultSocketPath(QStringLiteral("/Library/Application Support/Confab"));
#else
    return control::defaultSocketPath(QStringLiteral("/var/lib/confab"));
#endif
}

Session::Session(QObject *parent) : QObject(parent), m_client(new control::ControlClient(this))
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(1500);
    connect(&m_retry, &QTimer::timeout, this, &Session::open);
    connect(m_client, &control::ControlClient::helloReceived, this, &Session::onHello);
    connect(m_client, &control::ControlClient::errorOccurred, this, &Session::onLost);
    connect(m_client, &control::ControlClient::disconnected, this,
            [this] { onLost(QString::fromLatin1(control::errc::ConnectionLost)); });
    connect(m_client, &control::ControlClient::eventReceived, this, &Session::eventReceived);
}

void Session::connectTo(const QString &path, const QString &password)
{
    m_path = path;
    m_password = password;
    m_wanted = true;
    m_wasReady = false;
    m_problem.clear();
    open();
}

void Session::disconnectFromServer()
{
    m_wanted = false;
    m_retry.stop();
    m_password.clear();
    m_wasReady = false;
    m_client->disconnectFromServer();
    setState(State::Disconnected);
}

void Session::open()
{
    if (!m_wanted)
        return;
    setState(State::Connecting);
    m_client->connectToServer(m_path);
}

void Session::onHello(const QJsonObject &hello)
{
    m_retry.stop();
    m_problem.clear();
    if (!hello.value("setup").toBool(true))
        setState(State::NeedsSetup);
    else if (m_password.isEmpty())
        setState(State::NeedsLogin);
    else
        authenticate();
}

void Session::authenticate()
{
    setState(State::Authenticating);
    m_client->call(QStringLiteral("auth"), {{"password", m_password}}, [this](const control::Response &r) {
        if (r.error) {
            if (r.error->code.startsWith(QLatin1String("connection.")))
                return; // onLost handles it
            m_problem = r.error->code;
            m_password.clear();
            setState(r.error->code == QLatin1String("setup.required") ? State::NeedsSetup : State::NeedsLogin);
            emit loginFailed(errorText(*r.error));
            return;
        }
        m_client->call(QStringLiteral("log.subscribe"), {}, [](const control::Response &) {});
        m_client->call(QStringLiteral("sessions.subscribe"), {}, [](const control::Response &) {});
        m_wasReady = true;
        setState(State::Ready);
        emit ready();
    });
}

void Session::setup(const QString &password, const QString &domain, Callback done)
{
    QJsonObject params{{"adminPassword", password}};
    if (!domain.isEmpty())
        params.insert("domain", domain);
    m_client->call(QStringLiteral("setup.init"), params, [this, password, done](const control::Response &r) {
        if (!r.error) {
            m_password = password;
            m_client->call(QStringLiteral("log.subscribe"), {}, [](const control::Response &) {});
            m_client->call(QStringLiteral("sessions.subscribe"), {}, [](const control::Response &) {});
            m_wasReady = true;
            setState(State::Ready);
        }
        done(r);
        if (!r.error)
            emit ready();
    });
}

void Session::onLost(const QString &code)
{
    if (code.startsWith(QLatin1String("protocol.")))
        return; // one unreadable line; the connection goes on
    if (m_state == State::Disconnected && m_retry.isActive())
        return;
    m_problem = code;
    setState(State::Disconnected);
    if (m_wanted)
        m_retry.start();
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString Session::problemText() const
{
    if (m_state == State::Ready)
        return {};
    if (m_problem == u"connection.not_found")
        return tr("confabd is not running: there is no control socket at %1. Start the Confab service; "
                  "the manager connects as soon as it is up.")
            .arg(m_path);
    if (m_problem == u"connection.refused")
        return tr("confabd refused the connection at %1. It may be stopping or starting; the manager "
                  "keeps trying.")
            .arg(m_path);
    if (m_problem == u"connection.access_denied")
        return tr("You may not open %1. Add your user to the group \"confab\" (then log in again) or "
                  "run the manager as confabd's user.")
            .arg(m_path);
    if (m_problem == u"connection.lost")
        return tr("The connection to confabd was lost. Reconnecting…");
    if (m_problem == u"auth.failed")
        return tr("The admin password is wrong.");
    if (!m_problem.isEmpty())
        return errorText(Error{m_problem, {}, {}});
    return {};
}

void Session::call(QObject *context, const QString &method, const QJsonObject &params, Callback callback)
{
    QPointer<QObject> guard(context);
    m_client->call(method, params, [guard, callback](const control::Response &r) {
        if (guard)
            callback(r);
    });
}

} // namespace confab::manager
