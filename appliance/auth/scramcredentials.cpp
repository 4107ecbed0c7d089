#include "auth/scramcredentials.h"

#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace confab::auth {

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
    return QPasswordDigestor::deriveKeyPbkdf2(algorithm(hash), password, salt, iterations,
                                              quint64(digestLength(hash)));
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
    return QMessageAuthenticationCode::hash(message, key, algorithm(hash));
}

QByteArray digest(ScramHash hash, const QByteArray &data)
{
    return QCryptographicHash::hash(data, algorithm(hash));
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
