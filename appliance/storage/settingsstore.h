#pragma once
// Global settings (key → JSON value). Keys, types and defaults: shared/settingsschema.h.
#include "shared/error.h"
#include <QJsonObject>
#include <QJsonValue>

namespace confab::storage {
class Database;

class SettingsStore
{
public:
    explicit SettingsStore(Database &db) : m_db(db) {}
    QJsonObject all() const; // explicitly set keys only
    std::optional<QJsonValue> value(const QString &key) const;
    Status set(const QString &key, const QJsonValue &value);
    Status unset(const QString &key);

private:
    Database &m_db;
};
} // namespace confab::storage
