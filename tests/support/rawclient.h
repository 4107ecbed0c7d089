#pragma once
// Test support: a minimal XMPP client over a real socket that shows the test every element the
// server sends, so tests can assert on the exact protocol (features, failures, stream errors).
#include "xml/element.h"
#include "xml/xmlstream.h"
#include <QObject>
#include <QSslSocket>
#include <deque>
#include <memory>

namespace confab::test {

class RawClient : public QObject
{
    Q_OBJECT
public:
    RawClient();
    ~RawClient() override;

    bool connectPlain(int port);
    bool connectDirectTls(int port, const QString &caFile, const QString &peerName);
    void send(const QByteArray &xml);
    // Sends the opening tag; returns the received header's `id` or empty on failure.
    QString openStream(const QString &domain, const QString &ns = QStringLiteral("jabber:client"));
    // Next top-level element from the server (features, stanzas, stream errors), or nullptr on timeout.
    std::unique_ptr<xml::Element> next(int timeoutMs = 5000);
    bool waitClosed(int timeoutMs = 5000);
    bool streamClosedByServer() const { return m_streamClosed; }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QSslSocket &socket() { return m_socket; }

    // Full negotiations; each returns false (with a qWarning saying why) on any deviation.
    bool startTls(const QString &caFile, const QString &domain);
    bool authScram(const QString &user, const QString &password, bool sha256 = true);
    bool authPlain(const QString &user, const QString &password);
    QString bind(const QString &resource = {}); // the bound full JID or empty
    // connect + STARTTLS + SCRAM-SHA-256 + bind + initial presence.
    QString login(int port, const QString &caFile, const QString &domain, const QString &user,
                  const QString &password, const QString &resource = {});
    std::unique_ptr<xml::Element> features() { return next(); }
    QString lastFeaturesXml() const { return m_lastFeatures; }

private:
    void onReadyRead();
    void resetParser();

    QSslSocket m_socket;
    std::unique_ptr<xml::XmlStream> m_parser;
    std::deque<std::unique_ptr<xml::Element>> m_queue;
    QString m_streamId;
    bool m_headerSeen = false;
    bool m_streamClosed = false;
    QString m_lastFeatures;
};

} // namespace confab::test
