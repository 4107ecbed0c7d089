#include "core/configcache.h"
#include <QSet>
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

// Asking for a key the schema does not have is a programming error (or a binary built from a
// half-edited settings table). Release builds used to answer 0 silently, which a limit reads as
// "refuse everything": say so loudly instead, once per key, and still answer.
void ConfigCache::reportUnknownKey(const char *key)
{
    static QSet<QByteArray> reported;
    if (!reported.contains(key)) {
        reported.insert(key);
        qCritical("confabd: internal error: the setting %s is not in the settings schema", key);
    }
    Q_ASSERT_X(false, "ConfigCache", key);
}

QJsonValue ConfigCache::global(const char *key) const
{
    const QString k = QString::fromLatin1(key);
    if (m_overrides.contains(k))
        return m_overrides.value(k);
    const settings::Key *def = settings::find(k, settings::Scope::Global);
    if (!def)
        reportUnknownKey(key);
    return def ? settings::effective(*def, m_globalValues) : QJsonValue{};
}

QJsonValue ConfigCache::domain(const QString &d, const char *key) const
{
    const settings::Key *def = settings::find(QString::fromLatin1(key), settings::Scope::Domain);
    if (!def)
        reportUnknownKey(key);
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
