#pragma once
// Server Dialback keys (XEP-0185, as recommended by XEP-0220 §2.1.2): a key binds the receiving
// domain, the originating domain and the receiving server's stream id to a secret only the
// originating (authoritative) server knows, so it can later confirm the key without storing it.
#include <QByteArray>
#include <QString>

namespace confab::s2s {

// HMAC-SHA256(hex(SHA256(secret)), receiving + ' ' + originating + ' ' + streamId), lower-case hex.
QString dialbackKey(const QByteArray &secret, const QString &receiving, const QString &originating,
                    const QString &streamId);

// Constant-time comparison of a received key with the expected one.
bool dialbackKeyMatches(const QByteArray &secret, const QString &receiving, const QString &originating,
                        const QString &streamId, const QString &key);

// A fresh random secret (32 bytes) for one run of the server.
QByteArray newDialbackSecret();

} // namespace confab::s2s
