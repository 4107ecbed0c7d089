// Jid::parse (RFC 7622 + stringprep) on arbitrary text. Invariant: a parsed JID is stable — its
// string form parses again to the same JID (what the router relies on when it keys by JID).
#include "shared/jid.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto jid = confab::Jid::parse(text);
    if (!jid)
        return 0;
    const auto again = confab::Jid::parse(jid->toString());
    if (!again || *again != *jid)
        abort();
    (void)confab::Jid::parse(jid->bareString());
    return 0;
}
