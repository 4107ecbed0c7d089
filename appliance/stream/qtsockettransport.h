#pragma once
// Transport over QSslSocket, for outgoing server streams: Qt connects to the resolved address and
// runs the client side of TLS. The s2s layer judges the peer's chain itself after the handshake
// (against its own trust store and TLS policy), so Qt's verdict on it never ends the handshake.
#include "stream/transport.h"
#include <QSslSocket>
#include <memory>

namespace confab::stream {

class QtSocketTransport : public Transport
{
    Q_OBJECT
public:
    explicit QtSocketTransport(QObject *parent = nullptr);
    ~QtSocketTransport() override;

    qint64 read(char *buffer, qint64 maxSize) override;
    void write(const QByteArray &bytes) override;
    qint64 queuedBytes() const override;
    bool hasBufferedInput() const override;
    void setReadEnabled(bool enabled) override;
    void startServerTls(const QSslConfiguration &config) override;
    // Client side: connect to the resolved address, then TLS as the client.
    void connectToHost(const QString &host, quint16 port);
    void startClientTls(const QSslConfiguration &config, const QString &peerName);
    bool isEncrypted() const override;
    QString tlsProtocol() const override;
    QString tlsCipher() const override;
    QSslCertificate localCertificate() const override;
    QList<QSslCertificate> peerCertificateChain() const override;
    QHostAddress peerAddress() const override;
    quint16 peerPort() const override;
    quint16 localPort() const override;
    bool isOpen() const override;
    void disconnectFromHost() override;
    void abort() override;

private:
    void notifyDisconnected();

    std::unique_ptr<QSslSocket> m_socket;
    bool m_readEnabled = true;
    bool m_disconnected = false;
};

} // namespace confab::stream
