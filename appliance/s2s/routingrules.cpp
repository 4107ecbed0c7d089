#include "s2s/routingrules.h"

#include <algorithm>

namespace confab::s2s {

namespace {

bool sameChar(QChar a, QChar b)
{
    return a == b || a.toCaseFolded() == b.toCaseFolded();
}

} // namespace

bool patternMatches(QStringView pattern, QStringView domain)
{
    // Iterative glob match with single-star backtracking: linear in practice, no recursion an
    // admin-entered pattern like "*a*a*a*" could blow up.
    qsizetype p = 0, d = 0;
    qsizetype starP = -1, starD = 0;
    while (d < domain.size()) {
        if (p < pattern.size() && pattern[p] == u'*') {
            starP = p++;
            starD = d;
        } else if (p < pattern.size() && sameChar(pattern[p], domain[d])) {
            ++p;
            ++d;
        } else if (starP >= 0) {
            p = starP + 1;
            d = ++starD;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

void RoutingRules::setRules(const QList<storage::RoutingRule> &rules)
{
    m_rules = rules;
    // The store returns them in order already; sorting again keeps a hand-built list honest.
    std::stable_sort(
        m_rules.begin(), m_rules.end(),
        [](const storage::RoutingRule &a, const storage::RoutingRule &b) { return a.position < b.position; });
}

Route RoutingRules::route(const QString &domain) const
{
    for (const storage::RoutingRule &rule : m_rules) {
        if (!patternMatches(rule.pattern, domain))
            continue;
        Route r;
        r.ruleId = rule.id;
        if (rule.action == QLatin1String("refuse")) {
            r.kind = Route::Refuse;
            return r;
        }
        if (rule.action == QLatin1String("relay") && !rule.relayHost.isEmpty()) {
            r.kind = Route::Relay;
            // The store keeps IPv6 literals bracketed ("[::1]"); sockets want the bare address.
            r.host = rule.relayHost;
            if (r.host.startsWith(u'[') && r.host.endsWith(u']'))
                r.host = r.host.mid(1, r.host.size() - 2);
            if (rule.relayPort > 0 && rule.relayPort <= 65535)
                r.port = quint16(rule.relayPort);
            return r;
        }
        // A rule the store should never have accepted: refusing is the safe reading (nothing leaves
        // for a domain the admin meant to handle specially).
        r.kind = Route::Refuse;
        return r;
    }
    return Route{};
}

} // namespace confab::s2s
