#include "storage/patterns.h"

namespace confab::storage {

namespace {

constexpr qsizetype MaxDomainLength = 1023; // RFC 7622 §3.2: domainpart up to 1023 octets

// Empty labels ("a..b", ".a", "a.") are not domain names.
bool hasEmptyLabel(const QString &name)
{
    return name.startsWith(u'.') || name.endsWith(u'.') || name.contains(QLatin1String(".."));
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

} // namespace

std::optional<QString> normalizeDomainPattern(const QString &pattern)
{
    if (pattern.isEmpty() || pattern.size() > MaxDomainLength || hasEmptyLabel(pattern))
        return std::nullopt;
    for (const QChar c : pattern) {
        // Letters and digits of any script: internationalized domains are stored as Unicode.
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u'*'))
            return std::nullopt;
    }
    return pattern.toLower();
}

std::optional<QString> normalizeHost(const QString &host)
{
    if (host.isEmpty() || host.size() > MaxDomainLength)
        return std::nullopt;
    if (host.startsWith(u'[')) { // IPv6 literal
        if (!host.endsWith(u']') || host.size() < 4)
            return std::nullopt;
        for (const QChar c : QStringView(host).mid(1, host.size() - 2)) {
            if (!(isHexDigit(c) || c == u':' || c == u'.'))
                return std::nullopt;
        }
        return host.toLower();
    }
    if (hasEmptyLabel(host))
        return std::nullopt;
    for (const QChar c : host) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'.'))
            return std::nullopt;
    }
    return host.toLower();
}

} // namespace confab::storage
