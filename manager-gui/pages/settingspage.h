#pragma once
// Global settings (connection limit, log level, timeouts, ports, ...), generated from the schema.
#include "pages/page.h"

namespace confab::manager {

class SettingsForm;

class SettingsPage : public Page
{
    Q_OBJECT
public:
    explicit SettingsPage(Session *session, QWidget *parent = nullptr);
    QString title() const override { return tr("Settings"); }
    void refresh() override;
    SettingsForm *form() const { return m_form; }
    void apply();

private:
    void applyNext(QStringList keys, QJsonObject values, bool portsChanged);
    SettingsForm *m_form;
};

} // namespace confab::manager
