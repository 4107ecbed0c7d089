#include "modules/rosterpush.h"
#include "core/session.h"
#include "core/sessionmanager.h"
#include "xml/namespaces.h"
#include <QUuid>

namespace confab::modules::roster {

xml::Element itemElement(const storage::RosterItem &item, bool removed)
{
    xml::Element el(QStringLiteral("item"), Ns);
    el.setAttr(QStringLiteral("jid"), item.contact);
    if (removed) {
        el.setAttr(QStringLiteral("subscription"), QStringLiteral("remove"));
        return el;
    }
    if (!item.name.isEmpty())
        el.setAttr(QStringLiteral("name"), item.name);
    el.setAttr(QStringLiteral("subscription"), item.subscriptionName());
    if (item.ask)
        el.setAttr(QStringLiteral("ask"), QStringLiteral("subscribe"));
    if (item.approved)
        el.setAttr(QStringLiteral("approved"), QStringLiteral("true"));
    for (const QString &group : item.groups)
        el.addChild(QStringLiteral("group"), Ns).addText(group);
    return el;
}

void push(core::SessionManager &sessions, const Jid &user, const storage::RosterItem &item, qint64 version,
          bool removed)
{
    for (core::Session *s : sessions.sessionsOf(user)) {
        if (!s->isInterested())
            continue;
        xml::Element iq(QStringLiteral("iq"), xml::ns::Client);
        iq.setAttr(QStringLiteral("type"), QStringLiteral("set"));
        iq.setAttr(QStringLiteral("id"),
                   QStringLiteral("push-") + QUuid::createUuid().toString(QUuid::Id128).left(12));
        iq.setAttr(QStringLiteral("to"), s->jid().toString());
        xml::Element &query = iq.addChild(QStringLiteral("query"), Ns);
        query.setAttr(QStringLiteral("ver"), QString::number(version));
        query.addChild(itemElement(item, removed));
        s->deliver(iq);
    }
}

} // namespace confab::modules::roster
