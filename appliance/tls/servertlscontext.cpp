#include "tls/servertlscontext.h"
#include "tls/opensslhandles.h"
#include "tls/recordtakeover.h"
#include <QCryptographicHash>
#include <QSslKey>
#include <QSslSocket>
#include <map>
#include <mutex>
#include <openssl/err.h>
#include <openssl/ssl.h>

namespace confab::tls {

namespace {

// A peer certificate is requested (for SASL EXTERNAL on server streams) but never judged here:
// accepting whatever arrives lets the handshake finish, and the s2s layer checks the chain against
// its own trust store and names. Clients that send none are fine too.
int acceptAnyPeer(int, X509_STORE_CTX *)
{
    return 1;
}

// Asked for at every STARTTLS. The key is not part of it: the certificate names its public key and
// SSL_CTX_check_private_key() refuses a key that does not match, so hashing the chain is enough and
// no key has to be exported through OpenSSL's encoders at every login.
QByteArray cacheKey(const QSslConfiguration &config)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QSslCertificate &c : config.localCertificateChain())
        h.addData(c.toDer());
    h.addData(QByteArray::number(int(config.peerVerifyMode())));
    return h.result();
}

// STARTTLS runs on several threads (the main one and the I/O workers): the cache is shared.
std::mutex &cacheMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::map<QByteArray, std::weak_ptr<ServerTlsContext>> &cache()
{
    static std::map<QByteArray, std::weak_ptr<ServerTlsContext>> contexts;
    return contexts;
}

bool loadChainAndKey(SSL_CTX *ctx, const QList<QSslCertificate> &chain, const QSslKey &key)
{
    detail::X509Ptr leaf = detail::x509FromDer(chain.first().toDer());
    if (!leaf || SSL_CTX_use_certificate(ctx, leaf.get()) != 1)
        return false;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        detail::X509Ptr extra = detail::x509FromDer(chain.at(i).toDer());
        // add0 takes ownership on success.
        if (!extra || SSL_CTX_add0_chain_cert(ctx, extra.get()) != 1)
            return false;
        extra.release();
    }
    detail::PkeyPtr pkey = detail::privateKeyFromPem(key.toPem());
    return pkey && SSL_CTX_use_PrivateKey(ctx, pkey.get()) == 1 && SSL_CTX_check_private_key(ctx) == 1;
}

} // namespace

ServerTlsContext::ServerTlsContext(SSL_CTX *ctx, QSslCertificate leaf) : m_ctx(ctx), m_leaf(std::move(leaf))
{
}

ServerTlsContext::~ServerTlsContext()
{
    SSL_CTX_free(m_ctx);
}

std::shared_ptr<ServerTlsContext> ServerTlsContext::forConfiguration(const QSslConfiguration &config)
{
    if (config.localCertificateChain().isEmpty() || config.privateKey().isNull())
        return nullptr;
    const QByteArray key = cacheKey(config);
    const std::lock_guard lock(cacheMutex());
    auto &contexts = cache();
    if (auto it = contexts.find(key); it != contexts.end()) {
        if (auto shared = it->second.lock())
            return shared;
        contexts.erase(it);
    }
    std::shared_ptr<ServerTlsContext> built = build(config);
    if (built)
        contexts[key] = built;
    return built;
}

std::shared_ptr<ServerTlsContext> ServerTlsContext::build(const QSslConfiguration &config)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    if (!ctx)
        return nullptr;
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    // Renegotiation buys nothing for XMPP and is a cheap way to make a server burn CPU.
    SSL_CTX_set_options(ctx, SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    // Idle sessions give their 16+ KiB record buffers back; writes may be partial and resumed
    // from a buffer that moved (our queue compacts).
    SSL_CTX_set_mode(ctx, SSL_MODE_RELEASE_BUFFERS | SSL_MODE_ENABLE_PARTIAL_WRITE |
                              SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    // One read() for as many records as the kernel has, instead of one for each record's header
    // and one for its body. Data OpenSSL buffered this way raises no readable event, so whoever
    // stops reading early (rate limit, a full I/O-thread inbox, the end of a handshake) resumes
    // through Transport::hasBufferedInput (SSL_has_pending), which covers read-ahead data.
    SSL_CTX_set_read_ahead(ctx, 1);
    // After a TLS 1.3 handshake confab protects records itself and frees the SSL object
    // (tls13records.h): the key-log callback hands over the traffic secrets.
    prepareRecordTakeover(ctx);
    // Resumed sessions must carry the same context id, or OpenSSL refuses them when it asks for a
    // peer certificate.
    static const unsigned char sessionContext[] = "confab";
    SSL_CTX_set_session_id_context(ctx, sessionContext, sizeof sessionContext - 1);
    if (config.peerVerifyMode() != QSslSocket::VerifyNone)
        SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_CLIENT_ONCE, acceptAnyPeer);
    if (!loadChainAndKey(ctx, config.localCertificateChain(), config.privateKey())) {
        ERR_clear_error();
        SSL_CTX_free(ctx);
        return nullptr;
    }
    return std::shared_ptr<ServerTlsContext>(
        new ServerTlsContext(ctx, config.localCertificateChain().first()));
}

} // namespace confab::tls
