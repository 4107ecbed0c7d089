#pragma once
// confabctl's commands: a table of (group, subcommand) -> handler. A handler gets the arguments
// after the subcommand and an open (and, unless it is `setup`, authenticated) connection.
#include "ctl/cli.h"
#include "ctl/connection.h"

namespace confab::ctl {

using CommandFn = int (*)(Connection &connection, const Args &args);

struct Command
{
    const char *group;
    const char *sub;   // nullptr: the group is the whole command (status, setup)
    const char *usage; // arguments after "group sub"
    CommandFn run;
    int minArgs = 0; // positional arguments, checked before connecting
    int maxArgs = 0;
    const char *valueOptions = ""; // space-separated options that take a value
    const char *flags = "";        // space-separated options without a value
    bool needsAuth = true;
};

// Finds the command for `words` (group [sub] args...); nullptr when there is none.
const Command *findCommand(const QStringList &words, QStringList &args);
QString usageText();
// Prints "usage: confabctl <group> <sub> <usage>" and returns ExitUsage.
int usageError(const char *group, const char *sub, const QString &problem = {});

// Runs the whole command line; returns the exit code.
int run(const QStringList &argv);

// Handlers (admincommands.cpp, policycommands.cpp).
int cmdSetup(Connection &c, const Args &args);
int cmdStatus(Connection &c, const Args &args);
int cmdDomainList(Connection &c, const Args &args);
int cmdDomainAdd(Connection &c, const Args &args);
int cmdDomainRemove(Connection &c, const Args &args);
int cmdDomainShow(Connection &c, const Args &args);
int cmdDomainSet(Connection &c, const Args &args);
int cmdDomainUnset(Connection &c, const Args &args);
int cmdUserList(Connection &c, const Args &args);
int cmdUserAdd(Connection &c, const Args &args);
int cmdUserPasswd(Connection &c, const Args &args);
int cmdUserRemove(Connection &c, const Args &args);
int cmdUserDisable(Connection &c, const Args &args);
int cmdUserEnable(Connection &c, const Args &args);
int cmdSettingsList(Connection &c, const Args &args);
int cmdSettingsGet(Connection &c, const Args &args);
int cmdSettingsSet(Connection &c, const Args &args);
int cmdSettingsUnset(Connection &c, const Args &args);
int cmdRouteList(Connection &c, const Args &args);
int cmdRouteAdd(Connection &c, const Args &args);
int cmdRouteRefuse(Connection &c, const Args &args);
int cmdRouteRemove(Connection &c, const Args &args);
int cmdRouteMove(Connection &c, const Args &args);
int cmdTlsRequire(Connection &c, const Args &args);
int cmdTlsList(Connection &c, const Args &args);
int cmdTlsRemove(Connection &c, const Args &args);
int cmdTrustAdd(Connection &c, const Args &args);
int cmdCertImport(Connection &c, const Args &args);
int cmdTrustList(Connection &c, const Args &args);
int cmdTrustRemove(Connection &c, const Args &args);
int cmdSessionsList(Connection &c, const Args &args);
int cmdSessionsKill(Connection &c, const Args &args);
int cmdLogTail(Connection &c, const Args &args);

// Prints the result as JSON under --json, else calls `human`. Returns the exit code.
template <typename F> int report(Connection &c, const std::optional<QJsonValue> &result, F human);

} // namespace confab::ctl

#include "ctl/output.h"

template <typename F> int confab::ctl::report(Connection &c, const std::optional<QJsonValue> &result, F human)
{
    if (!result)
        return c.exitCode();
    if (c.options().json)
        printJson(*result);
    else
        human(*result);
    return ExitOk;
}
