// The source of truth for every setting; docs/settings.md is written from this table.
#include "shared/settingsschema.h"

#include "shared/jid.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace confab::settings {

namespace {

Key boolKey(const char *name, Scope scope, bool def, const char *description)
{
    return Key{name, scope, Type::Bool, def, 0, 0, {}, description};
}

Key intKey(const char *name, Scope scope, qint64 def, qint64 min, qint64 max, const char *description)
{
    return Key{name, scope, Type::Int, def, min, max, {}, description};
}

Key stringKey(const char *name, Scope scope, const char *def, const char *description)
{
    return Key{name, scope, Type::String, QString::fromUtf8(def), 0, 0, {}, description};
}

Key listKey(const char *name, Scope scope, const QStringList &def, const QStringList &allowed,
            const char *description)
{
    return Key{name, scope, Type::StringList, QJsonArray::fromStringList(def), 0, 0, allowed, description};
}

Key enumKey(const char *name, Scope scope, const char *def, const QStringList &choices,
            const char *description)
{
    return Key{name, scope, Type::Enum, QString::fromUtf8(def), 0, 0, choices, description};
}

QList<Key> buildTable()
{
    using enum Scope;
    const QStringList defaultMechanisms{QStringLiteral("SCRAM-SHA-256-PLUS"), QStringLiteral("SCRAM-SHA-256"),
                                        QStringLiteral("SCRAM-SHA-1-PLUS"), QStringLiteral("SCRAM-SHA-1"),
                                        QStringLiteral("PLAIN")};
    const QStringList knownMechanisms =
        defaultMechanisms +
        QStringList{QStringLiteral("EXTERNAL"), QStringLiteral("CRAM-MD5"), QStringLiteral("DIGEST-MD5")};
    return {
#include "shared/settingsschema_entries.inc"
    };
}

Error invalid(const Key &key, const char *text, QJsonObject args = {})
{
    args.insert(QStringLiteral("name"), QString::fromLatin1(key.name));
    return makeError(QStringLiteral("setting.invalid"), text, args);
}

std::optional<bool> boolFromString(QStringView s)
{
    static const QStringList yes{QStringLiteral("true"), QStringLiteral("on"), QStringLiteral("yes"),
                                 QStringLiteral("1")};
    static const QStringList no{QStringLiteral("false"), QStringLiteral("off"), QStringLiteral("no"),
                                QStringLiteral("0")};
    const QString t = s.trimmed().toString().toLower();
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

Result<QJsonValue> normalizeBool(const Key &key, const QJsonValue &value)
{
    if (value.isBool())
        return QJsonValue(value.toBool());
    if (value.isString())
        if (const auto b = boolFromString(value.toString()))
            return QJsonValue(*b);
    return invalid(key, QT_TRANSLATE_NOOP("Errors", "{name} must be true or false"));
}

Result<QJsonValue> normalizeInt(const Key &key, const QJsonValue &value)
{
    std::optional<qint64> n;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            n = static_cast<qint64>(d);
    } else if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            n = parsed;
    }
    if (!n || *n < key.min || *n > key.max)
        return invalid(key, QT_TRANSLATE_NOOP("Errors", "{name} must be a whole number from {min} to {max}"),
                       {{QStringLiteral("min"), key.min}, {QStringLiteral("max"), key.max}});
    return QJsonValue(*n);
}

bool isIpAddress(const QString &s)
{
    QHostAddress addr;
    return addr.setAddress(s) && addr.scopeId().isEmpty();
}

// Per-key checks on text beyond its type; returns the normalized text or an error.
Result<QString> checkText(const Key &key, const QString &text)
{
    const QLatin1StringView name(key.name);
    if (name == QLatin1StringView("listen.address") && !isIpAddress(text))
        return invalid(key, QT_TRANSLATE_NOOP("Errors", "{name}: {value} is not an IP address"),
                       {{QStringLiteral("value"), text}});
    if (name == QLatin1StringView("dns.server") && !text.isEmpty() && !isIpAddress(text))
        return invalid(key, QT_TRANSLATE_NOOP("Errors", "{name}: {value} is not an IP address"),
                       {{QStringLiteral("value"), text}});
    if (name == QLatin1StringView("tls.certificate") &&
        (text.contains(QChar(0)) ||
         text.split(QRegularExpression(QStringLiteral("[/\\\\]"))).contains(u"..")))
        return invalid(
            key, QT_TRANSLATE_NOOP("Errors", "{name}: {value} must name a file inside the data directory"),
            {{QStringLiteral("value"), text}});
    if (name == QLatin1StringView("disco.extra_items")) {
        const auto jid = Jid::parse(text);
        if (!jid)
            return invalid(key, QT_TRANSLATE_NOOP("Errors", "{name}: {value} is not a valid XMPP address"),
                           {{QStringLiteral("value"), text}});
        return jid->toString();
    }
    return text;
}

