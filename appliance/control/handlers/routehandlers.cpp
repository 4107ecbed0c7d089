// routes.list / add / update / remove / move: the ordered routing rules (first match wins)
#include "control/handlers.h"
#include "control/params.h"
#include "storage/routingrulestore.h"

#include <QJsonArray>

namespace confab::control {

namespace {

// The running s2s layer re-reads the policy (routing rules, TLS policy, trusted CAs).
void notifyPolicyChanged(const Call &call)
{
    if (call.ctx.policyChanged)
        call.ctx.policyChanged();
}

QJsonObject toJson(const storage::RoutingRule &r)
{
    return {{"id", r.id},           {"position", r.position}, {"pattern", r.pattern}, {"action", r.action},
            {"relay", r.relayHost}, {"port", r.relayPort},    {"comment", r.comment}};
}

Error ruleNotFound(qint64 id)
{
    return makeError(QStringLiteral("rule.not_found"),
                     QT_TRANSLATE_NOOP("Errors", "There is no routing rule {id}."), {{"id", id}});
}

// Fills `rule` from the params present; `requireAll` for add (pattern and action mandatory).
Status applyParams(const QJsonObject &p, storage::RoutingRule &rule, bool requireAll)
{
    const auto pattern = requireAll ? params::requiredString(p, "pattern")
                                    : params::optionalString(p, "pattern", rule.pattern);
    if (!pattern)
        return pattern.error();
    const auto action =
        requireAll ? params::requiredString(p, "action") : params::optionalString(p, "action", rule.action);
    if (!action)
        return action.error();
    if (*action != QLatin1String("relay") && *action != QLatin1String("refuse"))
        return params::invalid("action");
    const auto relay = params::optionalString(p, "relay", rule.relayHost);
    if (!relay)
        return relay.error();
    const auto port = params::optionalInt(p, "port", rule.relayPort, 0, 65535);
    if (!port)
        return port.error();
    const auto comment = params::optionalString(p, "comment", rule.comment);
    if (!comment)
        return comment.error();
    rule.pattern = pattern->trimmed().toLower();
    rule.action = *action;
    rule.relayHost = *action == QLatin1String("relay") ? relay->trimmed() : QString();
    rule.relayPort = *action == QLatin1String("relay") ? int(*port) : 0;
    rule.comment = *comment;
    if (rule.pattern.isEmpty())
        return params::invalid("pattern");
    if (rule.action == QLatin1String("relay") && rule.relayHost.isEmpty())
        return params::invalid("relay");
    return ok();
}

Result<QJsonValue> list(Call &call)
{
    QJsonArray out;
    for (const auto &r : storage::RoutingRuleStore(*call.ctx.db).list())
        out.append(toJson(r));
    return QJsonValue(out);
}

Result<QJsonValue> add(Call &call)
{
    storage::RoutingRule rule;
    const Status st = applyParams(call.params, rule, true);
    if (!st)
        return st.error();
    const auto position = params::optionalInt(call.params, "position", -1, -1, 1000000);
    if (!position)
        return position.error();
    const auto added = storage::RoutingRuleStore(*call.ctx.db).add(rule, int(*position));
    if (!added)
        return added.error();
    logChange(call, "ctrl.route_added",
              {{"id", added->id},
               {"pattern", added->pattern},
               {"action", added->action},
               {"relay", added->relayHost}});
    notifyPolicyChanged(call);
    return QJsonValue(toJson(*added));
}

std::optional<storage::RoutingRule> findRule(storage::Database &db, qint64 id)
{
    for (const auto &r : storage::RoutingRuleStore(db).list()) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

Result<QJsonValue> update(Call &call)
{
    const auto id = params::requiredInt(call.params, "id", 1, std::numeric_limits<qint64>::max());
    if (!id)
        return id.error();
    auto rule = findRule(*call.ctx.db, *id);
    if (!rule)
        return ruleNotFound(*id);
    const Status st = applyParams(call.params, *rule, false);
    if (!st)
        return st.error();
    const Status updated = storage::RoutingRuleStore(*call.ctx.db).update(*rule);
    if (!updated)
        return updated.error();
    logChange(
        call, "ctrl.route_updated",
        {{"id", rule->id}, {"pattern", rule->pattern}, {"action", rule->action}, {"relay", rule->relayHost}});
    notifyPolicyChanged(call);
    return QJsonValue(toJson(findRule(*call.ctx.db, *id).value_or(*rule)));
}

Result<QJsonValue> remove(Call &call)
{
    const auto id = params::requiredInt(call.params, "id", 1, std::numeric_limits<qint64>::max());
    if (!id)
        return id.error();
    const auto rule = findRule(*call.ctx.db, *id);
    if (!rule)
        return ruleNotFound(*id);
    const Status st = storage::RoutingRuleStore(*call.ctx.db).remove(*id);
    if (!st)
        return st.error();
    logChange(call, "ctrl.route_removed", {{"id", *id}, {"pattern", rule->pattern}});
    notifyPolicyChanged(call);
    return QJsonValue(QJsonObject{{"id", *id}});
}

Result<QJsonValue> move(Call &call)
{
    const auto id = params::requiredInt(call.params, "id", 1, std::numeric_limits<qint64>::max());
    if (!id)
        return id.error();
    const auto position = params::requiredInt(call.params, "position", 0, 1000000);
    if (!position)
        return position.error();
    if (!findRule(*call.ctx.db, *id))
        return ruleNotFound(*id);
    const Status st = storage::RoutingRuleStore(*call.ctx.db).move(*id, int(*position));
    if (!st)
        return st.error();
    const auto moved = findRule(*call.ctx.db, *id);
    logChange(call, "ctrl.route_moved",
              {{"id", *id}, {"position", moved ? moved->position : int(*position)}});
    notifyPolicyChanged(call);
    return QJsonValue(moved ? toJson(*moved) : QJsonObject{{"id", *id}});
}

} // namespace

void addRouteMethods(MethodTable &table)
{
    table.add("routes.list", list);
    table.add("routes.add", add);
    table.add("routes.update", update);
    table.add("routes.remove", remove);
    table.add("routes.move", move);
}

} // namespace confab::control
