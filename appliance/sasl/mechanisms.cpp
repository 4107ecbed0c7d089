#include "sasl/mechanisms.h"

#include "sasl/anonymousmechanism.h"
#include "sasl/crammd5mechanism.h"
#include "sasl/digestmd5mechanism.h"
#include "sasl/plainmechanism.h"
#include "sasl/scrammechanism.h"

namespace confab::sasl {

namespace {

bool channelBindingAvailable(const Context &context)
{
    return context.tlsActive && !context.tlsServerEndPoint.isEmpty();
}

} // namespace

std::unique_ptr<Mechanism> createMechanism(const QString &name, const Backend &backend,
                                           const Context &context, const MechanismOptions &options)
{
    using auth::ScramHash;
    const bool plus =
        name == QLatin1String(mech::ScramSha256Plus) || name == QLatin1String(mech::ScramSha1Plus);
    if (plus && !channelBindingAvailable(context))
        return nullptr;
    if (name == QLatin1String(mech::ScramSha256) || name == QLatin1String(mech::ScramSha256Plus))
        return std::make_unique<ScramMechanism>(ScramHash::Sha256, plus, backend, context, options);
    if (name == QLatin1String(mech::ScramSha1) || name == QLatin1String(mech::ScramSha1Plus))
        return std::make_unique<ScramMechanism>(ScramHash::Sha1, plus, backend, context, options);
    if (name == QLatin1String(mech::Plain))
        return std::make_unique<PlainMechanism>(backend, context);
    if (name == QLatin1String(mech::Anonymous))
        return std::make_unique<AnonymousMechanism>();
    if (name == QLatin1String(mech::CramMd5))
        return std::make_unique<CramMd5Mechanism>(backend, context, options);
    if (name == QLatin1String(mech::DigestMd5))
        return std::make_unique<DigestMd5Mechanism>(backend, context, options);
    return nullptr;
}

QStringList availableMechanisms(const QStringList &allowedByDomain, const Context &context,
                                bool anonymousEnabled, bool legacyEnabled)
{
    struct Candidate
    {
        const char *name;
        bool offered;
    };
    const bool binding = channelBindingAvailable(context);
    const Candidate candidates[] = {
        {mech::ScramSha256Plus, binding}, {mech::ScramSha1Plus, binding},
        {mech::ScramSha256, true},        {mech::ScramSha1, true},
        {mech::Plain, context.tlsActive}, {mech::DigestMd5, legacyEnabled},
        {mech::CramMd5, legacyEnabled},   {mech::Anonymous, anonymousEnabled},
    };
    QStringList result;
    for (const Candidate &c : candidates) {
        const QString name = QLatin1String(c.name);
        if (c.offered && (allowedByDomain.isEmpty() || allowedByDomain.contains(name, Qt::CaseInsensitive)))
            result.append(name);
    }
    return result;
}

} // namespace confab::sasl