Result<QJsonValue> normalizeString(const Key &key, const QJsonValue &value)
{
    if (!value.isString())
        return invalid(key, QT_TRANSLATE_NOOP("Errors", "{name} must be text"));
    const auto checked = checkText(key, value.toString().trimmed());
    if (!checked)
        return checked.error();
    return QJsonValue(*checked);
}

Result<QJsonValue> normalizeList(const Key &key, const QJsonValue &value)
{
    QStringList items;
    if (value.isString()) {
        for (const QString &part : value.toString().split(u',', Qt::SkipEmptyParts))
            if (const QString t = part.trimmed(); !t.isEmpty())
                items.append(t);
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            if (!v.isString() || v.toString().trimmed().isEmpty())
                return invalid(key, QT_TRANSLATE_NOOP("Errors", "{name} must be a list of non-empty texts"));
            items.append(v.toString().trimmed());
        }
    } else {
        return invalid(key, QT_TRANSLATE_NOOP("Errors", "{name} must be a list of non-empty texts"));
    }
    QStringList out;
    for (const QString &item : items) {
        QString normalized = item;
        if (!key.choices.isEmpty()) {
            const auto it = std::find_if(key.choices.cbegin(), key.choices.cend(), [&](const QString &c) {
                return c.compare(item, Qt::CaseInsensitive) == 0;
            });
            if (it == key.choices.cend())
                return invalid(
                    key, QT_TRANSLATE_NOOP("Errors", "{value} is not allowed in {name}; allowed: {choices}"),
                    {{QStringLiteral("value"), item}, {QStringLiteral("choices"), key.choices.join(u", ")}});
            normalized = *it;
        } else {
            const auto checked = checkText(key, item);
            if (!checked)
                return checked.error();
            normalized = *checked;
        }
        if (!out.contains(normalized))
            out.append(normalized);
    }
    return QJsonValue(QJsonArray::fromStringList(out));
}

Result<QJsonValue> normalizeEnum(const Key &key, const QJsonValue &value)
{
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        for (const QString &c : key.choices)
            if (c.compare(s, Qt::CaseInsensitive) == 0)
                return QJsonValue(c);
    }
    return invalid(key, QT_TRANSLATE_NOOP("Errors", "{name} must be one of: {choices}"),
                   {{QStringLiteral("choices"), key.choices.join(u", ")}});
}

} // namespace

const QList<Key> &all()
{
    static const QList<Key> table = buildTable();
    return table;
}

const Key *find(QStringView name, Scope scope)
{
    for (const Key &k : all())
        if (k.scope == scope && name == QLatin1StringView(k.name))
            return &k;
    return nullptr;
}

Result<QJsonValue> normalize(const Key &key, const QJsonValue &value)
{
    switch (key.type) {
    case Type::Bool:
        return normalizeBool(key, value);
    case Type::Int:
        return normalizeInt(key, value);
    case Type::String:
        return normalizeString(key, value);
    case Type::StringList:
        return normalizeList(key, value);
    case Type::Enum:
        return normalizeEnum(key, value);
    }
    return invalid(key, QT_TRANSLATE_NOOP("Errors", "{name} must be text"));
}

Result<QJsonValue> normalize(QStringView name, Scope scope, const QJsonValue &value)
{
    const Key *key = find(name, scope);
    if (!key)
        return makeError(QStringLiteral("setting.unknown"),
                         QT_TRANSLATE_NOOP("Errors", "There is no setting {name}"),
                         {{QStringLiteral("name"), name.toString()}});
    return normalize(*key, value);
}

QJsonValue effective(const Key &key, const QJsonObject &explicitValues)
{
    const QString name = QString::fromLatin1(key.name);
    if (explicitValues.contains(name))
        if (const auto v = normalize(key, explicitValues.value(name)))
            return *v;
    return key.defaultValue;
}

QString scopeName(Scope scope)
{
    return scope == Scope::Global ? QStringLiteral("global") : QStringLiteral("domain");
}

QString typeName(Type type)
{
    switch (type) {
    case Type::Bool:
        return QStringLiteral("bool");
    case Type::Int:
        return QStringLiteral("int");
    case Type::String:
        return QStringLiteral("string");
    case Type::StringList:
        return QStringLiteral("list");
    case Type::Enum:
        return QStringLiteral("enum");
    }
    return {};
}

QString formatValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(static_cast<qint64>(value.toDouble()));
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &v : value.toArray())
            items.append(v.toString());
        return items.join(u',');
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace confab::settings
