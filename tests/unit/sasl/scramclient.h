#pragma once
// The client half of SCRAM (RFC 5802 §3), just enough to answer a server-first message in tests
// whose server nonce is random.
#include "auth/scramcredentials.h"

#include <QByteArray>
#include <QList>

namespace confab::sasl::test {

struct ClientFinal
{
    QByteArray message;             // client-final-message
    QByteArray expectedServerFinal; // "v=..."
};

inline QByteArray attribute(const QByteArray &message, char name)
{
    const QByteArray prefix = QByteArray(1, name) + '=';
    for (const QByteArray &part : message.split(',')) {
        if (part.startsWith(prefix))
            return part.mid(2);
    }
    return {};
}

inline ClientFinal scramClientFinal(auth::ScramHash hash, const QByteArray &password,
                                    const QByteArray &clientFirstBare, const QByteArray &serverFirst,
                                    const QByteArray &channelBindingInput)
{
    const QByteArray nonce = attribute(serverFirst, 'r');
    const QByteArray salt = QByteArray::fromBase64(attribute(serverFirst, 's'));
    const int iterations = attribute(serverFirst, 'i').toInt();
    const QByteArray withoutProof = "c=" + channelBindingInput.toBase64() + ",r=" + nonce;
    const QByteArray authMessage = clientFirstBare + ',' + serverFirst + ',' + withoutProof;

    const QByteArray salted = auth::saltedPassword(hash, password, salt, iterations);
    const QByteArray clientKey = auth::hmac(hash, salted, "Client Key");
    const QByteArray storedKey = auth::digest(hash, clientKey);
    const QByteArray signature = auth::hmac(hash, storedKey, authMessage);
    QByteArray proof = clientKey;
    for (qsizetype i = 0; i < proof.size(); ++i)
        proof[i] = char(proof[i] ^ signature[i]);
    const QByteArray serverKey = auth::hmac(hash, salted, "Server Key");
    return {withoutProof + ",p=" + proof.toBase64(),
            "v=" + auth::hmac(hash, serverKey, authMessage).toBase64()};
}

} // namespace confab::sasl::test
