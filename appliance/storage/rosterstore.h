#pragma once
// Rosters (RFC 6121 §2) with each contact's subscription state (§3, Appendix A) and a version
// counter per roster (XEP-0237). `user` and `domain` are prepared (as in AccountStore); `contact`
// is a prepared bare JID string. Every write that changes what the user sees bumps the version.
#include "shared/error.h"
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace confab::storage {
class Database;

struct RosterItem
{
    QString contact; // bare JID
    QString name;
    bool subTo = false;   // the user receives the contact's presence
    bool subFrom = false; // the contact receives the user's presence
    bool ask = false;     // pending out: the user asked, no answer yet (ask='subscribe')
    bool pendingIn = false;
    QString pendingStanza; // the subscribe stanza to deliver again until answered
    bool approved = false; // pre-approved (RFC 6121 §3.4)
    bool inRoster = true;  // false: only a pending request from someone the user has not added
    QStringList groups;

    // 'none' / 'to' / 'from' / 'both' as in the roster item's 'subscription' attribute.
    QString subscriptionName() const;
    // Nothing left to remember: no roster item, no request, no pre-approval.
    bool isEmpty() const { return !inRoster && !pendingIn && !approved && !subTo && !subFrom && !ask; }
};

class RosterStore
{
public:
    explicit RosterStore(Database &db) : m_db(db) {}

    // Items in the roster (hidden pending requests excluded), ordered by contact.
    Result<QList<RosterItem>> items(const QString &user, const QString &domain) const;
    // Any record for the contact, hidden ones included.
    Result<std::optional<RosterItem>> item(const QString &user, const QString &domain,
                                           const QString &contact) const;
    // Hidden and visible records with a pending inbound request.
    Result<QList<RosterItem>> pendingRequests(const QString &user, const QString &domain) const;
    // Inserts or replaces the record; an empty record is deleted. Returns the roster version after
    // the write (bumped when `bumpVersion`).
    Result<qint64> put(const QString &user, const QString &domain, const RosterItem &item,
                       bool bumpVersion = true);
    // Deletes the record; returns the new version. Code roster.item_not_found when absent.
    Result<qint64> remove(const QString &user, const QString &domain, const QString &contact);
    Result<qint64> version(const QString &user, const QString &domain) const;

private:
    Database &m_db;
};

} // namespace confab::storage
