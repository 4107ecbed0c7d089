#include "shared/controlclient.h"

#include <QDir>
#include <QEventLoop>
#include <QLocalSocket>
#include <QTimer>

namespace confab::control {

namespace {

// Responses can be large (a log tail, a user list); the server's own limit is for what it reads.
constexpr int IncomingMaxLineLength = 16 * DefaultMaxLineLength;

const char *socketErrorCode(QLocalSocket::LocalSocketError error)
{
    switch (error) {
    case QLocalSocket::ServerNotFoundError:
        return "connection.not_found";
    case QLocalSocket::ConnectionRefusedError:
        return "connection.refused";
    case QLocalSocket::SocketAccessError:
        // Typically: the user is not in the group that owns the control directory.
        return "connection.access_denied";
    case QLocalSocket::PeerClosedError:
        return errc::ConnectionLost;
    default:
        return "connection.error";
    }
}

} // namespace

QString defaultSocketPath(const QString &dataDir)
{
#ifdef Q_OS_WIN
    Q_UNUSED(dataDir);
    return QStringLiteral("confabd");
#else
    return QDir::cleanPath(dataDir + QStringLiteral("/control/confabd.sock"));
#endif
}

ControlClient::ControlClient(QObject *parent)
    : QObject(parent), m_socket(new QLocalSocket(this)), m_codec(IncomingMaxLineLength)
{
    connect(m_socket, &QLocalSocket::readyRead, this, &ControlClient::onReadyRead);
    connect(m_socket, &QLocalSocket::stateChanged, this, &ControlClient::onStateChanged);
    connect(m_socket, &QLocalSocket::errorOccurred, this, &ControlClient::onSocketError);
}

ControlClient::~ControlClient()
{
    // Callbacks may capture objects that are already gone when the client is destroyed: drop them
    // instead of answering, and keep the dying socket from calling back into us.
    m_socket->disconnect(this);
    m_pending.clear();
}

void ControlClient::connectToServer(const QString &path)
{
    if (m_socket->state() != QLocalSocket::UnconnectedState)
        m_socket->abort();
    m_codec = LineCodec(IncomingMaxLineLength);
    m_hello = {};
    m_socket->connectToServer(path);
}

void ControlClient::disconnectFromServer()
{
    m_socket->disconnectFromServer();
}

bool ControlClient::isConnected() const
{
    return m_socket->state() == QLocalSocket::ConnectedState;
}

qint64 ControlClient::call(const QString &method, const QJsonObject &params, Callback callback)
{
    const qint64 id = m_nextId++;
    m_pending.insert(id, std::move(callback));
    const QByteArray line = encode(Request{id, method, params});
    if (line.size() - 1 > m_serverMaxLine) {
        answerLocally(id, errc::LineTooLong, QT_TRANSLATE_NOOP("Errors", "A line is longer than {max} bytes"),
                      {{QStringLiteral("max"), m_serverMaxLine}});
    } else if (m_socket->state() == QLocalSocket::UnconnectedState) {
        answerLocally(id, errc::ConnectionLost, QT_TRANSLATE_NOOP("Errors", "Not connected to confabd"));
    } else {
        send(line);
    }
    return id;
}

Response ControlClient::callSync(const QString &method, const QJsonObject &params, int timeoutMs)
{
    Response out;
    bool done = false;
    QEventLoop loop;
    const qint64 id = call(method, params, [&](const Response &r) {
        out = r;
        done = true;
        loop.quit();
    });
    if (!done) {
        QTimer timer;
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        loop.exec();
    }
    if (!done) {
        // The callback refers to this stack frame: it must never run after we return.
        m_pending.remove(id);
        out.id = id;
        out.error = makeError(QString::fromLatin1(errc::Timeout),
                              QT_TRANSLATE_NOOP("Errors", "confabd did not answer within {ms} ms"),
                              {{QStringLiteral("ms"), timeoutMs}});
    }
    return out;
}

bool ControlClient::waitForHello(int timeoutMs)
{
    if (!m_hello.isEmpty())
        return true;
    if (m_socket->state() == QLocalSocket::UnconnectedState)
        return false;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &ControlClient::helloReceived, &loop, &QEventLoop::quit);
    connect(m_socket, &QLocalSocket::stateChanged, &loop, [&loop](QLocalSocket::LocalSocketState s) {
        if (s == QLocalSocket::UnconnectedState)
            loop.quit();
    });
    timer.start(timeoutMs);
    loop.exec();
    return !m_hello.isEmpty();
}

