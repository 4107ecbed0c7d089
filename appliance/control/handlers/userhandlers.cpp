// users.list / add / passwd / remove / disable
#include "control/handlers.h"
#include "control/params.h"
#include "shared/settingsschema.h"
#include "storage/accountstore.h"
#include "storage/domainstore.h"

#include <QJsonArray>

namespace confab::control {

namespace {

QJsonObject toJson(const storage::AccountInfo &a)
{
    return {{"jid", a.user + QLatin1Char('@') + a.domain},
            {"user", a.user},
            {"domain", a.domain},
            {"disabled", a.disabled},
            {"created", a.created.toUTC().toString(Qt::ISODate)}};
}

Error accountNotFound(const Jid &jid)
{
    return makeError(QStringLiteral("account.not_found"),
                     QT_TRANSLATE_NOOP("Errors", "There is no account {jid}."), {{"jid", jid.bareString()}});
}

// Whether the domain keeps a reversible copy of passwords for legacy digest mechanisms.
bool keepsReversible(storage::Database &db, const QString &domain)
{
    const settings::Key *key = settings::find(u"auth.legacy", settings::Scope::Domain);
    if (!key)
        return false;
    const auto explicitValues = storage::DomainStore(db).settings(domain);
    return explicitValues && settings::effective(*key, *explicitValues).toBool();
}

Result<QJsonValue> list(Call &call)
{
    QString domain;
    if (call.params.contains("domain") && !call.params.value("domain").isNull()) {
        const auto d = params::hostedDomain(*call.ctx.db, call.params, "domain");
        if (!d)
            return d.error();
        domain = *d;
    }
    const auto search = params::optionalString(call.params, "search");
    if (!search)
        return search.error();
    const auto limit = params::optionalInt(call.params, "limit", 1000, 1, 100000);
    if (!limit)
        return limit.error();
    const auto offset = params::optionalInt(call.params, "offset", 0, 0, std::numeric_limits<int>::max());
    if (!offset)
        return offset.error();
    storage::AccountStore accounts(*call.ctx.db);
    QJsonArray users;
    for (const auto &a : accounts.list(domain, *search, int(*limit), int(*offset)))
        users.append(toJson(a));
    return QJsonValue(QJsonObject{{"users", users}, {"total", accounts.count(domain)}});
}

Result<QJsonValue> add(Call &call)
{
    const auto jid = params::userJid(*call.ctx.db, call.params, "jid");
    if (!jid)
        return jid.error();
    const auto password = params::requiredString(call.params, "password");
    if (!password)
        return password.error();
    const Status st =
        storage::AccountStore(*call.ctx.db)
            .add(jid->node(), jid->domain(), *password, keepsReversible(*call.ctx.db, jid->domain()));
    if (!st)
        return st.error();
    logChange(call, "ctrl.user_added", {{"jid", jid->bareString()}});
    return QJsonValue(QJsonObject{{"jid", jid->bareString()}});
}

Result<QJsonValue> passwd(Call &call)
{
    const auto jid = params::userJid(*call.ctx.db, call.params, "jid");
    if (!jid)
        return jid.error();
    const auto password = params::requiredString(call.params, "password");
    if (!password)
        return password.error();
    storage::AccountStore accounts(*call.ctx.db);
    if (!accounts.exists(jid->node(), jid->domain()))
        return accountNotFound(*jid);
    const Status st = accounts.setPassword(jid->node(), jid->domain(), *password,
                                           keepsReversible(*call.ctx.db, jid->domain()));
    if (!st)
        return st.error();
    logChange(call, "ctrl.user_password_changed", {{"jid", jid->bareString()}});
    return QJsonValue(QJsonObject{{"jid", jid->bareString()}});
}

Result<QJsonValue> remove(Call &call)
{
    const auto jid = params::userJid(*call.ctx.db, call.params, "jid");
    if (!jid)
        return jid.error();
    storage::AccountStore accounts(*call.ctx.db);
    if (!accounts.exists(jid->node(), jid->domain()))
        return accountNotFound(*jid);
    const Status st = accounts.remove(jid->node(), jid->domain());
    if (!st)
        return st.error();
    logChange(call, "ctrl.user_removed", {{"jid", jid->bareString()}});
    if (call.ctx.accountRevoked)
        call.ctx.accountRevoked(jid->bareString());
    return QJsonValue(QJsonObject{{"jid", jid->bareString()}});
}

Result<QJsonValue> disable(Call &call)
{
    const auto jid = params::userJid(*call.ctx.db, call.params, "jid");
    if (!jid)
        return jid.error();
    const auto disabled = params::requiredBool(call.params, "disabled");
    if (!disabled)
        return disabled.error();
    storage::AccountStore accounts(*call.ctx.db);
    if (!accounts.exists(jid->node(), jid->domain()))
        return accountNotFound(*jid);
    const Status st = accounts.setDisabled(jid->node(), jid->domain(), *disabled);
    if (!st)
        return st.error();
    logChange(call, *disabled ? "ctrl.user_disabled" : "ctrl.user_enabled", {{"jid", jid->bareString()}});
    if (*disabled && call.ctx.accountRevoked)
        call.ctx.accountRevoked(jid->bareString());
    return QJsonValue(QJsonObject{{"jid", jid->bareString()}, {"disabled", *disabled}});
}

} // namespace

void addUserMethods(MethodTable &table)
{
    table.add("users.list", list);
    table.add("users.add", add);
    table.add("users.passwd", passwd);
    table.add("users.remove", remove);
    table.add("users.disable", disable);
}

} // namespace confab::control
