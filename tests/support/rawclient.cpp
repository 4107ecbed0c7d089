#include "rawclient.h"
#include "auth/scramcredentials.h"
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>

namespace confab::test {

static const QString SaslNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-sasl");

RawClient::RawClient()
{
    connect(&m_socket, &QSslSocket::readyRead, this, &RawClient::onReadyRead);
    resetParser();
}

RawClient::~RawClient() = default;

void RawClient::resetParser()
{
    m_parser = std::make_unique<xml::XmlStream>();
    m_parser->setMaxStanzaBytes(16 * 1024 * 1024);
    m_headerSeen = false;
    m_parser->onStreamOpen = [this](const xml::StreamHeader &h) {
        m_headerSeen = true;
        m_streamId = h.id;
    };
    m_parser->onStanza = [this](std::unique_ptr<xml::Element> el) { m_queue.push_back(std::move(el)); };
    m_parser->onStreamClose = [this] { m_streamClosed = true; };
    m_parser->onError = [](xml::StreamErrorCondition, const QString &text) {
        qWarning("RawClient: server sent bad XML: %s", qPrintable(text));
    };
}

void RawClient::onReadyRead()
{
    const QByteArray data = m_socket.readAll();
    m_parser->addData(data);
}

bool RawClient::connectPlain(int port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    return m_socket.waitForConnected(5000);
}

static void addCa(QSslSocket &socket, const QString &caFile)
{
    QSslConfiguration conf = socket.sslConfiguration();
    conf.setCaCertificates(QSslCertificate::fromPath(caFile));
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    socket.setSslConfiguration(conf);
}

bool RawClient::connectDirectTls(int port, const QString &caFile, const QString &peerName)
{
    addCa(m_socket, caFile);
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(port), peerName);
    if (!m_socket.waitForEncrypted(10000)) {
        qWarning("TLS failed: %s", qPrintable(m_socket.errorString()));
        return false;
    }
    return true;
}

void RawClient::send(const QByteArray &xml)
{
    m_socket.write(xml);
    m_socket.flush();
}

QString RawClient::openStream(const QString &domain, const QString &ns)
{
    resetParser();
    send("<?xml version='1.0'?><stream:stream xmlns='" + ns.toUtf8() +
         "' xmlns:stream='http://etherx.jabber.org/streams' to='" + domain.toUtf8() + "' version='1.0'>");
    QDeadlineTimer deadline(5000);
    while (!m_headerSeen && !deadline.hasExpired() && isConnected())
        m_socket.waitForReadyRead(100);
    return m_headerSeen ? m_streamId : QString();
}

std::unique_ptr<xml::Element> RawClient::next(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_queue.empty() && !deadline.hasExpired()) {
        if (!isConnected() && m_socket.bytesAvailable() == 0)
            break;
        m_socket.waitForReadyRead(50);
    }
    if (m_queue.empty())
        return nullptr;
    auto el = std::move(m_queue.front());
    m_queue.pop_front();
    if (el->name() == u"features")
        m_lastFeatures = el->toString();
    return el;
}

bool RawClient::waitClosed(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (isConnected() && !deadline.hasExpired())
        m_socket.waitForDisconnected(50);
    return !isConnected();
}

