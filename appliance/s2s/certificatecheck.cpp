#include "s2s/certificatecheck.h"

#include <QUrl>

#include <memory>

#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace confab::s2s {

namespace {

constexpr const char *XmppAddrOid = "1.3.6.1.5.5.7.8.5"; // id-on-xmppAddr (RFC 6120 §13.7.1.4)

struct X509Free
{
    void operator()(X509 *p) const { X509_free(p); }
};
struct StoreFree
{
    void operator()(X509_STORE *p) const { X509_STORE_free(p); }
};
struct StoreCtxFree
{
    void operator()(X509_STORE_CTX *p) const { X509_STORE_CTX_free(p); }
};
struct StackFree
{
    void operator()(STACK_OF(X509) * p) const { sk_X509_pop_free(p, X509_free); }
};
struct NamesFree
{
    void operator()(GENERAL_NAMES *p) const { GENERAL_NAMES_free(p); }
};
struct ObjFree
{
    void operator()(ASN1_OBJECT *p) const { ASN1_OBJECT_free(p); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

X509Ptr toX509(const QSslCertificate &cert)
{
    const QByteArray der = cert.toDer();
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, der.size()));
}

QString asciiLower(const QString &domain)
{
    QString d = domain;
    if (d.endsWith(u'.'))
        d.chop(1); // a fully qualified reference identity compares without the root dot
    const QByteArray ace = QUrl::toAce(d);
    return ace.isEmpty() ? d.toLower() : QString::fromLatin1(ace).toLower();
}

QString asn1Text(const ASN1_STRING *s)
{
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, s);
    if (len < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    // An embedded NUL is a classic trick to make "good.example\0.evil" look like good.example.
    return text.contains(QChar(0)) ? QString() : text;
}

// The leaf's EKU, if any, must allow a TLS peer role; which role does not matter for s2s.
bool leafPurposeAcceptable(X509 *leaf)
{
    const uint32_t xku = X509_get_extended_key_usage(leaf); // UINT32_MAX when there is no EKU
    return (xku & (XKU_SSL_SERVER | XKU_SSL_CLIENT | XKU_ANYEKU)) != 0;
}

QString verifyChain(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &trustStore)
{
    X509Ptr leaf = toX509(chain.first());
    if (!leaf)
        return QStringLiteral("the peer certificate could not be parsed");
    std::unique_ptr<X509_STORE, StoreFree> store(X509_STORE_new());
    std::unique_ptr<STACK_OF(X509), StackFree> untrusted(sk_X509_new_null());
    std::unique_ptr<X509_STORE_CTX, StoreCtxFree> ctx(X509_STORE_CTX_new());
    if (!store || !untrusted || !ctx)
        return QStringLiteral("out of memory");
    for (const QSslCertificate &ca : trustStore) {
        if (X509Ptr x = toX509(ca))
            X509_STORE_add_cert(store.get(), x.get()); // the store takes its own reference
    }
    for (qsizetype i = 1; i < chain.size(); ++i) {
        if (X509Ptr x = toX509(chain[i]); x && sk_X509_push(untrusted.get(), x.get()))
            x.release();
    }
    if (X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1)
        return QStringLiteral("could not set up verification");
    // Purpose "any": the chain, validity and CA constraints are checked as usual, the leaf's role
    // below by leafPurposeAcceptable instead of the sslserver/sslclient purposes.
    X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_ANY);
    const int ok = X509_verify_cert(ctx.get());
    ERR_clear_error();
    if (ok != 1)
        return QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
    if (!leafPurposeAcceptable(leaf.get()))
        return QStringLiteral(
            "the certificate's extended key usage allows neither serverAuth nor clientAuth");
    return {};
}

bool isXmppAddr(const ASN1_OBJECT *type)
{
    static const std::unique_ptr<ASN1_OBJECT, ObjFree> oid(OBJ_txt2obj(XmppAddrOid, 1));
    return oid && OBJ_cmp(type, oid.get()) == 0;
}

