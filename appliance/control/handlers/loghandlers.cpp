// log.tail / subscribe / unsubscribe
#include "control/controlconnection.h"
#include "control/handlers.h"
#include "control/params.h"
#include "log/logger.h"

#include <QJsonArray>

namespace confab::control {

namespace {

Result<QJsonValue> tail(Call &call)
{
    const auto limit = params::optionalInt(call.params, "limit", 100, 0, 100000);
    if (!limit)
        return limit.error();
    QJsonArray out;
    if (call.ctx.logger) {
        for (const auto &record : call.ctx.logger->tail(int(*limit)))
            out.append(record.toJson());
    }
    return QJsonValue(out);
}

Result<QJsonValue> subscribe(Call &call)
{
    call.connection.subscribe(QStringLiteral("log"));
    return QJsonValue(QJsonObject{{"subscribed", true}});
}

Result<QJsonValue> unsubscribe(Call &call)
{
    call.connection.unsubscribe(QStringLiteral("log"));
    return QJsonValue(QJsonObject{{"subscribed", false}});
}

} // namespace

void addLogMethods(MethodTable &table)
{
    table.add("log.tail", tail);
    table.add("log.subscribe", subscribe);
    table.add("log.unsubscribe", unsubscribe);
}

} // namespace confab::control
