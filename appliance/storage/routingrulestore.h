#pragma once
// The seed's Router: an ordered list of rules mapping a domain pattern (with `*` wildcards) to a
// relay host[:port], or marking it refused. First match wins.
#include "shared/error.h"
#include <QList>
#include <QString>

namespace confab::storage {
class Database;

struct RoutingRule
{
    qint64 id = 0;
    int position = 0;   // 0-based order
    QString pattern;    // e.g. "company.dom", "*.company.dom", "*"
    QString action;     // "relay" or "refuse"
    QString relayHost;  // for relay
    int relayPort = 0;  // 0 = default 5269
    QString comment;
};

class RoutingRuleStore
{
public:
    explicit RoutingRuleStore(Database &db) : m_db(db) {}
    QList<RoutingRule> list() const; // in order
    Result<RoutingRule> add(const RoutingRule &rule, int position = -1); // -1 = append; rule.invalid
    Status update(const RoutingRule &rule);                                // by id; rule.not_found
    Status remove(qint64 id);
    Status move(qint64 id, int newPosition); // clamps to the list
private:
    Database &m_db;
};
} // namespace confab::storage