struct Identities
{
    QStringList dnsNames;
    QStringList xmppAddrs;
};

Identities subjectAltNames(X509 *leaf)
{
    Identities ids;
    std::unique_ptr<GENERAL_NAMES, NamesFree> names(
        static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(leaf, NID_subject_alt_name, nullptr, nullptr)));
    if (!names)
        return ids;
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type == GEN_DNS) {
            ids.dnsNames << asn1Text(name->d.dNSName);
        } else if (name->type == GEN_OTHERNAME && isXmppAddr(name->d.otherName->type_id)) {
            const ASN1_TYPE *value = name->d.otherName->value;
            // RFC 6120 §13.7.1.4: xmppAddr is a UTF8String; anything else does not count.
            if (value && value->type == V_ASN1_UTF8STRING)
                ids.xmppAddrs << asn1Text(value->value.utf8string);
        }
    }
    return ids;
}

QStringList commonNames(X509 *leaf)
{
    QStringList cns;
    X509_NAME *subject = X509_get_subject_name(leaf);
    for (int i = X509_NAME_get_index_by_NID(subject, NID_commonName, -1); i >= 0;
         i = X509_NAME_get_index_by_NID(subject, NID_commonName, i))
        cns << asn1Text(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, i)));
    return cns;
}

bool namesDomain(X509 *leaf, const QString &domain)
{
    const QString reference = asciiLower(domain);
    if (reference.isEmpty())
        return false;
    const Identities ids = subjectAltNames(leaf);
    for (const QString &dns : ids.dnsNames) {
        if (!dns.isEmpty() && dnsNameMatches(dns.toLower(), reference))
            return true;
    }
    for (const QString &addr : ids.xmppAddrs) {
        // A server's xmppAddr is a bare domain JID; no wildcards (RFC 6120 §13.7.1.4).
        if (!addr.isEmpty() && asciiLower(addr) == reference)
            return true;
    }
    if (!ids.dnsNames.isEmpty() || !ids.xmppAddrs.isEmpty())
        return false; // RFC 6125 §6.4.4: never fall back to the CN when a SAN identity exists
    for (const QString &cn : commonNames(leaf)) {
        if (!cn.isEmpty() && dnsNameMatches(asciiLower(cn), reference))
            return true;
    }
    return false;
}

} // namespace

bool dnsNameMatches(QStringView presented, QStringView reference)
{
    if (presented.endsWith(u'.'))
        presented.chop(1);
    if (!presented.startsWith(QLatin1String("*.")))
        return presented.compare(reference, Qt::CaseInsensitive) == 0;
    const QStringView suffix = presented.mid(1); // ".example.com"
    // A wildcard over a single-label suffix ("*.com") would match too much.
    if (!suffix.mid(1).contains(u'.'))
        return false;
    if (!reference.endsWith(suffix, Qt::CaseInsensitive))
        return false;
    const QStringView label = reference.first(reference.size() - suffix.size());
    return !label.isEmpty() && !label.contains(u'.');
}

bool certificateNamesDomain(const QSslCertificate &leaf, const QString &domain)
{
    X509Ptr x = toX509(leaf);
    return x && namesDomain(x.get(), domain);
}

PeerCheck checkPeerCertificate(const QList<QSslCertificate> &chain, const QString &domain,
                               const QList<QSslCertificate> &trustStore)
{
    PeerCheck result;
    if (chain.isEmpty() || chain.first().isNull()) {
        result.detail = QStringLiteral("the peer presented no certificate");
        return result;
    }
    const QString chainError = verifyChain(chain, trustStore);
    result.chainValid = chainError.isEmpty();
    result.namesDomain = certificateNamesDomain(chain.first(), domain);
    QStringList why;
    if (!result.chainValid)
        why << chainError;
    if (!result.namesDomain)
        why << QStringLiteral("the certificate does not name %1").arg(domain);
    result.detail = why.join(QLatin1String("; "));
    return result;
}

} // namespace confab::s2s
