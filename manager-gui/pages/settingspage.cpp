#include "pages/settingspage.h"
#include "pages/settingsform.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QScrollArea>

namespace confab::manager {

SettingsPage::SettingsPage(Session *session, QWidget *parent) : Page(session, parent)
{
    setHeading(title());
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_form = new SettingsForm(settings::Scope::Global, scroll);
    scroll->setWidget(m_form);
    body()->addWidget(scroll, 1);
    auto *buttons = new QHBoxLayout;
    auto *revert = new QPushButton(tr("Revert"), this);
    auto *apply = new QPushButton(tr("Apply changes"), this);
    apply->setObjectName(QStringLiteral("applySettings"));
    buttons->addStretch();
    buttons->addWidget(revert);
    buttons->addWidget(apply);
    body()->addLayout(buttons);
    connect(revert, &QPushButton::clicked, this, &SettingsPage::refresh);
    connect(apply, &QPushButton::clicked, this, &SettingsPage::apply);
}

void SettingsPage::refresh()
{
    request(QStringLiteral("settings.get"), {}, [this](const QJsonValue &r) { m_form->setValues(r.toObject()); });
}

void SettingsPage::apply()
{
    const auto changes = m_form->changes();
    if (!changes) {
        showError(tr("Some values are not valid; they are marked. Nothing was changed."));
        return;
    }
    if (changes->isEmpty()) {
        showInfo(tr("Nothing to change."));
        return;
    }
    bool ports = false;
    for (const QString &k : changes->keys())
        ports = ports || k.startsWith(QLatin1String("listen."));
    applyNext(changes->keys(), *changes, ports);
}

// Each value passed the schema check already, so confabd accepts it; sent one by one, then reloaded.
void SettingsPage::applyNext(QStringList keys, QJsonObject values, bool portsChanged)
{
    if (keys.isEmpty()) {
        showInfo(portsChanged ? tr("Settings saved. New ports and the listen address take effect when confabd restarts.")
                              : tr("Settings saved."));
        refresh();
        return;
    }
    const QString key = keys.takeFirst();
    request(QStringLiteral("settings.set"), {{"key", key}, {"value", values.value(key)}},
            [this, keys, values, portsChanged](const QJsonValue &) { applyNext(keys, values, portsChanged); },
            [this](const Error &) { refresh(); });
}

} // namespace confab::manager
