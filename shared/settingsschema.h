#pragma once
// Every setting confabd knows: name, scope (global or per domain), type, default and bounds.
// The control socket validates with it, confabctl and the manager show it, docs/settings.md lists it.
#include "shared/error.h"
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace confab::settings {

enum class Scope { Global, Domain };
enum class Type { Bool, Int, String, StringList, Enum };

struct Key
{
    const char *name;
    Scope scope;
    Type type;
    QJsonValue defaultValue;
    qint64 min = 0;          // Int only
    qint64 max = 0;          // Int only
    QStringList choices;     // Enum: the allowed values; StringList: the allowed items (any when empty)
    const char *description; // English, QT_TRANSLATE_NOOP("Settings", ...)
};

const QList<Key> &all();
const Key *find(QStringView name, Scope scope);
// Checks and normalizes a value; accepts JSON of the right type or, for scripts, a string form
// ("true"/"false"/"on"/"off", "42", "a,b,c"). Codes: setting.unknown, setting.invalid.
Result<QJsonValue> normalize(const Key &key, const QJsonValue &value);
// The same, looking the key up first (setting.unknown when there is no such key in that scope).
Result<QJsonValue> normalize(QStringView name, Scope scope, const QJsonValue &value);
// The effective value: `explicitValues[key]` when present, else the default.
// A stored value that no longer normalizes (bounds changed in a newer version) yields the default.
QJsonValue effective(const Key &key, const QJsonObject &explicitValues);

// For confabctl and the manager: "global"/"domain", "bool"/"int"/"string"/"list"/"enum", and a
// value in the string form normalize() accepts back ("true", "42", "a,b,c").
QString scopeName(Scope scope);
QString typeName(Type type);
QString formatValue(const QJsonValue &value);

} // namespace confab::settings
