#include "core/addressbucket.h"

namespace confab::core {

QString addressBucket(const QHostAddress &address)
{
    if (address.isNull())
        return QString();
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also unwraps ::ffff:a.b.c.d
    if (isV4)
        return QHostAddress(v4).toString();
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

QString addressBucket(const QString &address)
{
    const QHostAddress parsed(address);
    return parsed.isNull() ? address : addressBucket(parsed);
}

} // namespace confab::core
