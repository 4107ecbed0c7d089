#pragma once
// XEP-0030 Service Discovery: the server's identity and features (what the registry collected from
// every module), its items (the domain's disco.extra_items), and, on an account's behalf, the bare
// JID's identity (account/registered) and features. A full JID is the resource's business (the
// router forwards it). Also answers the caps node (XEP-0115 §6.2: node#ver gives the same info).
#include "modules/module.h"
#include "xml/element.h"
#include <QList>

namespace confab::modules {

namespace ns {
inline const QString DiscoInfo = QStringLiteral("http://jabber.org/protocol/disco#info");
inline const QString DiscoItems = QStringLiteral("http://jabber.org/protocol/disco#items");
inline const QString DataForms = QStringLiteral("jabber:x:data");
} // namespace ns

struct DiscoIdentity
{
    QString category;
    QString type;
    QString lang; // xml:lang, usually empty
    QString name;
};

// What a disco#info result says; `forms` are XEP-0128 extended info (jabber:x:data, type result).
struct DiscoInfo
{
    QList<DiscoIdentity> identities;
    QStringList features;
    QList<xml::Element> forms;
};

inline const QString ServerName = QStringLiteral("Confab");

// The server's own disco#info (identity server/im "Confab", the registry's server features).
DiscoInfo serverDiscoInfo(const core::ModuleRegistry &registry);
// <query xmlns='disco#info' [node]> with identities, features and forms.
xml::Element discoInfoQuery(const DiscoInfo &info, const QString &node = {});

class Disco : public Module
{
public:
    ModuleInfo info() const override;
    void start(ModuleContext &ctx) override;

private:
    void serverInfo(const core::IqRequest &request, const core::IqResponder &responder) const;
    void serverItems(const core::IqRequest &request, const core::IqResponder &responder) const;
    void accountInfo(const core::IqRequest &request, const core::IqResponder &responder) const;
    void accountItems(const core::IqRequest &request, const core::IqResponder &responder) const;

    core::ModuleRegistry *m_registry = nullptr;
    core::ConfigCache *m_config = nullptr;
};

} // namespace confab::modules
