#include "sasl/scrammechanism.h"

#include "auth/saslprep.h"
#include "sasl/mechanisms.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringDecoder>

namespace confab::sasl {

namespace {

constexpr char ChannelBindingType[] = "tls-server-end-point";
constexpr int ServerNonceBytes = 24;
constexpr int FakeSaltBytes = 16;

// RFC 5802 server-error-value tokens, sent as the failure <text/>.
const QString InvalidProof = QStringLiteral("invalid-proof");
const QString ChannelBindingsDontMatch = QStringLiteral("channel-bindings-dont-match");
const QString ServerSupportsChannelBinding = QStringLiteral("server-does-support-channel-binding");
const QString UnsupportedChannelBindingType = QStringLiteral("unsupported-channel-binding-type");
const QString ExtensionsNotSupported = QStringLiteral("extensions-not-supported");
const QString InvalidEncoding = QStringLiteral("invalid-encoding");
const QString InvalidUsernameEncoding = QStringLiteral("invalid-username-encoding");
const QString OtherError = QStringLiteral("other-error");

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

// Key for the fake salts of unknown accounts: fixed for the life of the process, so asking twice
// for the same missing user yields the same salt, as a real account would.
const QByteArray &fakeSaltKey()
{
    static const QByteArray key = randomBytes(32);
    return key;
}

bool isPrintableNonce(const QByteArray &nonce)
{
    if (nonce.isEmpty())
        return false;
    for (char c : nonce) {
        if (c < 0x21 || c > 0x7e || c == ',')
            return false;
    }
    return true;
}

std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

std::optional<QByteArray> fromBase64Strict(const QByteArray &text)
{
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

} // namespace

ScramMechanism::ScramMechanism(auth::ScramHash hash, bool plus, const Backend &backend,
                               const Context &context, const MechanismOptions &options)
    : m_hash(hash), m_plus(plus), m_backend(backend), m_context(context), m_options(options)
{
}

QString ScramMechanism::name() const
{
    if (m_hash == auth::ScramHash::Sha1)
        return QLatin1String(m_plus ? mech::ScramSha1Plus : mech::ScramSha1);
    return QLatin1String(m_plus ? mech::ScramSha256Plus : mech::ScramSha256);
}

Step ScramMechanism::start(const QByteArray &initialResponse, bool hasInitialResponse)
{
    if (!hasInitialResponse)
        return Step::challenge({});
    return step(initialResponse);
}

Step ScramMechanism::step(const QByteArray &response)
{
    switch (m_state) {
    case State::ClientFirst:
        return handleClientFirst(response);
    case State::ClientFinal:
        return handleClientFinal(response);
    case State::Done:
        break;
    }
    return Step::fail(Failure::MalformedRequest);
}

Step ScramMechanism::finish(Step result)
{
    if (result.kind != Step::Challenge)
        m_state = State::Done;
    return result;
}

std::optional<QByteArray> ScramMechanism::decodeSaslName(const QByteArray &name)
{
    QByteArray out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name[i] != '=') {
            out.append(name[i]);
            continue;
        }
        const QByteArray escape = name.mid(i + 1, 2);
        if (escape == "2C")
            out.append(',');
        else if (escape == "3D")
            out.append('=');
        else
            return std::nullopt;
        i += 2;
    }
    return out;
}

// RFC 5802 §6: which gs2-cbind-flag is acceptable for this mechanism and stream.
std::optional<Step> ScramMechanism::checkChannelBindingFlag(const QByteArray &flag) const
{
    if (flag == "n" || flag == "y") {
        if (m_plus)
            return Step::fail(Failure::MalformedRequest);
        // 'y' says "I could bind but the server can't": false when we offered -PLUS → downgrade.
        if (flag == "y" && m_context.channelBindingOffered && !m_context.tolerateBindingTypeMismatch)
            return Step::fail(Failure::NotAuthorized, ServerSupportsChannelBinding);
        return std::nullopt;
    }
    if (!flag.startsWith("p="))
        return Step::fail(Failure::MalformedRequest);
    if (!m_plus)
        return Step::fail(Failure::MalformedRequest);
    if (flag.mid(2) != ChannelBindingType || !m_context.tlsActive || m_context.tlsServerEndPoint.isEmpty())
        return Step::fail(Failure::NotAuthorized, UnsupportedChannelBindingType);
    return std::nullopt;
}

