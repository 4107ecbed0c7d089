#include "auth/saslprep.h"

#include <stringprep.h>

#include <cstdlib>

namespace confab::auth {

std::optional<QByteArray> saslPrep(const QString &input)
{
    const QByteArray utf8 = input.toUtf8();
    // stringprep works on C strings; an embedded NUL would silently truncate the input, and U+0000
    // is a prohibited ASCII control character (RFC 4013 §2.3, table C.2.1) anyway.
    if (utf8.contains('\0'))
        return std::nullopt;
    char *out = nullptr;
    // Flags 0 = the "query" variant (unassigned code points allowed, RFC 3454 §7): the same
    // preparation must apply when a password is stored and when it is checked, and refusing
    // everything unassigned in Unicode 3.2 would reject most emoji passwords.
    const int rc = stringprep_profile(utf8.constData(), &out, "SASLprep", Stringprep_profile_flags(0));
    if (rc != STRINGPREP_OK) {
        std::free(out);
        return std::nullopt;
    }
    QByteArray prepared(out);
    std::free(out);
    return prepared;
}

} // namespace confab::auth
