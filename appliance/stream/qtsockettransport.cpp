#include "stream/qtsockettransport.h"
#include <QSslCipher>

namespace confab::stream {

QtSocketTransport::QtSocketTransport(QObject *parent) : Transport(parent), m_socket(std::make_unique<QSslSocket>())
{
    QSslSocket *s = m_socket.get();
    connect(s, &QSslSocket::readyRead, this, [this] {
        if (m_readEnabled)
            signalReadyRead();
    });
    connect(s, &QSslSocket::encrypted, this, [this] { signalEncrypted(); });
    connect(s, &QSslSocket::connected, this, [this] {
        // Small stanzas must not wait for Nagle/delayed-ACK (a 40 ms stall per exchange otherwise).
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
        emit connected();
    });
    connect(s, &QSslSocket::disconnected, this, &QtSocketTransport::notifyDisconnected);
    connect(s, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            m_socket->abort();
        notifyDisconnected();
    });
    connect(s, &QSslSocket::sslErrors, this, [this] { m_socket->ignoreSslErrors(); });
    connect(s, &QSslSocket::bytesWritten, this, [this](qint64 n) { signalBytesWritten(n); });
}

QtSocketTransport::~QtSocketTransport()
{
    m_socket->disconnect(this);
}

void QtSocketTransport::notifyDisconnected()
{
    if (m_disconnected)
        return;
    m_disconnected = true;
    signalDisconnected();
}

qint64 QtSocketTransport::read(char *buffer, qint64 maxSize)
{
    if (m_disconnected)
        return -1;
    const qint64 n = m_socket->read(buffer, maxSize);
    return n < 0 ? -1 : n;
}

void QtSocketTransport::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

qint64 QtSocketTransport::queuedBytes() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

bool QtSocketTransport::hasBufferedInput() const
{
    return m_socket->bytesAvailable() > 0;
}

void QtSocketTransport::setReadEnabled(bool enabled)
{
    m_readEnabled = enabled;
    // Without a bound Qt would read everything the peer sends into memory while we pause.
    m_socket->setReadBufferSize(enabled ? 0 : 64 * 1024);
}

void QtSocketTransport::startServerTls(const QSslConfiguration &config)
{
    m_socket->setSslConfiguration(config);
    m_socket->startServerEncryption();
}

void QtSocketTransport::connectToHost(const QString &host, quint16 port)
{
    m_socket->connectToHost(host, port);
}

void QtSocketTransport::startClientTls(const QSslConfiguration &config, const QString &peerName)
{
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(peerName); // SNI
    m_socket->startClientEncryption();
}

bool QtSocketTransport::isEncrypted() const
{
    return m_socket->isEncrypted();
}

QString QtSocketTransport::tlsProtocol() const
{
    return isEncrypted() ? m_socket->sessionCipher().protocolString() : QString();
}

QString QtSocketTransport::tlsCipher() const
{
    return isEncrypted() ? m_socket->sessionCipher().name() : QString();
}

QSslCertificate QtSocketTransport::localCertificate() const
{
    return m_socket->localCertificate();
}

QList<QSslCertificate> QtSocketTransport::peerCertificateChain() const
{
    return m_socket->peerCertificateChain();
}

QHostAddress QtSocketTransport::peerAddress() const
{
    return m_socket->peerAddress();
}

quint16 QtSocketTransport::peerPort() const
{
    return m_socket->peerPort();
}

quint16 QtSocketTransport::localPort() const
{
    return m_socket->localPort();
}

bool QtSocketTransport::isOpen() const
{
    return !m_disconnected && m_socket->state() == QAbstractSocket::ConnectedState;
}

void QtSocketTransport::disconnectFromHost()
{
    m_socket->disconnectFromHost();
}

void QtSocketTransport::abort()
{
    m_socket->abort();
    notifyDisconnected();
}

} // namespace confab::stream
