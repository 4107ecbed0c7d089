#include "sasl/plainmechanism.h"

#include "auth/saslprep.h"
#include "sasl/mechanisms.h"

#include <QList>
#include <QStringDecoder>

namespace confab::sasl {

namespace {

std::optional<QString> prepared(const QByteArray &utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(utf8);
    if (decoder.hasError())
        return std::nullopt;
    const auto result = auth::saslPrep(text);
    if (!result || result->isEmpty())
        return std::nullopt;
    return QString::fromUtf8(*result);
}

} // namespace

PlainMechanism::PlainMechanism(const Backend &backend, const Context &context)
    : m_backend(backend), m_context(context)
{
}

QString PlainMechanism::name() const
{
    return QLatin1String(mech::Plain);
}

Step PlainMechanism::start(const QByteArray &initialResponse, bool hasInitialResponse)
{
    if (!hasInitialResponse)
        return Step::challenge({});
    return step(initialResponse);
}

Step PlainMechanism::step(const QByteArray &response)
{
    if (m_done)
        return Step::fail(Failure::MalformedRequest);
    m_done = true;
    return verify(response);
}

Step PlainMechanism::verify(const QByteArray &message)
{
    const QList<QByteArray> parts = message.split('\0');
    if (parts.size() != 3 || parts[1].isEmpty() || parts[2].isEmpty())
        return Step::fail(Failure::MalformedRequest);

    const auto user = prepared(parts[1]);
    if (!user)
        return Step::fail(Failure::MalformedRequest);
    QString authzid;
    if (!parts[0].isEmpty()) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        authzid = decoder(parts[0]);
        if (decoder.hasError())
            return Step::fail(Failure::MalformedRequest);
    }
    // A password that SASLprep rejects cannot match any stored one.
    const auto password = prepared(parts[2]);
    setAttemptedUser(*user);
    if (!password || !m_backend.checkPassword || !m_backend.checkPassword(*user, *password))
        return Step::fail(Failure::NotAuthorized);
    if (!authzidAllowed(authzid, *user, m_context.domain))
        return Step::fail(Failure::InvalidAuthzid);
    setAuthenticated(*user, authzid);
    return Step::success();
}

} // namespace confab::sasl
