#pragma once
// SCRAM (RFC 5802 / RFC 7677) stored credentials: what the account store keeps instead of a
// password. Both SCRAM-SHA-1 and SCRAM-SHA-256 keys are derived when a password is set.
#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace confab::auth {

enum class ScramHash { Sha1, Sha256 };

struct ScramCredentials
{
    ScramHash hash = ScramHash::Sha256;
    QByteArray salt; // raw bytes
    int iterations = 0;
    QByteArray storedKey; // H(ClientKey)
    QByteArray serverKey; // HMAC(SaltedPassword, "Server Key")

    bool isValid() const { return !salt.isEmpty() && iterations > 0 && !storedKey.isEmpty(); }
};

inline constexpr int DefaultScramIterations = 4096;

QCryptographicHash::Algorithm algorithm(ScramHash hash);
int digestLength(ScramHash hash);
// `password` must already be SASLprep'ed (see auth/saslprep.h); `salt` raw bytes.
QByteArray saltedPassword(ScramHash hash, const QByteArray &password, const QByteArray &salt, int iterations);
ScramCredentials deriveCredentials(ScramHash hash, const QByteArray &password, const QByteArray &salt,
                                   int iterations = DefaultScramIterations);
// A fresh random salt (16 bytes) from a cryptographic source.
QByteArray randomSalt();
QByteArray hmac(ScramHash hash, const QByteArray &key, const QByteArray &message);
QByteArray digest(ScramHash hash, const QByteArray &data);
// Constant-time comparison of secrets.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace confab::auth
