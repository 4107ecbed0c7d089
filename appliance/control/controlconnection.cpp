#include "control/controlconnection.h"

#include <QLocalSocket>

namespace confab::control {

namespace {
// Beyond this many decoded but unanswered requests we stop reading; the socket buffer then pushes
// back on the client instead of our memory growing.
constexpr int MaxQueued = 256;
// A subscriber that stops reading must not make confabd buffer its log without bound.
constexpr qint64 MaxEventBacklog = 8 * 1024 * 1024;
} // namespace

ControlConnection::ControlConnection(QLocalSocket *socket, quint64 id, int maxLineLength, QObject *parent)
    : QObject(parent), m_socket(socket), m_id(id), m_codec(maxLineLength)
{
    m_socket->setParent(this);
    connect(m_socket, &QLocalSocket::readyRead, this, &ControlConnection::onReadyRead);
    connect(m_socket, &QLocalSocket::disconnected, this, [this] { emit closed(this); });
}

ControlConnection::~ControlConnection() = default;

void ControlConnection::onReadyRead()
{
    while (m_queue.size() < MaxQueued && m_socket->bytesAvailable() > 0) {
        const QByteArray bytes = m_socket->read(64 * 1024);
        for (auto &item : m_codec.feed(bytes)) {
            Pending pending;
            if (item.error) {
                pending.request.id = item.id;
                pending.error = item.error;
            } else if (item.message && std::holds_alternative<Request>(*item.message)) {
                pending.request = std::get<Request>(*item.message);
            } else {
                pending.request.id = item.id;
                pending.error =
                    makeError(QString::fromLatin1(errc::BadMessage),
                              QT_TRANSLATE_NOOP("Errors", "Only requests may be sent to confabd."));
            }
            m_queue.enqueue(std::move(pending));
        }
    }
    processQueue();
}

void ControlConnection::processQueue()
{
    if (m_processing)
        return; // a handler answered synchronously from inside the loop below
    m_processing = true;
    while (!m_held && !m_queue.isEmpty()) {
        Pending pending = m_queue.dequeue();
        if (pending.error)
            replyError(pending.request.id, *pending.error);
        else
            emit requestReceived(this, pending.request);
    }
    m_processing = false;
    if (!m_held && m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &ControlConnection::onReadyRead, Qt::QueuedConnection);
}

void ControlConnection::finish()
{
    m_held = false;
    processQueue();
}

void ControlConnection::write(const QByteArray &bytes)
{
    if (m_socket->state() == QLocalSocket::ConnectedState)
        m_socket->write(bytes);
}

void ControlConnection::send(const Response &response)
{
    write(encode(response));
}

void ControlConnection::reply(qint64 id, const QJsonValue &result)
{
    Response r;
    r.id = id;
    r.result = result;
    send(r);
}

void ControlConnection::replyError(qint64 id, const Error &error)
{
    Response r;
    r.id = id;
    r.error = error;
    send(r);
}

void ControlConnection::sendEvent(const Event &event)
{
    if (m_socket->bytesToWrite() > MaxEventBacklog)
        return;
    write(encode(event));
}

} // namespace confab::control
