#include "pages/domainspage.h"
#include "pages/settingsform.h"
#include "util/validation.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>

namespace confab::manager {

DomainsPage::DomainsPage(Session *session, QWidget *parent) : Page(session, parent)
{
    setHeading(title());
    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    auto *addRow = new QHBoxLayout;
    m_newDomain = new QLineEdit(left);
    m_newDomain->setObjectName(QStringLiteral("newDomain"));
    m_newDomain->setPlaceholderText(tr("example.com"));
    auto *add = new QPushButton(tr("Add domain"), left);
    add->setObjectName(QStringLiteral("addDomain"));
    addRow->addWidget(m_newDomain, 1);
    addRow->addWidget(add);
    ll->addLayout(addRow);
    m_list = new QListWidget(left);
    ll->addWidget(m_list, 1);
    m_remove = new QPushButton(tr("Remove domain…"), left);
    ll->addWidget(m_remove);

    auto *right = new QWidget(splitter);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    m_details = new QLabel(right);
    m_details->setWordWrap(true);
    rl->addWidget(m_details);
    auto *scroll = new QScrollArea(right);
    scroll->setWidgetResizable(true);
    m_form = new SettingsForm(settings::Scope::Domain, scroll);
    scroll->setWidget(m_form);
    rl->addWidget(scroll, 1);
    m_apply = new QPushButton(tr("Apply changes"), right);
    m_apply->setObjectName(QStringLiteral("applyDomain"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_apply);
    rl->addLayout(buttons);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    body()->addWidget(splitter, 1);

    connect(add, &QPushButton::clicked, this, &DomainsPage::addDomain);
    connect(m_newDomain, &QLineEdit::returnPressed, this, &DomainsPage::addDomain);
    connect(m_newDomain, &QLineEdit::textEdited, this, [this] { markValid(m_newDomain); });
    connect(m_remove, &QPushButton::clicked, this, &DomainsPage::removeSelected);
    connect(m_apply, &QPushButton::clicked, this, &DomainsPage::applySettings);
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &) { loadDomain(currentDomain()); });
    m_form->setEnabled(false);
    m_apply->setEnabled(false);
    m_remove->setEnabled(false);
}

QString DomainsPage::currentDomain() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

void DomainsPage::refresh()
{
    const QString keep = currentDomain();
    request(QStringLiteral("domains.list"), {}, [this, keep](const QJsonValue &r) {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const QJsonValue &v : r.toArray()) {
            const QJsonObject d = v.toObject();
            auto *item = new QListWidgetItem(tr("%1 (%n user(s))", nullptr, d.value("users").toInt()).arg(d.value("domain").toString()), m_list);
            item->setData(Qt::UserRole, d.value("domain").toString());
            if (d.value("domain").toString() == keep)
                m_list->setCurrentItem(item);
        }
        if (!m_list->currentItem() && m_list->count() > 0)
            m_list->setCurrentRow(0);
        loadDomain(currentDomain());
    });
}

void DomainsPage::loadDomain(const QString &domain)
{
    m_form->setEnabled(!domain.isEmpty());
    m_apply->setEnabled(!domain.isEmpty());
    m_remove->setEnabled(!domain.isEmpty());
    if (domain.isEmpty()) {
        m_details->setText(tr("Add a domain to host it."));
        return;
    }
    request(QStringLiteral("domains.get"), {{"domain", domain}}, [this, domain](const QJsonValue &r) {
        if (domain != currentDomain())
            return;
        const QJsonObject d = r.toObject();
        m_details->setText(tr("Settings of %1").arg(domain));
        m_form->setValues(d.value("settings").toObject());
        m_loadedDomain = domain;
    });
}

void DomainsPage::addDomain()
{
    const auto domain = checkDomain(m_newDomain->text());
    if (!domain) {
        markInvalid(m_newDomain, tr("“%1” is not a valid domain name.").arg(m_newDomain->text()));
        showError(tr("“%1” is not a valid domain name.").arg(m_newDomain->text()));
        return;
    }
    request(QStringLiteral("domains.add"), {{"domain", *domain}}, [this](const QJsonValue &r) {
        const QString added = r.toObject().value("domain").toString();
        m_newDomain->clear();
        showInfo(tr("%1 is now hosted. confabd created a self-signed certificate for it.").arg(added));
        refresh();
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(Qt::UserRole).toString() == added)
                m_list->setCurrentRow(i);
    }, [this](const Error &) { markInvalid(m_newDomain, messageText()); });
}

void DomainsPage::removeSelected()
{
    const QString domain = currentDomain();
    if (domain.isEmpty())
        return;
    if (QMessageBox::warning(this, tr("Remove domain"),
                             tr("Stop hosting %1 and delete all of its user accounts? This cannot be undone.").arg(domain),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    request(QStringLiteral("domains.remove"), {{"domain", domain}}, [this, domain](const QJsonValue &) {
        showInfo(tr("%1 is no longer hosted.").arg(domain));
        refresh();
    });
}

void DomainsPage::applySettings()
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
    applyNext(changes->keys(), *changes);
}

// Every value was checked with the schema first, so confabd accepts each one; they are sent one
// after another and the form reloads from confabd at the end (or at the first refusal).
void DomainsPage::applyNext(QStringList keys, QJsonObject values)
{
    const QString domain = currentDomain();
    if (keys.isEmpty()) {
        showInfo(tr("The settings of %1 were saved.").arg(domain));
        loadDomain(domain);
        return;
    }
    const QString key = keys.takeFirst();
    request(QStringLiteral("domains.set"), {{"domain", domain}, {"key", key}, {"value", values.value(key)}},
            [this, keys, values](const QJsonValue &) { applyNext(keys, values); },
            [this, domain](const Error &) { loadDomain(domain); });
}

} // namespace confab::manager
