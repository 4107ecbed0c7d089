#pragma once
// What the running server knows of its configuration: hosted domains and effective settings
// (global and per domain), cached from the stores and reloaded when the control socket changes them.
#include "shared/jid.h"
#include "shared/settingsschema.h"
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

namespace confab::storage {
class Database;
}

namespace confab::core {

class ConfigCache : public QObject
{
    Q_OBJECT
public:
    explicit ConfigCache(storage::Database &db, QObject *parent = nullptr);
    void reload();

    bool isHosted(const QString &domain) const { return m_domains.contains(domain); }
    QStringList domains() const;
    QJsonValue global(const char *key) const;
    QJsonValue domain(const QString &domain, const char *key) const;
    qint64 globalInt(const char *key) const { return global(key).toInteger(); }
    bool globalBool(const char *key) const { return global(key).toBool(); }
    bool domainBool(const QString &d, const char *key) const { return domain(d, key).toBool(); }
    QStringList domainList(const QString &d, const char *key) const;
    // Overrides from the command line (e.g. ports), taking precedence over stored values.
    void setOverride(const QString &key, const QJsonValue &value) { m_overrides.insert(key, value); }

signals:
    void changed();

private:
    static void reportUnknownKey(const char *key);
    storage::Database &m_db;
    QSet<QString> m_domains;
    QHash<QString, QJsonObject> m_domainValues;
    QJsonObject m_globalValues;
    QJsonObject m_overrides;
};

} // namespace confab::core
