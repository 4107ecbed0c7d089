#pragma once
// Where confabctl takes passwords from. Never argv: command lines are visible to every local user
// (ps, /proc) and land in shell history.
#include <QString>
#include <optional>

namespace confab::ctl {

// The first line of `path` (without its line end); error text in `error` on failure.
std::optional<QString> readPasswordFile(const QString &path, QString &error);
// Prompts on the terminal without echo; nullopt when stdin is not a terminal.
std::optional<QString> promptPassword(const QString &prompt);
// Prompts twice and insists on the same answer; nullopt (with `error`) when not a terminal or different.
std::optional<QString> promptNewPassword(const QString &prompt, QString &error);

// The admin password: --admin-password-file, else $CONFAB_ADMIN_PASSWORD, else a prompt.
std::optional<QString> adminPassword(const QString &passwordFile, QString &error);

} // namespace confab::ctl
