#pragma once
// A form for every setting of one scope of the settings schema (global on the Settings page,
// per domain on the Domains page): the right editor per type, the translated description, and
// validation through the same schema confabd uses, so a bad value is marked before it is sent.
#include "shared/settingsschema.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QFormLayout;

namespace confab::manager {

// A short name for a setting key in the admin's language.
QString settingLabel(const QString &key);

class SettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsForm(settings::Scope scope, QWidget *parent = nullptr);

    void setValues(const QJsonObject &values); // effective values, key -> value
    // Normalized values that differ from what setValues() loaded; nullopt when a field is invalid
    // (then the bad fields are marked).
    std::optional<QJsonObject> changes();
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    QJsonValue loadedValue(const QString &key) const { return m_loaded.value(key); }

signals:
    void edited();

private:
    QJsonValue currentValue(const settings::Key &key) const;
    QHash<QString, QWidget *> m_editors;
    QJsonObject m_loaded;
    settings::Scope m_scope;
};

} // namespace confab::manager