Step ScramMechanism::handleClientFirst(const QByteArray &message)
{
    // client-first-message = gs2-cbind-flag "," [authzid] "," client-first-message-bare
    const qsizetype flagEnd = message.indexOf(',');
    const qsizetype authzEnd = flagEnd < 0 ? -1 : message.indexOf(',', flagEnd + 1);
    if (authzEnd < 0)
        return finish(Step::fail(Failure::MalformedRequest));
    if (auto failed = checkChannelBindingFlag(message.left(flagEnd)))
        return finish(*failed);

    const QByteArray authzPart = message.mid(flagEnd + 1, authzEnd - flagEnd - 1);
    if (!authzPart.isEmpty()) {
        const auto authzid = authzPart.startsWith("a=") ? decodeSaslName(authzPart.mid(2)) : std::nullopt;
        const auto text = authzid ? decodeUtf8(*authzid) : std::nullopt;
        if (!text || text->isEmpty())
            return finish(Step::fail(Failure::MalformedRequest, InvalidEncoding));
        m_requestedAuthzid = *text;
    }
    m_gs2Header = message.left(authzEnd + 1);
    m_clientFirstBare = message.mid(authzEnd + 1);

    const QList<QByteArray> attributes = m_clientFirstBare.split(',');
    if (attributes.value(0).startsWith("m="))
        return finish(Step::fail(Failure::MalformedRequest, ExtensionsNotSupported));
    if (attributes.size() < 2 || !attributes[0].startsWith("n=") || !attributes[1].startsWith("r="))
        return finish(Step::fail(Failure::MalformedRequest));

    const auto rawUser = decodeSaslName(attributes[0].mid(2));
    const auto userText = rawUser ? decodeUtf8(*rawUser) : std::nullopt;
    const auto prepared = userText ? auth::saslPrep(*userText) : std::nullopt;
    if (!prepared || prepared->isEmpty())
        return finish(Step::fail(Failure::MalformedRequest, InvalidUsernameEncoding));
    m_user = QString::fromUtf8(*prepared);

    const QByteArray clientNonce = attributes[1].mid(2);
    if (!isPrintableNonce(clientNonce))
        return finish(Step::fail(Failure::MalformedRequest));

    loadCredentials();
    const QByteArray serverNonce =
        m_options.fixedNonce.isEmpty() ? randomBytes(ServerNonceBytes).toBase64() : m_options.fixedNonce;
    m_nonce = clientNonce + serverNonce;
    m_serverFirst = "r=" + m_nonce + ",s=" + m_credentials.salt.toBase64() +
                    ",i=" + QByteArray::number(m_credentials.iterations);
    m_state = State::ClientFinal;
    return Step::challenge(m_serverFirst);
}

// An unknown account gets a believable stand-in (stable salt, usual iteration count, random keys)
// and the exchange runs to the end, so the answers do not reveal which accounts exist.
void ScramMechanism::loadCredentials()
{
    std::optional<auth::ScramCredentials> found;
    setAttemptedUser(m_user);
    if (m_backend.scramCredentials)
        found = m_backend.scramCredentials(m_user, m_hash);
    m_knownUser = found && found->isValid() && found->hash == m_hash;
    if (m_knownUser) {
        m_credentials = *found;
        return;
    }
    const QByteArray seed = m_context.domain.toUtf8() + '\0' + m_user.toUtf8();
    m_credentials.hash = m_hash;
    m_credentials.salt = auth::hmac(m_hash, fakeSaltKey(), seed).left(FakeSaltBytes);
    m_credentials.iterations = auth::DefaultScramIterations;
    m_credentials.storedKey = randomBytes(auth::digestLength(m_hash));
    m_credentials.serverKey = randomBytes(auth::digestLength(m_hash));
}

Step ScramMechanism::handleClientFinal(const QByteArray &message)
{
    // client-final-message = channel-binding "," nonce ["," extensions] "," proof
    const qsizetype proofAt = message.lastIndexOf(",p=");
    if (proofAt < 0)
        return finish(Step::fail(Failure::MalformedRequest));
    const QByteArray withoutProof = message.left(proofAt);
    const QList<QByteArray> attributes = withoutProof.split(',');
    if (attributes.size() < 2 || !attributes[0].startsWith("c=") || !attributes[1].startsWith("r="))
        return finish(Step::fail(Failure::MalformedRequest));

    const auto bindingInput = fromBase64Strict(attributes[0].mid(2));
    if (!bindingInput)
        return finish(Step::fail(Failure::MalformedRequest, InvalidEncoding));
    const QByteArray expectedBinding = m_gs2Header + (m_plus ? m_context.tlsServerEndPoint : QByteArray());
    if (!auth::constantTimeEquals(*bindingInput, expectedBinding))
        return finish(Step::fail(Failure::NotAuthorized, ChannelBindingsDontMatch));
    if (attributes[1].mid(2) != m_nonce)
        return finish(Step::fail(Failure::NotAuthorized, OtherError));

    const auto proof = fromBase64Strict(message.mid(proofAt + 3));
    if (!proof || proof->size() != auth::digestLength(m_hash))
        return finish(Step::fail(Failure::NotAuthorized, InvalidProof));

    const QByteArray authMessage = m_clientFirstBare + ',' + m_serverFirst + ',' + withoutProof;
    const QByteArray clientSignature = auth::hmac(m_hash, m_credentials.storedKey, authMessage);
    QByteArray clientKey = *proof;
    for (qsizetype i = 0; i < clientKey.size(); ++i)
        clientKey[i] = char(clientKey[i] ^ clientSignature[i]);
    const bool proofMatches =
        auth::constantTimeEquals(auth::digest(m_hash, clientKey), m_credentials.storedKey);
    if (!proofMatches || !m_knownUser)
        return finish(Step::fail(Failure::NotAuthorized, InvalidProof));
    if (!authzidAllowed(m_requestedAuthzid, m_user, m_context.domain))
        return finish(Step::fail(Failure::InvalidAuthzid));

    setAuthenticated(m_user, m_requestedAuthzid);
    const QByteArray serverSignature = auth::hmac(m_hash, m_credentials.serverKey, authMessage);
    return finish(Step::success("v=" + serverSignature.toBase64()));
}

} // namespace confab::sasl