bool RawClient::startTls(const QString &caFile, const QString &domain)
{
    send("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    auto proceed = next();
    if (!proceed || proceed->name() != u"proceed") {
        qWarning("expected <proceed/>, got %s", proceed ? qPrintable(proceed->toString()) : "nothing");
        return false;
    }
    addCa(m_socket, caFile);
    m_socket.setPeerVerifyName(domain);
    m_socket.startClientEncryption();
    if (!m_socket.waitForEncrypted(10000)) {
        qWarning("TLS failed: %s", qPrintable(m_socket.errorString()));
        return false;
    }
    return !openStream(domain).isEmpty() && next() != nullptr; // header + features
}

static QByteArray b64(const QByteArray &a)
{
    return a.toBase64();
}

bool RawClient::authScram(const QString &user, const QString &password, bool sha256)
{
    using namespace auth;
    const ScramHash hash = sha256 ? ScramHash::Sha256 : ScramHash::Sha1;
    const QByteArray cnonce = QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    const QByteArray bare = "n=" + user.toUtf8() + ",r=" + cnonce;
    send("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='" +
         QByteArray(sha256 ? "SCRAM-SHA-256" : "SCRAM-SHA-1") + "'>" + b64("n,," + bare) + "</auth>");
    auto challenge = next();
    if (!challenge || challenge->name() != u"challenge") {
        qWarning("expected challenge, got %s", challenge ? qPrintable(challenge->toString()) : "nothing");
        return false;
    }
    const QByteArray serverFirst = QByteArray::fromBase64(challenge->text().toLatin1());
    QByteArray nonce, salt;
    int iterations = 0;
    for (const QByteArray &part : serverFirst.split(',')) {
        if (part.startsWith("r="))
            nonce = part.mid(2);
        else if (part.startsWith("s="))
            salt = QByteArray::fromBase64(part.mid(2));
        else if (part.startsWith("i="))
            iterations = part.mid(2).toInt();
    }
    if (!nonce.startsWith(cnonce) || salt.isEmpty() || iterations < 4096) {
        qWarning("bad server-first: %s", serverFirst.constData());
        return false;
    }
    const QByteArray withoutProof = "c=biws,r=" + nonce;
    const QByteArray authMessage = bare + ',' + serverFirst + ',' + withoutProof;
    const QByteArray salted = saltedPassword(hash, password.toUtf8(), salt, iterations);
    const QByteArray clientKey = hmac(hash, salted, "Client Key");
    const QByteArray signature = hmac(hash, digest(hash, clientKey), authMessage);
    QByteArray proof = clientKey;
    for (int i = 0; i < proof.size(); ++i)
        proof[i] = char(proof[i] ^ signature[i]);
    send("<response xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>" + b64(withoutProof + ",p=" + b64(proof)) +
         "</response>");
    auto result = next(40000);
    if (!result || result->name() != u"success")
        return false;
    const QByteArray serverFinal = QByteArray::fromBase64(result->text().toLatin1());
    const QByteArray serverKey = hmac(hash, salted, "Server Key");
    if (serverFinal != "v=" + b64(hmac(hash, serverKey, authMessage))) {
        qWarning("server signature mismatch");
        return false;
    }
    return true;
}

bool RawClient::authPlain(const QString &user, const QString &password)
{
    send("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>" +
         b64(QByteArray() + '\0' + user.toUtf8() + '\0' + password.toUtf8()) + "</auth>");
    auto result = next(40000);
    return result && result->name() == u"success";
}

QString RawClient::bind(const QString &resource)
{
    QByteArray res = resource.isEmpty() ? QByteArray() : "<resource>" + resource.toUtf8() + "</resource>";
    send("<iq type='set' id='bind1'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>" + res + "</bind></iq>");
    auto reply = next();
    if (!reply || reply->attr(u"type") != u"result") {
        qWarning("bind failed: %s", reply ? qPrintable(reply->toString()) : "nothing");
        return {};
    }
    const xml::Element *b = reply->firstChild(u"bind", u"urn:ietf:params:xml:ns:xmpp-bind");
    return b ? b->childText(u"jid", u"urn:ietf:params:xml:ns:xmpp-bind") : QString();
}

QString RawClient::login(int port, const QString &caFile, const QString &domain, const QString &user,
                         const QString &password, const QString &resource)
{
    if (!connectPlain(port) || openStream(domain).isEmpty() || !next() || !startTls(caFile, domain) ||
        !authScram(user, password) || openStream(domain).isEmpty() || !next())
        return {};
    const QString jid = bind(resource);
    if (!jid.isEmpty())
        send("<presence/>");
    return jid;
}

} // namespace confab::test
