#include "sasl/digestmd5mechanism.h"

#include "auth/saslprep.h"
#include "auth/scramcredentials.h"
#include "sasl/mechanisms.h"

#include <QCryptographicHash>
#include <QStringDecoder>

namespace confab::sasl {

namespace {

QByteArray md5(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// RFC 2831 §2.1.2.1: with charset=utf-8, a string whose characters all fit ISO 8859-1 is hashed
// in ISO 8859-1; otherwise in UTF-8. Without charset, the wire bytes are already ISO 8859-1.
QByteArray hashCharset(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 0xff)
            return text.toUtf8();
    }
    return text.toLatin1();
}

std::optional<QString> decodeValue(const QByteArray &bytes, bool utf8)
{
    if (!utf8)
        return QString::fromLatin1(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QByteArray quoted(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + out + '"';
}

} // namespace

DigestMd5Mechanism::DigestMd5Mechanism(const Backend &backend, const Context &context,
                                       const MechanismOptions &options)
    : m_backend(backend), m_context(context), m_options(options)
{
}

QString DigestMd5Mechanism::name() const
{
    return QLatin1String(mech::DigestMd5);
}

QString DigestMd5Mechanism::realm() const
{
    return m_context.realm.isEmpty() ? m_context.domain : m_context.realm;
}

QByteArray DigestMd5Mechanism::responseValue(const DigestInput &in, bool serverAuth)
{
    QByteArray a1 = md5(in.username + ':' + in.realm + ':' + in.password) + ':' + in.nonce + ':' + in.cnonce;
    if (!in.authzid.isEmpty())
        a1 += ':' + in.authzid;
    const QByteArray a2 = (serverAuth ? QByteArray() : QByteArray("AUTHENTICATE")) + ':' + in.digestUri;
    const QByteArray kd = md5(a1).toHex() + ':' + in.nonce + ':' + in.nc + ':' + in.cnonce + ':' + in.qop +
                          ':' + md5(a2).toHex();
    return md5(kd).toHex();
}

std::optional<QHash<QByteArray, QByteArray>> DigestMd5Mechanism::parseDirectives(const QByteArray &text)
{
    QHash<QByteArray, QByteArray> result;
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto skipSpace = [&] {
        while (i < n && isSpace(text[i]))
            ++i;
    };
    while (true) {
        while (i < n && (isSpace(text[i]) || text[i] == ','))
            ++i;
        if (i >= n)
            return result;
        const qsizetype keyStart = i;
        while (i < n && text[i] != '=' && text[i] != ',' && !isSpace(text[i]))
            ++i;
        const QByteArray key = text.mid(keyStart, i - keyStart).toLower();
        skipSpace();
        if (key.isEmpty() || i >= n || text[i] != '=')
            return std::nullopt;
        ++i;
        skipSpace();
        QByteArray value;
        if (i < n && text[i] == '"') {
            for (++i; i < n && text[i] != '"'; ++i) {
                if (text[i] == '\\' && i + 1 < n)
                    ++i;
                value.append(text[i]);
            }
            if (i >= n)
                return std::nullopt; // unterminated quoted-string
            ++i;
        } else {
            const qsizetype valueStart = i;
            while (i < n && text[i] != ',')
                ++i;
            value = text.mid(valueStart, i - valueStart).trimmed();
        }
        if (result.contains(key))
            return std::nullopt;
        result.insert(key, value);
        skipSpace();
        if (i < n && text[i] != ',')
            return std::nullopt;
    }
}

Step DigestMd5Mechanism::start(const QByteArray &initialResponse, bool hasInitialResponse)
{
    if (hasInitialResponse && !initialResponse.isEmpty()) {
        m_state = State::Done;
        return Step::fail(Failure::MalformedRequest);
    }
    m_nonce = m_options.fixedNonce.isEmpty() ? auth::randomSalt().toBase64() : m_options.fixedNonce;
    return Step::challenge("realm=" + quoted(realm()) + ",nonce=" + quoted(QString::fromLatin1(m_nonce)) +
                           ",qop=\"auth\",charset=utf-8,algorithm=md5-sess");
}

Step DigestMd5Mechanism::step(const QByteArray &response)
{
    switch (m_state) {
    case State::Response: {
        Step result = verify(response);
        m_state = result.kind == Step::Challenge ? State::Acknowledge : State::Done;
        return result;
    }
    case State::Acknowledge:
        // The client's (empty) answer to rspauth; subsequent authentication is not supported.
        m_state = State::Done;
        return Step::success();
    case State::Done:
        break;
    }
    return Step::fail(Failure::MalformedRequest);
}

bool DigestMd5Mechanism::digestUriMatches(const QByteArray &uri) const
{
    // digest-uri = serv-type "/" host [ "/" serv-name ]
    const QList<QByteArray> parts = uri.split('/');
    if (parts.size() < 2 || parts.size() > 3 || parts[0] != m_options.digestService.toUtf8())
        return false;
    const QString named = QString::fromUtf8(parts.size() == 3 ? parts[2] : parts[1]);
    return named.compare(m_context.domain, Qt::CaseInsensitive) == 0;
}

Step DigestMd5Mechanism::verify(const QByteArray &response)
{
    const auto directives = parseDirectives(response);
    if (!directives)
        return Step::fail(Failure::MalformedRequest);
    const auto &d = *directives;
    const bool utf8 = d.value("charset") == "utf-8";
    if ((d.contains("charset") && !utf8) || !d.contains("username") || !d.contains("cnonce") ||
        !d.contains("response") || !d.contains("digest-uri") || d.value("qop", "auth") != "auth")
        return Step::fail(Failure::MalformedRequest);
    if (d.value("nonce") != m_nonce || d.value("nc") != "00000001" ||
        !digestUriMatches(d.value("digest-uri")))
        return Step::fail(Failure::NotAuthorized);

    const auto userText = decodeValue(d.value("username"), utf8);
    const auto realmText = decodeValue(d.value("realm"), utf8);
    const auto authzid = decodeValue(d.value("authzid"), true);
    const auto prepared = userText ? auth::saslPrep(*userText) : std::nullopt;
    if (!realmText || !authzid || !prepared || prepared->isEmpty())
        return Step::fail(Failure::MalformedRequest);
    if (d.contains("realm") && *realmText != realm())
        return Step::fail(Failure::NotAuthorized);
    const QString user = QString::fromUtf8(*prepared);

    std::optional<QString> password;
    setAttemptedUser(user);
    if (m_backend.reversiblePassword)
        password = m_backend.reversiblePassword(user);
    DigestInput input{hashCharset(*userText),
                      hashCharset(*realmText),
                      password ? hashCharset(*password) : auth::randomSalt(),
                      m_nonce,
                      d.value("cnonce"),
                      d.value("nc"),
                      "auth",
                      d.value("digest-uri"),
                      d.value("authzid")};
    const QByteArray expected = responseValue(input, false);
    if (!auth::constantTimeEquals(expected, d.value("response").toLower()) || !password)
        return Step::fail(Failure::NotAuthorized);
    if (!authzidAllowed(*authzid, user, m_context.domain))
        return Step::fail(Failure::InvalidAuthzid);

    setAuthenticated(user, *authzid);
    return Step::challenge("rspauth=" + responseValue(input, true));
}

} // namespace confab::sasl
