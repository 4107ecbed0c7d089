#include "core/configcache.h"
#include "storage/domainstore.h"
#include "storage/settingsstore.h"
#include <QJsonArray>

namespace confab::core {

ConfigCache::ConfigCache(storage::Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    reload();
}

void ConfigCache::reload()
{
    storage::DomainStore domains(m_db);
    m_domains.clear();
    m_domainValues.clear();
    for (const QString &d : domains.list()) {
        m_domains.insert(d);
        auto s = domains.settings(d);
        m_domainValues.insert(d, s.ok() ? s.value() : QJsonObject{});
    }
    m_globalValues = storage::SettingsStore(m_db).all();
    emit changed();
}

QStringList ConfigCache::domains() const
{
    QStringList out(m_domains.begin(), m_domains.end());
    out.sort();
    return out;
}

QJsonValue ConfigCache::global(const char *key) const
{
    const QString k = QString::fromLatin1(key);
    if (m_overrides.contains(k))
        return m_overrides.value(k);
    const settings::Key *def = settings::find(k, settings::Scope::Global);
    Q_ASSERT_X(def, "ConfigCache::global", key);
    return def ? settings::effective(*def, m_globalValues) : QJsonValue{};
}

QJsonValue ConfigCache::domain(const QString &d, const char *key) const
{
    const settings::Key *def = settings::find(QString::fromLatin1(key), settings::Scope::Domain);
    Q_ASSERT_X(def, "ConfigCache::domain", key);
    return def ? settings::effective(*def, m_domainValues.value(d)) : QJsonValue{};
}

QStringList ConfigCache::domainList(const QString &d, const char *key) const
{
    QStringList out;
    for (const QJsonValue &v : domain(d, key).toArray())
        out.append(v.toString());
    return out;
}

} // namespace confab::core
