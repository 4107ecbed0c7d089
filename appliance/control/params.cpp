#include "control/params.h"

#include "shared/controlprotocol.h"
#include "storage/domainstore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace confab::control::params {

Error invalid(const char *name)
{
    return makeError(QString::fromLatin1(errc::BadParams),
                     QT_TRANSLATE_NOOP("Errors", "The parameter {param} is missing or invalid."),
                     {{QStringLiteral("param"), QString::fromLatin1(name)}});
}

Result<QString> requiredString(const QJsonObject &p, const char *name)
{
    const QJsonValue v = p.value(QLatin1String(name));
    if (!v.isString() || v.toString().isEmpty())
        return invalid(name);
    return v.toString();
}

Result<QString> optionalString(const QJsonObject &p, const char *name, const QString &fallback)
{
    const QJsonValue v = p.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString())
        return invalid(name);
    return v.toString();
}

static std::optional<qint64> toInt(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d != double(qint64(d)))
            return std::nullopt;
        return qint64(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

Result<qint64> requiredInt(const QJsonObject &p, const char *name, qint64 min, qint64 max)
{
    const auto n = toInt(p.value(QLatin1String(name)));
    if (!n || *n < min || *n > max)
        return invalid(name);
    return *n;
}

Result<qint64> optionalInt(const QJsonObject &p, const char *name, qint64 fallback, qint64 min, qint64 max)
{
    const QJsonValue v = p.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull())
        return fallback;
    return requiredInt(p, name, min, max);
}

Result<bool> requiredBool(const QJsonObject &p, const char *name)
{
    const QJsonValue v = p.value(QLatin1String(name));
    if (!v.isBool())
        return invalid(name);
    return v.toBool();
}

Result<QJsonValue> requiredValue(const QJsonObject &p, const char *name)
{
    const QJsonValue v = p.value(QLatin1String(name));
    if (v.isUndefined())
        return invalid(name);
    return v;
}

Result<QString> domain(const QJsonObject &p, const char *name)
{
    const auto text = requiredString(p, name);
    if (!text)
        return text.error();
    const auto prepared = Jid::prepareDomain(*text);
    if (!prepared)
        return makeError(QStringLiteral("domain.invalid"),
                         QT_TRANSLATE_NOOP("Errors", "{domain} is not a valid domain name."),
                         {{QStringLiteral("domain"), *text}});
    return *prepared;
}

static Error domainNotFound(const QString &domain)
{
    return makeError(QStringLiteral("domain.not_found"),
                     QT_TRANSLATE_NOOP("Errors", "The domain {domain} is not hosted on this server."),
                     {{QStringLiteral("domain"), domain}});
}

Result<QString> hostedDomain(storage::Database &db, const QJsonObject &p, const char *name)
{
    const auto d = domain(p, name);
    if (!d)
        return d;
    if (!storage::DomainStore(db).exists(*d))
        return domainNotFound(*d);
    return d;
}

Result<Jid> userJid(storage::Database &db, const QJsonObject &p, const char *name)
{
    const auto text = requiredString(p, name);
    if (!text)
        return text.error();
    const auto jid = Jid::parse(*text);
    if (!jid || jid->node().isEmpty() || !jid->isBare())
        return makeError(QStringLiteral("jid.invalid"),
                         QT_TRANSLATE_NOOP("Errors", "{jid} is not a valid user address (user@domain)."),
                         {{QStringLiteral("jid"), *text}});
    if (!storage::DomainStore(db).exists(jid->domain()))
        return domainNotFound(jid->domain());
    return *jid;
}

} // namespace confab::control::params
