#include "s2s/dialback.h"
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace confab::s2s {

QString dialbackKey(const QByteArray &secret, const QString &receiving, const QString &originating,
                    const QString &streamId)
{
    // XEP-0185 uses the hex form of SHA256(secret) as the HMAC key (its example vector depends on it).
    const QByteArray hmacKey = QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex();
    const QByteArray text =
        (receiving + QLatin1Char(' ') + originating + QLatin1Char(' ') + streamId).toUtf8();
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(text, hmacKey, QCryptographicHash::Sha256).toHex());
}

bool dialbackKeyMatches(const QByteArray &secret, const QString &receiving, const QString &originating,
                        const QString &streamId, const QString &key)
{
    const QByteArray expected = dialbackKey(secret, receiving, originating, streamId).toLatin1();
    const QByteArray given = key.trimmed().toLower().toLatin1();
    if (given.size() != expected.size() || streamId.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(expected[i] ^ given[i]);
    return diff == 0;
}

QByteArray newDialbackSecret()
{
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), secret.size() / 4);
    return secret;
}

} // namespace confab::s2s
