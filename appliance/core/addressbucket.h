#pragma once
// The key under which per-address limits count a peer (connections per minute, authentication
// failures, registrations). One subscriber usually gets a whole IPv6 /64 and can use any address in
// it, so counting IPv6 per address would let one host rotate past every limit; IPv4 addresses (and
// IPv4-mapped IPv6 ones, ::ffff:a.b.c.d, which are the same host) count on their own.
#include <QHostAddress>
#include <QString>

namespace confab::core {

// "192.0.2.7" for IPv4 and IPv4-mapped IPv6; "2001:db8:1:2::/64" for other IPv6; a string that is
// not an address is returned unchanged (so it still counts, on its own).
QString addressBucket(const QHostAddress &address);
QString addressBucket(const QString &address);

} // namespace confab::core
