// sessions.list / disconnect / subscribe / unsubscribe; server.status
#include "control/controlconnection.h"
#include "control/handlers.h"
#include "control/params.h"
#include "storage/accountstore.h"
#include "storage/domainstore.h"

#include <QJsonArray>

namespace confab::control {

namespace {

Result<QJsonValue> status(Call &call)
{
    QJsonObject out = call.ctx.status ? call.ctx.status() : QJsonObject();
    // The counts the control socket can answer itself, unless the server reported its own.
    if (!out.contains("version"))
        out.insert("version", call.ctx.version);
    if (!out.contains("domains"))
        out.insert("domains", int(storage::DomainStore(*call.ctx.db).list().size()));
    if (!out.contains("accounts"))
        out.insert("accounts", storage::AccountStore(*call.ctx.db).count());
    return QJsonValue(out);
}

Result<QJsonValue> list(Call &call)
{
    return QJsonValue(call.ctx.sessions ? call.ctx.sessions() : QJsonArray());
}

Result<QJsonValue> disconnect(Call &call)
{
    // Session ids are strings; a script may pass a connection number.
    QJsonObject p = call.params;
    if (p.value("id").isDouble())
        p.insert("id", QString::number(qint64(p.value("id").toDouble())));
    const auto id = params::requiredString(p, "id");
    if (!id)
        return id.error();
    if (!call.ctx.disconnect || !call.ctx.disconnect(*id))
        return makeError(QStringLiteral("session.not_found"),
                         QT_TRANSLATE_NOOP("Errors", "There is no session {id}."), {{"id", *id}});
    logChange(call, "ctrl.session_disconnected", {{"id", *id}});
    return QJsonValue(QJsonObject{{"id", *id}});
}

Result<QJsonValue> subscribe(Call &call)
{
    call.connection.subscribe(QStringLiteral("session"));
    return QJsonValue(QJsonObject{{"subscribed", true}});
}

Result<QJsonValue> unsubscribe(Call &call)
{
    call.connection.unsubscribe(QStringLiteral("session"));
    return QJsonValue(QJsonObject{{"subscribed", false}});
}

} // namespace

void addServerMethods(MethodTable &table)
{
    table.add("server.status", status);
}

void addSessionMethods(MethodTable &table)
{
    table.add("sessions.list", list);
    table.add("sessions.disconnect", disconnect);
    table.add("sessions.subscribe", subscribe);
    table.add("sessions.unsubscribe", unsubscribe);
}

} // namespace confab::control
