#pragma once
// Where stanzas for a remote domain go: the admin's ordered routing rules (the seed's Router) decide
// relay or refusal before DNS is asked; no matching rule means ordinary DNS resolution.
#include "storage/routingrulestore.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace confab::s2s {

inline constexpr quint16 DefaultServerPort = 5269;

struct Route
{
    enum Kind { Dns, Relay, Refuse } kind = Dns;
    QString host; // Relay: the relay's host name or address
    quint16 port = DefaultServerPort;
    qint64 ruleId = 0; // the rule that matched; 0 for Dns
};

// '*' matches any run of characters (including none and including dots); every other character
// matches itself case-insensitively. "*" alone matches every domain. Callers pass domains already
// prepared (nameprep / lower-case A- or U-labels as stored); no IDN conversion happens here.
bool patternMatches(QStringView pattern, QStringView domain);

class RoutingRules
{
public:
    void setRules(const QList<storage::RoutingRule> &rules); // in rule order (position)
    Route route(const QString &domain) const;                // first matching rule wins
    const QList<storage::RoutingRule> &rules() const { return m_rules; }

private:
    QList<storage::RoutingRule> m_rules;
};

} // namespace confab::s2s
