// domains.list / add / remove / get / set / unset
#include "control/handlers.h"
#include "control/params.h"
#include "shared/settingsschema.h"
#include "storage/accountstore.h"
#include "storage/domainstore.h"

#include <QJsonArray>

namespace confab::control {

namespace {

Result<QJsonValue> list(Call &call)
{
    storage::DomainStore domains(*call.ctx.db);
    storage::AccountStore accounts(*call.ctx.db);
    QJsonArray out;
    for (const QString &d : domains.list())
        out.append(QJsonObject{{"domain", d}, {"users", accounts.count(d)}});
    return QJsonValue(out);
}

Result<QJsonValue> add(Call &call)
{
    const auto domain = params::domain(call.params, "domain");
    if (!domain)
        return domain.error();
    const Status st = storage::DomainStore(*call.ctx.db).add(*domain);
    if (!st)
        return st.error();
    logChange(call, "ctrl.domain_added", {{"domain", *domain}});
    if (call.ctx.domainsChanged)
        call.ctx.domainsChanged();
    return QJsonValue(QJsonObject{{"domain", *domain}});
}

Result<QJsonValue> remove(Call &call)
{
    const auto domain = params::hostedDomain(*call.ctx.db, call.params, "domain");
    if (!domain)
        return domain.error();
    const Status st = storage::DomainStore(*call.ctx.db).remove(*domain);
    if (!st)
        return st.error();
    logChange(call, "ctrl.domain_removed", {{"domain", *domain}});
    if (call.ctx.domainsChanged)
        call.ctx.domainsChanged();
    return QJsonValue(QJsonObject{{"domain", *domain}});
}

Result<QJsonValue> get(Call &call)
{
    const auto domain = params::hostedDomain(*call.ctx.db, call.params, "domain");
    if (!domain)
        return domain.error();
    const auto explicitValues = storage::DomainStore(*call.ctx.db).settings(*domain);
    if (!explicitValues)
        return explicitValues.error();
    QJsonObject effective;
    for (const settings::Key &key : settings::all()) {
        if (key.scope == settings::Scope::Domain)
            effective.insert(QLatin1String(key.name), settings::effective(key, *explicitValues));
    }
    return QJsonValue(QJsonObject{{"domain", *domain},
                                  {"users", storage::AccountStore(*call.ctx.db).count(*domain)},
                                  {"settings", effective},
                                  {"explicit", QJsonArray::fromStringList(explicitValues->keys())}});
}

Result<const settings::Key *> domainKey(const QJsonObject &p)
{
    const auto name = params::requiredString(p, "key");
    if (!name)
        return name.error();
    const settings::Key *key = settings::find(*name, settings::Scope::Domain);
    if (!key)
        return makeError(QStringLiteral("setting.unknown"),
                         QT_TRANSLATE_NOOP("Errors", "There is no setting {key}."), {{"key", *name}});
    return key;
}

Result<QJsonValue> set(Call &call)
{
    const auto domain = params::hostedDomain(*call.ctx.db, call.params, "domain");
    if (!domain)
        return domain.error();
    const auto key = domainKey(call.params);
    if (!key)
        return key.error();
    const auto raw = params::requiredValue(call.params, "value");
    if (!raw)
        return raw.error();
    const auto value = settings::normalize(**key, *raw);
    if (!value)
        return value.error();
    const QString name = QLatin1String((*key)->name);
    const Status st = storage::DomainStore(*call.ctx.db).setSetting(*domain, name, *value);
    if (!st)
        return st.error();
    logChange(call, "ctrl.domain_setting_set", {{"domain", *domain}, {"key", name}, {"value", *value}});
    if (call.ctx.settingChanged)
        call.ctx.settingChanged(QStringLiteral("domain"), *domain, name);
    return QJsonValue(QJsonObject{{"domain", *domain}, {"key", name}, {"value", *value}});
}

Result<QJsonValue> unset(Call &call)
{
    const auto domain = params::hostedDomain(*call.ctx.db, call.params, "domain");
    if (!domain)
        return domain.error();
    const auto key = domainKey(call.params);
    if (!key)
        return key.error();
    const QString name = QLatin1String((*key)->name);
    const Status st = storage::DomainStore(*call.ctx.db).unsetSetting(*domain, name);
    if (!st)
        return st.error();
    logChange(call, "ctrl.domain_setting_unset", {{"domain", *domain}, {"key", name}});
    if (call.ctx.settingChanged)
        call.ctx.settingChanged(QStringLiteral("domain"), *domain, name);
    return QJsonValue(
        QJsonObject{{"domain", *domain}, {"key", name}, {"value", settings::effective(**key, {})}});
}

} // namespace

void addDomainMethods(MethodTable &table)
{
    table.add("domains.list", list);
    table.add("domains.add", add);
    table.add("domains.remove", remove);
    table.add("domains.get", get);
    table.add("domains.set", set);
    table.add("domains.unset", unset);
}

} // namespace confab::control
