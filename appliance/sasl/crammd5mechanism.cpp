#include "sasl/crammd5mechanism.h"

#include "auth/saslprep.h"
#include "auth/scramcredentials.h"
#include "sasl/mechanisms.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringDecoder>

namespace confab::sasl {

CramMd5Mechanism::CramMd5Mechanism(const Backend &backend, const Context &context,
                                   const MechanismOptions &options)
    : m_backend(backend), m_context(context), m_options(options)
{
}

QString CramMd5Mechanism::name() const
{
    return QLatin1String(mech::CramMd5);
}

QByteArray CramMd5Mechanism::responseDigest(const QByteArray &password, const QByteArray &challenge)
{
    return QMessageAuthenticationCode::hash(challenge, password, QCryptographicHash::Md5).toHex();
}

Step CramMd5Mechanism::start(const QByteArray &initialResponse, bool hasInitialResponse)
{
    // The server speaks first in CRAM-MD5: there is nothing a client could send up front.
    if (hasInitialResponse && !initialResponse.isEmpty()) {
        m_done = true;
        return Step::fail(Failure::MalformedRequest);
    }
    if (!m_options.fixedNonce.isEmpty()) {
        m_challenge = m_options.fixedNonce;
    } else {
        // RFC 2195 §2: a msg-id shaped, never repeating string.
        const quint64 random = QRandomGenerator::system()->generate64();
        m_challenge = '<' + QByteArray::number(random) + '.' +
                      QByteArray::number(QDateTime::currentSecsSinceEpoch()) + '@' +
                      m_context.domain.toUtf8() + '>';
    }
    return Step::challenge(m_challenge);
}

Step CramMd5Mechanism::step(const QByteArray &response)
{
    if (m_done || m_challenge.isEmpty())
        return Step::fail(Failure::MalformedRequest);
    m_done = true;
    return verify(response);
}

Step CramMd5Mechanism::verify(const QByteArray &response)
{
    // "user SP digest"; the user name may itself contain spaces, the digest never does.
    const qsizetype space = response.lastIndexOf(' ');
    if (space <= 0)
        return Step::fail(Failure::MalformedRequest);
    const QByteArray digest = response.mid(space + 1).toLower();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString rawUser = decoder(response.left(space));
    const auto prepared = decoder.hasError() ? std::nullopt : auth::saslPrep(rawUser);
    if (!prepared || prepared->isEmpty() || digest.size() != 32)
        return Step::fail(Failure::MalformedRequest);
    const QString user = QString::fromUtf8(*prepared);

    std::optional<QString> password;
    setAttemptedUser(user);
    if (m_backend.reversiblePassword)
        password = m_backend.reversiblePassword(user);
    // Unknown accounts take the same path with a password nobody can know.
    const QByteArray secret = password ? password->toUtf8() : auth::randomSalt();
    const QByteArray expected = responseDigest(secret, m_challenge);
    if (!auth::constantTimeEquals(expected, digest) || !password)
        return Step::fail(Failure::NotAuthorized);
    setAuthenticated(user, {});
    return Step::success();
}

} // namespace confab::sasl
