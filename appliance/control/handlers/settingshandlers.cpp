// settings.get / set / unset: global settings, validated against shared/settingsschema.h
#include "control/handlers.h"
#include "control/params.h"
#include "shared/settingsschema.h"
#include "storage/settingsstore.h"

namespace confab::control {

namespace {

Result<const settings::Key *> globalKey(const QJsonObject &p)
{
    const auto name = params::requiredString(p, "key");
    if (!name)
        return name.error();
    const settings::Key *key = settings::find(*name, settings::Scope::Global);
    if (!key)
        return makeError(QStringLiteral("setting.unknown"),
                         QT_TRANSLATE_NOOP("Errors", "There is no setting {key}."), {{"key", *name}});
    return key;
}

Result<QJsonValue> get(Call &call)
{
    const QJsonObject explicitValues = storage::SettingsStore(*call.ctx.db).all();
    const QJsonValue keyParam = call.params.value("key");
    if (keyParam.isUndefined() || keyParam.isNull()) {
        QJsonObject all;
        for (const settings::Key &key : settings::all()) {
            if (key.scope == settings::Scope::Global)
                all.insert(QLatin1String(key.name), settings::effective(key, explicitValues));
        }
        return QJsonValue(all);
    }
    const auto key = globalKey(call.params);
    if (!key)
        return key.error();
    const QString name = QLatin1String((*key)->name);
    return QJsonValue(QJsonObject{{"key", name},
                                  {"value", settings::effective(**key, explicitValues)},
                                  {"default", (*key)->defaultValue},
                                  {"explicit", explicitValues.contains(name)}});
}

Result<QJsonValue> set(Call &call)
{
    const auto key = globalKey(call.params);
    if (!key)
        return key.error();
    const auto raw = params::requiredValue(call.params, "value");
    if (!raw)
        return raw.error();
    const auto value = settings::normalize(**key, *raw);
    if (!value)
        return value.error();
    const QString name = QLatin1String((*key)->name);
    const Status st = storage::SettingsStore(*call.ctx.db).set(name, *value);
    if (!st)
        return st.error();
    logChange(call, "ctrl.setting_set", {{"key", name}, {"value", *value}});
    if (call.ctx.settingChanged)
        call.ctx.settingChanged(QStringLiteral("global"), QString(), name);
    return QJsonValue(QJsonObject{{"key", name}, {"value", *value}});
}

Result<QJsonValue> unset(Call &call)
{
    const auto key = globalKey(call.params);
    if (!key)
        return key.error();
    const QString name = QLatin1String((*key)->name);
    const Status st = storage::SettingsStore(*call.ctx.db).unset(name);
    if (!st)
        return st.error();
    logChange(call, "ctrl.setting_unset", {{"key", name}});
    if (call.ctx.settingChanged)
        call.ctx.settingChanged(QStringLiteral("global"), QString(), name);
    return QJsonValue(QJsonObject{{"key", name}, {"value", (*key)->defaultValue}});
}

} // namespace

void addSettingsMethods(MethodTable &table)
{
    table.add("settings.get", get);
    table.add("settings.set", set);
    table.add("settings.unset", unset);
}

} // namespace confab::control
