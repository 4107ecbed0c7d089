#pragma once
// One OpenSSL server context per certificate (chain + key + peer-verify mode), shared by every
// connection that presents it. Qt's QSslSocket builds a fresh SSL_CTX per connection and keeps two
// 32 KiB ring buffers per socket; sharing the context and letting OpenSSL release its record buffers
// on idle connections is most of what an idle TLS session costs us.
#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <memory>

using SSL_CTX = struct ssl_ctx_st;

namespace confab::tls {

class ServerTlsContext
{
public:
    ~ServerTlsContext();
    ServerTlsContext(const ServerTlsContext &) = delete;
    ServerTlsContext &operator=(const ServerTlsContext &) = delete;

    // The shared context for this configuration's certificate chain, key and peer-verify mode
    // (VerifyNone: no certificate requested; otherwise one is requested and never required: the
    // s2s layer judges it). nullptr when the configuration has no usable certificate or key.
    static std::shared_ptr<ServerTlsContext> forConfiguration(const QSslConfiguration &config);

    SSL_CTX *native() const { return m_ctx; }
    const QSslCertificate &leaf() const { return m_leaf; }

private:
    ServerTlsContext(SSL_CTX *ctx, QSslCertificate leaf);
    static std::shared_ptr<ServerTlsContext> build(const QSslConfiguration &config);

    SSL_CTX *m_ctx;
    QSslCertificate m_leaf;
};

} // namespace confab::tls
