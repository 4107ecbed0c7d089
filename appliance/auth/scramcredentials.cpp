#include "auth/scramcredentials.h"

#include <QRandomGenerator>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace confab::auth {

namespace {

// SCRAM's primitives come from libcrypto rather than Qt: Qt 6.4's portable SHA code makes PBKDF2
// with 4096 iterations 2.4x (SHA-1) and 9x (SHA-256) slower than OpenSSL's, measured on this
// project's CI machine (docs/performance.md). Registration and PLAIN logins pay that per call.
const EVP_MD *evpDigest(ScramHash hash)
{
    return hash == ScramHash::Sha1 ? EVP_sha1() : EVP_sha256();
}

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

} // namespace

QCryptographicHash::Algorithm algorithm(ScramHash hash)
{
    return hash == ScramHash::Sha1 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
}

int digestLength(ScramHash hash)
{
    return QCryptographicHash::hashLength(algorithm(hash));
}

QByteArray saltedPassword(ScramHash hash, const QByteArray &password, const QByteArray &salt, int iterations)
{
    // Hi() of RFC 5802 §2.2 is PBKDF2 with the HMAC as PRF and dkLen = the hash output length.
    QByteArray out(digestLength(hash), Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()), bytes(salt), int(salt.size()), iterations,
                          evpDigest(hash), int(out.size()), reinterpret_cast<unsigned char *>(out.data())) != 1)
        return {};
    return out;
}

ScramCredentials deriveCredentials(ScramHash hash, const QByteArray &password, const QByteArray &salt,
                                   int iterations)
{
    ScramCredentials c;
    c.hash = hash;
    c.salt = salt;
    c.iterations = iterations;
    const QByteArray salted = saltedPassword(hash, password, salt, iterations);
    const QByteArray clientKey = hmac(hash, salted, QByteArrayLiteral("Client Key"));
    c.storedKey = digest(hash, clientKey);
    c.serverKey = hmac(hash, salted, QByteArrayLiteral("Server Key"));
    return c;
}

QByteArray randomSalt()
{
    QByteArray salt(16, Qt::Uninitialized);
    // system() is the operating system's cryptographic source, unlike global().
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    return salt;
}

QByteArray hmac(ScramHash hash, const QByteArray &key, const QByteArray &message)
{
    QByteArray out(digestLength(hash), Qt::Uninitialized);
    unsigned int len = 0;
    if (!HMAC(evpDigest(hash), key.constData(), int(key.size()), bytes(message), size_t(message.size()),
              reinterpret_cast<unsigned char *>(out.data()), &len))
        return {};
    return out;
}

QByteArray digest(ScramHash hash, const QByteArray &data)
{
    QByteArray out(digestLength(hash), Qt::Uninitialized);
    if (EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), nullptr,
                   evpDigest(hash), nullptr) != 1)
        return {};
    return out;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // The length of a digest is public; only the content must not leak through timing.
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    // volatile keeps the compiler from turning the loop into an early-exit comparison.
    volatile unsigned char result = diff;
    return result == 0;
}

} // namespace confab::auth
