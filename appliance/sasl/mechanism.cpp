#include "sasl/mechanism.h"

#include "shared/jid.h"

namespace confab::sasl {

QString failureConditionName(Failure failure)
{
    switch (failure) {
    case Failure::Aborted:
        return QStringLiteral("aborted");
    case Failure::AccountDisabled:
        return QStringLiteral("account-disabled");
    case Failure::CredentialsExpired:
        return QStringLiteral("credentials-expired");
    case Failure::EncryptionRequired:
        return QStringLiteral("encryption-required");
    case Failure::IncorrectEncoding:
        return QStringLiteral("incorrect-encoding");
    case Failure::InvalidAuthzid:
        return QStringLiteral("invalid-authzid");
    case Failure::InvalidMechanism:
        return QStringLiteral("invalid-mechanism");
    case Failure::MalformedRequest:
        return QStringLiteral("malformed-request");
    case Failure::MechanismTooWeak:
        return QStringLiteral("mechanism-too-weak");
    case Failure::NotAuthorized:
        return QStringLiteral("not-authorized");
    case Failure::TemporaryAuthFailure:
        return QStringLiteral("temporary-auth-failure");
    }
    return QStringLiteral("not-authorized");
}

Mechanism::~Mechanism() = default;

bool Mechanism::authzidAllowed(const QString &authzid, const QString &user, const QString &domain)
{
    if (authzid.isEmpty())
        return true;
    const auto requested = Jid::parse(authzid);
    const auto own = Jid::fromParts(user, domain);
    return requested && own && requested->isBare() && *requested == *own;
}

} // namespace confab::sasl
