#pragma once
// XEP-0012 Last Activity: the server's uptime on its own JID; on an account's bare JID, answered by
// the server, the seconds since the account's last resource went away and the status text of its
// last unavailable presence — only to the account itself and to contacts allowed to see its
// presence (§3: otherwise <forbidden/>).
//
// Logouts are written in batches: the first logout after a write starts a short timer, and every
// logout until it fires goes into one transaction (one sync to disk instead of one per logout, each
// of which held the event loop for 0.3-0.5 ms). Until then the module answers from memory; the
// module's destructor writes what is pending, so an orderly shutdown loses nothing. A crash loses
// at most the last FlushDelayMs of logout times (not messages or settings).
#include "core/router.h"
#include "modules/module.h"
#include "shared/jid.h"
#include "storage/lastactivitystore.h"
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace confab::core {
class Session;
}

namespace confab::modules {

namespace ns {
inline const QString Last = QStringLiteral("jabber:iq:last");
}

class LastActivity : public Module
{
public:
    // Whether `contact` may see `account`'s presence (subscription from/both, RFC 6121 §3).
    using PresenceAuthorization = std::function<bool(const Jid &account, const Jid &contact)>;

    static constexpr int FlushDelayMs = 500;

    ~LastActivity() override;
    ModuleInfo info() const override;
    void start(ModuleContext &ctx) override;
    // Replaces the roster check start() installs (tests use their own).
    void setPresenceAuthorization(PresenceAuthorization check) { m_authorized = std::move(check); }
    // Writes the pending logouts now (the timer does it otherwise).
    void flush();
    int pendingCount() const { return int(m_pending.size()); }

private:
    void serverUptime(const core::IqRequest &request, const core::IqResponder &responder) const;
    void accountLast(const core::IqRequest &request, const core::IqResponder &responder) const;
    bool observePresence(const xml::Element &stanza, const Jid &user, core::FilterDirection direction);
    void sessionGone(core::Session *session);

    ModuleContext m_ctx;
    std::unique_ptr<storage::LastActivityStore> m_store;
    PresenceAuthorization m_authorized;
    QDateTime m_started;
    QHash<Jid, QString> m_unavailableStatus;     // full JID → status of its last unavailable presence
    QHash<Jid, storage::LastActivity> m_pending; // bare JID → logout not written yet
    QTimer m_flushTimer;
    QObject m_receiver;
};

} // namespace confab::modules
