#pragma once
// SASLprep (RFC 4013) via libidn's stringprep, for passwords and SASL simple user names.
#include <QByteArray>
#include <QString>
#include <optional>

namespace confab::auth {
// UTF-8 of the prepared string, or nullopt when the input has prohibited code points.
std::optional<QByteArray> saslPrep(const QString &input);
} // namespace confab::auth
