#pragma once
// XMPP addresses (RFC 7622 syntax). Preparation follows what the deployed network uses, as Prosody
// does: libidn stringprep Nodeprep / Nameprep / Resourceprep (RFC 6122 profiles), plus RFC 7622's
// rules: each part 1..1023 bytes of UTF-8, domain without trailing dot, IP literals allowed.
#include <QHashFunctions>
#include <QString>
#include <QStringView>
#include <optional>

namespace confab {

class Jid
{
public:
    Jid() = default;
    // Parses and prepares; nullopt when invalid.
    static std::optional<Jid> parse(QStringView text);
    // Builds from parts (each prepared); nullopt when a part is invalid. Empty node/resource = absent.
    static std::optional<Jid> fromParts(QStringView node, QStringView domain, QStringView resource = {});

    static std::optional<QString> prepareNode(QStringView node);
    static std::optional<QString> prepareDomain(QStringView domain);
    static std::optional<QString> prepareResource(QStringView resource);

    const QString &node() const { return m_node; }
    const QString &domain() const { return m_domain; }
    const QString &resource() const { return m_resource; }
    bool isValid() const { return !m_domain.isEmpty(); }
    bool isBare() const { return m_resource.isEmpty(); }
    bool isDomain() const { return m_node.isEmpty() && m_resource.isEmpty(); }
    Jid bare() const;
    Jid withResource(const QString &preparedResource) const;
    QString toString() const; // full form
    QString bareString() const;

    friend bool operator==(const Jid &a, const Jid &b)
    {
        return a.m_node == b.m_node && a.m_domain == b.m_domain && a.m_resource == b.m_resource;
    }
    friend bool operator!=(const Jid &a, const Jid &b) { return !(a == b); }

private:
    static std::optional<Jid> parseUncached(QStringView text);
    QString m_node, m_domain, m_resource;
};

inline size_t qHash(const Jid &jid, size_t seed = 0)
{
    return qHashMulti(seed, jid.node(), jid.domain(), jid.resource());
}

} // namespace confab
