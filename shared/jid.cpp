#include "shared/jid.h"
#include <QHash>

#include <QHostAddress>
#include <idna.h>
#include <stringprep.h>

#include <algorithm>
#include <cstdlib>

namespace confab {

namespace {

// RFC 7622 §3.2-3.4: every part is 1..1023 bytes of UTF-8 after preparation.
constexpr qsizetype MaxPartBytes = 1023;
// Preparation can shrink input (characters mapped to nothing), but not by this much in any
// real address; refusing earlier keeps a hostile megabyte-long "resource" from costing CPU.
constexpr qsizetype MaxInputBytes = 4 * MaxPartBytes;
constexpr qsizetype MaxLabelBytes = 63;

bool hasLoneSurrogate(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= s.size() || !s.at(i + 1).isLowSurrogate())
                return true;
            ++i;
        } else if (c.isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

// Runs one stringprep profile; nullopt on any STRINGPREP_* error (prohibited code point,
// bidi violation, result too long, ...).
std::optional<QString> runStringprep(QStringView in, const Stringprep_profile *profile)
{
    if (in.isEmpty() || in.contains(QChar(0)) || hasLoneSurrogate(in))
        return std::nullopt;
    QByteArray buf = in.toUtf8();
    if (buf.size() > MaxInputBytes)
        return std::nullopt;
    // The result is prepared in place; room for MaxPartBytes (plus NUL) is all a valid part needs,
    // so STRINGPREP_TOO_SMALL_BUFFER simply means "too long".
    const qsizetype inputBytes = buf.size();
    const qsizetype capacity = std::max(inputBytes, MaxPartBytes) + 1;
    buf.resize(capacity);
    buf[inputBytes] = '\0';
    // Unassigned code points are allowed (flags 0): Unicode 3.2 predates emoji, which deployed
    // clients put in resources (MUC nicknames) every day.
    const int rc =
        stringprep(buf.data(), static_cast<size_t>(capacity), Stringprep_profile_flags(0), profile);
    if (rc != STRINGPREP_OK)
        return std::nullopt;
    const QString out = QString::fromUtf8(buf.constData());
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

bool withinPartLimit(const QString &prepared)
{
    const qsizetype n = prepared.toUtf8().size();
    return n >= 1 && n <= MaxPartBytes;
}

std::optional<QString> prepareIpLiteral(QStringView domain)
{
    if (domain.startsWith(u'[')) {
        if (!domain.endsWith(u']'))
            return std::nullopt;
        QHostAddress addr;
        const QString inner = domain.mid(1, domain.size() - 2).toString();
        if (!addr.setAddress(inner) || addr.protocol() != QAbstractSocket::IPv6Protocol ||
            !addr.scopeId().isEmpty())
            return std::nullopt;
        // One canonical text per address, so [::1] and [0:0::1] are the same JID.
        return u'[' + addr.toString() + u']';
    }
    return std::nullopt;
}

bool isIpv4Literal(QStringView domain)
{
    // Dotted-quad only: QHostAddress also accepts "1" or "0x7f.1", which are host names here.
    const auto parts = domain.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QStringView p : parts) {
        if (p.isEmpty() || p.size() > 3)
            return false;
        for (const QChar c : p)
            if (c < u'0' || c > u'9')
                return false;
    }
    QHostAddress addr;
    return addr.setAddress(domain.toString()) && addr.protocol() == QAbstractSocket::IPv4Protocol;
}

// One DNS label after Nameprep: STD3 rules (letters, digits, hyphen, not at either end) for its
// ASCII form, and at most 63 bytes once converted to an A-label.
bool isValidLabel(const QString &label)
{
    if (label.isEmpty())
        return false;
    const QByteArray utf8 = label.toUtf8();
    char *ace = nullptr;
    const int rc = idna_to_ascii_8z(utf8.constData(), &ace, IDNA_USE_STD3_ASCII_RULES);
    bool ok = rc == IDNA_SUCCESS && ace != nullptr;
    if (ok) {
        const qsizetype n = qstrlen(ace);
        ok = n >= 1 && n <= MaxLabelBytes && !QByteArrayView(ace, n).contains('.');
    }
    std::free(ace);
    return ok;
}

} // namespace

std::optional<QString> Jid::prepareNode(QStringView node)
{
    auto out = runStringprep(node, stringprep_xmpp_nodeprep);
    if (!out || !withinPartLimit(*out))
        return std::nullopt;
    // Nodeprep prohibits these already; checked again because the JID syntax depends on it.
    static const QString prohibited = QStringLiteral("\"&'/:<>@");
    for (const QChar c : *out)
        if (prohibited.contains(c))
            return std::nullopt;
    return out;
}

std::optional<QString> Jid::prepareDomain(QStringView domain)
{
    if (domain.endsWith(u'.'))
        domain.chop(1); // RFC 7622 §3.2: a trailing dot is not part of the address
    if (domain.isEmpty())
        return std::nullopt;
    if (domain.startsWith(u'['))
        return prepareIpLiteral(domain);
    if (isIpv4Literal(domain))
        return domain.toString();
    QStringList labels;
    for (const QStringView label : domain.split(u'.')) {
        auto prepared = runStringprep(label, stringprep_nameprep);
        if (!prepared || !isValidLabel(*prepared))
            return std::nullopt;
        labels.append(*prepared);
    }
    QString out = labels.join(u'.');
    if (!withinPartLimit(out))
        return std::nullopt;
    return out;
}

std::optional<QString> Jid::prepareResource(QStringView resource)
{
    auto out = runStringprep(resource, stringprep_xmpp_resourceprep);
    if (!out || !withinPartLimit(*out))
        return std::nullopt;
    return out;
}

std::optional<Jid> Jid::parse(QStringView text)
{
    // Every routed stanza's to/from is parsed, and stringprep dominated the router's profile
    // (docs/performance.md); the same few addresses recur, so results (failures too) are kept per
    // thread. Bounded: a peer spraying distinct addresses only makes the cache start over.
    constexpr qsizetype MaxCached = 4096;
    thread_local QHash<QString, std::optional<Jid>> cache;
    const QString key = text.toString();
    if (auto it = cache.constFind(key); it != cache.cend())
        return *it;
    if (cache.size() >= MaxCached)
        cache.clear();
    std::optional<Jid> parsed = parseUncached(text);
    cache.insert(key, parsed);
    return parsed;
}

std::optional<Jid> Jid::parseUncached(QStringView text)
{
    // RFC 7622 §3.1: the resource is everything after the first '/', the node everything before
    // the first '@' of what remains; an '@' or '/' that is present demands a non-empty part.
    QStringView rest = text;
    QStringView resource;
    bool hasResource = false;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        resource = rest.mid(slash + 1);
        rest = rest.left(slash);
        hasResource = true;
    }
    QStringView node;
    bool hasNode = false;
    if (const qsizetype at = rest.indexOf(u'@'); at >= 0) {
        node = rest.left(at);
        rest = rest.mid(at + 1);
        hasNode = true;
    }
    if ((hasResource && resource.isEmpty()) || (hasNode && node.isEmpty()) || rest.isEmpty())
        return std::nullopt;
    return fromParts(node, rest, resource);
}

std::optional<Jid> Jid::fromParts(QStringView node, QStringView domain, QStringView resource)
{
    Jid jid;
    auto d = prepareDomain(domain);
    if (!d)
        return std::nullopt;
    jid.m_domain = *d;
    if (!node.isEmpty()) {
        auto n = prepareNode(node);
        if (!n)
            return std::nullopt;
        jid.m_node = *n;
    }
    if (!resource.isEmpty()) {
        auto r = prepareResource(resource);
        if (!r)
            return std::nullopt;
        jid.m_resource = *r;
    }
    return jid;
}

Jid Jid::bare() const
{
    Jid j = *this;
    j.m_resource.clear();
    return j;
}

Jid Jid::withResource(const QString &preparedResource) const
{
    Jid j = *this;
    j.m_resource = preparedResource;
    return j;
}

QString Jid::bareString() const
{
    if (m_node.isEmpty())
        return m_domain;
    return m_node + u'@' + m_domain;
}

QString Jid::toString() const
{
    if (m_resource.isEmpty())
        return bareString();
    return bareString() + u'/' + m_resource;
}

} // namespace confab