void ControlClient::send(const QByteArray &line)
{
    if (m_socket->state() == QLocalSocket::ConnectedState)
        m_socket->write(line);
    else
        m_outbox.append(line);
}

void ControlClient::answerLocally(qint64 id, const char *code, const char *text, const QJsonObject &args)
{
    Response r;
    r.id = id;
    r.error = makeError(QString::fromLatin1(code), text, args);
    // Queued: a caller must never see its callback run before call() has returned.
    QMetaObject::invokeMethod(
        this, [this, r] { handleResponse(r); }, Qt::QueuedConnection);
}

void ControlClient::handleResponse(const Response &response)
{
    const auto it = m_pending.constFind(response.id);
    if (it == m_pending.cend())
        return; // abandoned (timed out) or never ours
    const Callback cb = it.value();
    m_pending.erase(it);
    if (cb)
        cb(response);
}

void ControlClient::failAll(const char *code)
{
    // Swap first: a callback may issue new calls, which must not land in the list being failed.
    QHash<qint64, Callback> pending;
    pending.swap(m_pending);
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        Response r;
        r.id = it.key();
        r.error = makeError(QString::fromLatin1(code),
                            QT_TRANSLATE_NOOP("Errors", "The connection to confabd was lost"));
        if (it.value())
            it.value()(r);
    }
}

void ControlClient::onReadyRead()
{
    const QList<LineCodec::Item> items = m_codec.feed(m_socket->readAll());
    for (const LineCodec::Item &item : items) {
        if (item.error) {
            if (item.id != 0 && m_pending.contains(item.id))
                handleResponse(Response{item.id, {}, item.error});
            else
                emit errorOccurred(item.error->code);
            continue;
        }
        if (const auto *response = std::get_if<Response>(&*item.message)) {
            handleResponse(*response);
        } else if (const auto *event = std::get_if<Event>(&*item.message)) {
            if (event->event == QLatin1StringView(HelloEvent)) {
                m_hello = event->data;
                const int max = m_hello.value(QStringLiteral("maxLineLength")).toInt(0);
                m_serverMaxLine = max > 0 ? max : DefaultMaxLineLength;
                emit helloReceived(m_hello);
            } else {
                emit eventReceived(*event);
            }
        } else {
            emit errorOccurred(QString::fromLatin1(errc::BadMessage)); // servers do not send requests
        }
    }
}

void ControlClient::onStateChanged()
{
    switch (m_socket->state()) {
    case QLocalSocket::ConnectedState:
        m_wasConnected = true;
        if (!m_outbox.isEmpty()) {
            m_socket->write(m_outbox);
            m_outbox.clear();
        }
        emit connected();
        break;
    case QLocalSocket::UnconnectedState:
        // A server that answers and closes at once: read its last words before failing the rest.
        if (m_socket->bytesAvailable() > 0)
            onReadyRead();
        m_outbox.clear();
        m_hello = {};
        m_serverMaxLine = DefaultMaxLineLength;
        failAll(errc::ConnectionLost);
        if (m_wasConnected) {
            m_wasConnected = false;
            emit disconnected();
        }
        break;
    default:
        break;
    }
}

void ControlClient::onSocketError()
{
    emit errorOccurred(QString::fromLatin1(socketErrorCode(m_socket->error())));
}

} // namespace confab::control
