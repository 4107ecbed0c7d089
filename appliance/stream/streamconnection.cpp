#include "stream/streamconnection.h"
#include "stream/qtsockettransport.h"
#include "stream/transport.h"
#include "xml/namespaces.h"
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <cmath>

namespace confab::stream {

StreamConnection::StreamConnection(quint64 id, std::unique_ptr<Transport> transport, bool directTls,
                                   const Limits &limits, QObject *parent)
    : QObject(parent), m_id(id), m_transport(std::move(transport)), m_limits(limits), m_directTls(directTls)
{
    m_peer = m_transport->peerAddress();
    if (auto v4 = m_peer.toIPv4Address(); v4 && m_peer.protocol() == QAbstractSocket::IPv6Protocol)
        m_peer = QHostAddress(v4); // show ::ffff:127.0.0.1 as 127.0.0.1
    m_peerPort = m_transport->peerPort();
    m_localPort = m_transport->localPort();
    m_since = QDateTime::currentDateTimeUtc();
    m_lastActivity.start();
    m_age.start();
    m_transport->setSink(this);
    setupParser();
}

StreamConnection::~StreamConnection()
{
    if (m_transport) {
        m_transport->setSink(nullptr);
        m_transport->disconnect(this);
    }
}

void StreamConnection::setupParser()
{
    m_parser = std::make_unique<xml::XmlStream>();
    m_parser->setMaxStanzaBytes(m_limits.maxStanzaBytes);
    m_parser->setMaxDepth(m_limits.maxDepth);
    m_parser->setMaxAttributes(m_limits.maxAttributes);
    m_parser->setMaxAttributeValueLength(m_limits.maxAttributeBytes);
    m_parser->onStreamOpen = [this](const xml::StreamHeader &header) {
        if (!m_handler) {
            if (m_factory)
                m_handler = m_factory(this, header.ns);
            if (!m_handler) {
                closeWithError(xml::StreamErrorCondition::InvalidNamespace,
                               QStringLiteral("Expected jabber:client or jabber:server"));
                return;
            }
        }
        m_phase = m_phase == Phase::New ? Phase::Open : m_phase;
        m_handler->streamOpened(header);
    };
    m_parser->onStanza = [this](std::unique_ptr<xml::Element> stanza) {
        // Over the rate: the rest of the current read chunk waits here (bounded by the chunk size)
        // and nothing more is read until it is delivered.
        if (m_ratePerSecond > 0 && (m_readPaused || !takeStanzaToken())) {
            m_pending.push_back(std::move(stanza));
            pauseReading();
            return;
        }
        deliver(std::move(stanza));
    };
    m_parser->onStreamClose = [this] {
        if (m_pending.empty())
            closeStream();
        else
            m_closeAfterPending = true; // the throttled stanzas sent before </stream:stream> still count
    };
    m_parser->onError = [this](xml::StreamErrorCondition condition, const QString &text) {
        closeWithError(condition, text);
    };
}

bool StreamConnection::isEncrypted() const
{
    return m_transport && m_transport->isEncrypted();
}

QString StreamConnection::tlsDescription() const
{
    return isEncrypted() ? tlsProtocol() + QLatin1Char(' ') + tlsCipher() : QString();
}

QString StreamConnection::tlsProtocol() const
{
    return m_transport ? m_transport->tlsProtocol() : QString();
}

QString StreamConnection::tlsCipher() const
{
    return m_transport ? m_transport->tlsCipher() : QString();
}

QSslCertificate StreamConnection::localCertificate() const
{
    return m_transport ? m_transport->localCertificate() : QSslCertificate();
}

void StreamConnection::start(const QSslConfiguration &tls)
{
    if (m_directTls) {
        m_tlsPending = true;
        m_transport->startServerTls(tls);
        return;
    }
    m_transport->setReadEnabled(true); // a transport on an I/O thread starts reading only now
    if (m_transport->hasBufferedInput())
        onReadyRead();
}

void StreamConnection::onReadyRead()
{
    if (m_tlsPending || m_phase == Phase::Closed)
        return;
    // Read in bounded chunks so one fast peer cannot make us hold more than the parser's limits.
    char buf[16384];
    while (m_transport && m_phase != Phase::Closed && !m_tlsPending && !m_readPaused) {
        const qint64 n = m_transport->read(buf, sizeof buf);
        if (n <= 0)
            break;
        m_bytesIn += n;
        m_lastActivity.start();
        m_parser->addData(QByteArray::fromRawData(buf, int(n)));
    }
}

void StreamConnection::write(const QByteArray &bytes)
{
    if (!m_transport || m_phase == Phase::Closed || m_overflowed)
        return;
    m_transport->write(bytes);
    if (m_limits.maxSendBufferBytes <= 0)
        return;
    // Plain bytes not yet encrypted plus encrypted bytes the kernel has not taken.
    const qint64 queued = m_transport->queuedBytes();
    if (queued <= m_limits.maxSendBufferBytes)
        return;
    m_overflowed = true;
    emit sendBufferOverflow(m_id, queued);
    // Deferred: write() is called from deep inside routing, which must not see the session vanish.
    QTimer::singleShot(0, this, &StreamConnection::abortOverflowed);
}

void StreamConnection::abortOverflowed()
{
    if (m_phase == Phase::Closed)
        return;
    const bool notify = m_phase != Phase::Closing;
    m_phase = Phase::Closing; // so the disconnected signal from abort() does not notify twice
    m_transport->abort();
    if (notify && m_handler)
        m_handler->connectionClosed();
    finish();
}

void StreamConnection::setStanzaRateLimit(int perSecond)
{
    m_ratePerSecond = perSecond;
    m_tokens = 2.0 * perSecond;
    m_refill.start();
}

bool StreamConnection::takeStanzaToken()
{
    const double burst = 2.0 * m_ratePerSecond;
    m_tokens = std::min(burst, m_tokens + double(m_refill.restart()) * m_ratePerSecond / 1000.0);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

void StreamConnection::pauseReading()
{
    if (m_readPaused)
        return;
    m_readPaused = true;
    m_transport->setReadEnabled(false);
    const int waitMs = std::max(1, int(std::ceil((1.0 - m_tokens) * 1000.0 / m_ratePerSecond)));
    QTimer::singleShot(waitMs, this, &StreamConnection::resumeReading);
}

void StreamConnection::resumeReading()
{
    m_readPaused = false;
    m_transport->setReadEnabled(true);
    while (!m_pending.empty() && m_phase != Phase::Closed) {
        if (!takeStanzaToken()) {
            pauseReading();
            return;
        }
        std::unique_ptr<xml::Element> stanza = std::move(m_pending.front());
        m_pending.pop_front();
        deliver(std::move(stanza));
    }
    if (m_closeAfterPending) {
        closeStream();
        return;
    }
    if (m_transport->hasBufferedInput())
        onReadyRead();
}

void StreamConnection::deliver(std::unique_ptr<xml::Element> stanza)
{
    if (m_handler && m_phase != Phase::Closing && m_phase != Phase::Closed)
        m_handler->stanzaReceived(std::move(stanza));
}

void StreamConnection::writeStanza(const xml::Element &stanza, QStringView streamNs)
{
    write(stanza.toUtf8(streamNs));
}

void StreamConnection::startTls(const QSslConfiguration &tls)
{
    // Nothing the peer sent in the clear after <starttls/> may be processed (RFC 6120 §5.4.3.3).
    m_parser->reset();
    m_pending.clear();
    m_tlsPending = true;
    m_transport->startServerTls(tls);
}

void StreamConnection::connectToHost(const QString &host, quint16 port)
{
    auto *client = qobject_cast<QtSocketTransport *>(m_transport.get());
    Q_ASSERT(client); // only outgoing server streams dial, and they are built with a QtSocketTransport
    m_clientMode = true;
    connect(client, &Transport::connected, this, [this] {
        m_peer = m_transport->peerAddress();
        m_peerPort = m_transport->peerPort();
        m_localPort = m_transport->localPort();
        m_lastActivity.start();
        emit connected();
    });
    client->connectToHost(host, port);
}

void StreamConnection::startClientTls(const QSslConfiguration &tls, const QString &peerName)
{
    auto *client = qobject_cast<QtSocketTransport *>(m_transport.get());
    Q_ASSERT(client);
    m_clientMode = true;
    m_parser->reset();
    m_tlsPending = true;
    client->startClientTls(tls, peerName);
}

QList<QSslCertificate> StreamConnection::peerCertificateChain() const
{
    return m_transport ? m_transport->peerCertificateChain() : QList<QSslCertificate>();
}

void StreamConnection::onEncrypted()
{
    m_tlsPending = false;
    m_parser->reset();
    m_headerSent = false;
    if (m_handler)
        m_handler->tlsEstablished();
    if (m_transport->hasBufferedInput())
        QTimer::singleShot(0, this, &StreamConnection::onReadyRead);
}

void StreamConnection::restartStream()
{
    // Safe from inside the parser's callback: XmlStream::reset() drops the rest of the chunk.
    m_headerSent = false;
    m_parser->reset();
    m_pending.clear(); // like the rest of the chunk: stanzas sent before the restart are void
}

void StreamConnection::closeWithError(xml::StreamErrorCondition condition, const QString &text,
                                      const QString &streamNs)
{
    if (m_phase == Phase::Closing || m_phase == Phase::Closed)
        return;
    if (!m_headerSent) {
        xml::StreamHeader h;
        h.ns = streamNs;
        h.version = QStringLiteral("1.0");
        h.id = QUuid::createUuid().toString(QUuid::WithoutBraces); // RFC 6120 §4.7.3: always an id
        write(xml::streamHeaderXml(h));
        m_headerSent = true;
    }
    write(xml::streamErrorXml(condition, text));
    closeStream();
}

void StreamConnection::closeStream()
{
    if (m_phase == Phase::Closing || m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closing;
    if (m_headerSent)
        write(QByteArrayLiteral("</stream:stream>"));
    if (m_handler)
        m_handler->connectionClosed();
    m_transport->disconnectFromHost();
    // A peer that never closes its side does not keep the socket: abort after a grace period.
    QTimer::singleShot(3000, this, [this] {
        if (m_transport && m_transport->isOpen())
            m_transport->abort();
        finish();
    });
}

void StreamConnection::onDisconnected()
{
    // Closing: the handler already knows; Closed: an abort we made ourselves, reported later.
    if (m_phase != Phase::Closing && m_phase != Phase::Closed && m_handler)
        m_handler->connectionClosed();
    finish();
}

void StreamConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_phase = Phase::Closed;
    emit closed(m_id);
}

} // namespace confab::stream
