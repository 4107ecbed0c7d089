#include "storage/routingrulestore.h"

#include "storage/database.h"
#include "storage/patterns.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>

namespace confab::storage {

namespace {

const QString relayAction = QStringLiteral("relay");
const QString refuseAction = QStringLiteral("refuse");

Error ruleInvalid(const char *text, const QJsonObject &args = {})
{
    return makeError(QStringLiteral("rule.invalid"), text, args);
}

Error ruleNotFound(qint64 id)
{
    return makeError(QStringLiteral("rule.not_found"),
                     QT_TRANSLATE_NOOP("Errors", "Routing rule {id} does not exist"),
                     {{QStringLiteral("id"), id}});
}

// The rule as stored (pattern and host lowercased, relay fields cleared for refuse), or rule.invalid.
Result<RoutingRule> normalized(RoutingRule rule)
{
    const auto pattern = normalizeDomainPattern(rule.pattern);
    if (!pattern)
        return ruleInvalid(QT_TRANSLATE_NOOP("Errors", "{pattern} is not a valid domain pattern"),
                           {{QStringLiteral("pattern"), rule.pattern}});
    rule.pattern = *pattern;
    if (rule.action == refuseAction) {
        rule.relayHost.clear();
        rule.relayPort = 0;
        return rule;
    }
    if (rule.action != relayAction)
        return ruleInvalid(QT_TRANSLATE_NOOP("Errors", "Unknown routing action {action}"),
                           {{QStringLiteral("action"), rule.action}});
    if (rule.relayHost.isEmpty())
        return ruleInvalid(QT_TRANSLATE_NOOP("Errors", "A relay rule needs a relay host"));
    const auto host = normalizeHost(rule.relayHost);
    if (!host)
        return ruleInvalid(QT_TRANSLATE_NOOP("Errors", "{host} is not a valid relay host"),
                           {{QStringLiteral("host"), rule.relayHost}});
    if (rule.relayPort < 0 || rule.relayPort > 65535)
        return ruleInvalid(QT_TRANSLATE_NOOP("Errors", "{port} is not a valid port"),
                           {{QStringLiteral("port"), rule.relayPort}});
    rule.relayHost = *host;
    return rule;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? sql::nullText() : QVariant(text);
}

// Rule ids in list order.
Result<QList<qint64>> orderedIds(const QSqlDatabase &db)
{
    auto query = sql::run(db, QStringLiteral("SELECT id FROM routing_rules ORDER BY position, id"));
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query.value().next())
        ids << query.value().value(0).toLongLong();
    return ids;
}

// Writes positions 0..n-1 in the given order, touching only rows whose position changes.
Status renumber(const QSqlDatabase &db, const QList<qint64> &ids)
{
    for (int i = 0; i < ids.size(); ++i) {
        auto r = sql::run(
            db, QStringLiteral("UPDATE routing_rules SET position = ? WHERE id = ? AND position <> ?"),
            {i, ids.at(i), i});
        if (!r)
            return r.error();
    }
    return ok();
}

} // namespace

QList<RoutingRule> RoutingRuleStore::list() const
{
    QList<RoutingRule> rules;
    auto query =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT id, position, pattern, action, relay_host, relay_port, comment"
                                " FROM routing_rules ORDER BY position, id"));
    if (!query)
        return rules;
    QSqlQuery &q = query.value();
    while (q.next()) {
        rules << RoutingRule{q.value(0).toLongLong(), q.value(1).toInt(),    q.value(2).toString(),
                             q.value(3).toString(),   q.value(4).toString(), q.value(5).toInt(),
                             q.value(6).toString()};
    }
    return rules;
}

Result<RoutingRule> RoutingRuleStore::add(const RoutingRule &input, int position)
{
    auto rule = normalized(input);
    if (!rule)
        return rule.error();
    const QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto ids = orderedIds(db);
    if (!ids)
        return ids.error();
    const int count = int(ids.value().size());
    rule.value().position = (position < 0 || position > count) ? count : position;
    auto nextId = sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM routing_rules"));
    if (!nextId)
        return nextId.error();
    rule.value().id = nextId.value().toLongLong();
    ids.value().insert(rule.value().position, rule.value().id);
    const RoutingRule &r = rule.value();
    auto inserted = sql::run(
        db,
        QStringLiteral("INSERT INTO routing_rules (id, position, pattern, action, relay_host,"
                       " relay_port, comment) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {r.id, r.position, r.pattern, r.action, textOrNull(r.relayHost), r.relayPort, textOrNull(r.comment)});
    if (!inserted)
        return inserted.error();
    if (auto s = renumber(db, ids.value()); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return rule;
}

Status RoutingRuleStore::update(const RoutingRule &input)
{
    auto rule = normalized(input);
    if (!rule)
        return rule.error();
    const RoutingRule &r = rule.value();
    // The position is left alone: reordering is move()'s job.
    auto updated =
        sql::run(m_db.connection(),
                 QStringLiteral("UPDATE routing_rules SET pattern = ?, action = ?, relay_host = ?,"
                                " relay_port = ?, comment = ? WHERE id = ?"),
                 {r.pattern, r.action, textOrNull(r.relayHost), r.relayPort, textOrNull(r.comment), r.id});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() == 0)
        return ruleNotFound(r.id);
    return ok();
}

Status RoutingRuleStore::remove(qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    auto removed = sql::run(db, QStringLiteral("DELETE FROM routing_rules WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    if (removed.value().numRowsAffected() == 0)
        return ruleNotFound(id);
    auto ids = orderedIds(db);
    if (!ids)
        return ids.error();
    if (auto s = renumber(db, ids.value()); !s)
        return s;
    return tx.commit();
}

Status RoutingRuleStore::move(qint64 id, int newPosition)
{
    const QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    auto ids = orderedIds(db);
    if (!ids)
        return ids.error();
    QList<qint64> &order = ids.value();
    if (!order.removeOne(id))
        return ruleNotFound(id);
    order.insert(qBound(0, newPosition, int(order.size())), id);
    if (auto s = renumber(db, order); !s)
        return s;
    return tx.commit();
}

} // namespace confab::storage
