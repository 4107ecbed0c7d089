#include "ctl/commands.h"

#include <cstring>

namespace confab::ctl {

namespace {

// Usage strings are translated when printed (tr) and are extracted from here by lupdate.
const Command Commands[] = {
    // group, sub, usage, handler, min and max positional arguments, value options, flags, needs auth
    {"setup", nullptr, QT_TRANSLATE_NOOP("confabctl", "[--admin-password-file FILE] [--domain DOMAIN]"),
     cmdSetup, 0, 0, "--domain", "", false},
    {"status", nullptr, "", cmdStatus},
    {"domain", "list", "", cmdDomainList},
    {"domain", "add", QT_TRANSLATE_NOOP("confabctl", "DOMAIN"), cmdDomainAdd, 1, 1},
    {"domain", "remove", QT_TRANSLATE_NOOP("confabctl", "DOMAIN"), cmdDomainRemove, 1, 1},
    {"domain", "show", QT_TRANSLATE_NOOP("confabctl", "DOMAIN"), cmdDomainShow, 1, 1},
    {"domain", "set", QT_TRANSLATE_NOOP("confabctl", "DOMAIN KEY VALUE"), cmdDomainSet, 3, 3},
    {"domain", "unset", QT_TRANSLATE_NOOP("confabctl", "DOMAIN KEY"), cmdDomainUnset, 2, 2},
    {"user", "list", QT_TRANSLATE_NOOP("confabctl", "[DOMAIN] [--search TEXT] [--limit N] [--offset N]"),
     cmdUserList, 0, 1, "--search --limit --offset"},
    {"user", "add", QT_TRANSLATE_NOOP("confabctl", "JID [--password-file FILE]"), cmdUserAdd, 1, 1,
     "--password-file"},
    {"user", "passwd", QT_TRANSLATE_NOOP("confabctl", "JID [--password-file FILE]"), cmdUserPasswd, 1, 1,
     "--password-file"},
    {"user", "remove", QT_TRANSLATE_NOOP("confabctl", "JID"), cmdUserRemove, 1, 1},
    {"user", "disable", QT_TRANSLATE_NOOP("confabctl", "JID"), cmdUserDisable, 1, 1},
    {"user", "enable", QT_TRANSLATE_NOOP("confabctl", "JID"), cmdUserEnable, 1, 1},
    {"settings", "list", "", cmdSettingsList},
    {"settings", "get", QT_TRANSLATE_NOOP("confabctl", "KEY"), cmdSettingsGet, 1, 1},
    {"settings", "set", QT_TRANSLATE_NOOP("confabctl", "KEY VALUE"), cmdSettingsSet, 2, 2},
    {"settings", "unset", QT_TRANSLATE_NOOP("confabctl", "KEY"), cmdSettingsUnset, 1, 1},
    {"route", "list", "", cmdRouteList},
    {"route", "add", QT_TRANSLATE_NOOP("confabctl", "PATTERN RELAY[:PORT] [--position N] [--comment TEXT]"),
     cmdRouteAdd, 2, 2, "--position --comment"},
    {"route", "refuse", QT_TRANSLATE_NOOP("confabctl", "PATTERN [--position N] [--comment TEXT]"),
     cmdRouteRefuse, 1, 1, "--position --comment"},
    {"route", "remove", QT_TRANSLATE_NOOP("confabctl", "ID"), cmdRouteRemove, 1, 1},
    {"route", "move", QT_TRANSLATE_NOOP("confabctl", "ID POSITION"), cmdRouteMove, 2, 2},
    {"tls", "require", QT_TRANSLATE_NOOP("confabctl", "PATTERN"), cmdTlsRequire, 1, 1},
    {"tls", "list", "", cmdTlsList},
    {"tls", "remove", QT_TRANSLATE_NOOP("confabctl", "PATTERN"), cmdTlsRemove, 1, 1},
    {"cert", "import", QT_TRANSLATE_NOOP("confabctl", "DOMAIN CERT.pem KEY.pem"), cmdCertImport, 3, 3},
    {"trust", "add", QT_TRANSLATE_NOOP("confabctl", "CA.pem"), cmdTrustAdd, 1, 1},
    {"trust", "list", "", cmdTrustList},
    {"trust", "remove", QT_TRANSLATE_NOOP("confabctl", "ID"), cmdTrustRemove, 1, 1},
    {"sessions", "list", "", cmdSessionsList},
    {"sessions", "kill", QT_TRANSLATE_NOOP("confabctl", "ID"), cmdSessionsKill, 1, 1},
    {"log", "tail", QT_TRANSLATE_NOOP("confabctl", "[-n N] [-f]"), cmdLogTail, 0, 0, "-n", "-f"},
};

QString commandLine(const Command &c)
{
    QString line = QStringLiteral("confabctl ") + QLatin1String(c.group);
    if (c.sub)
        line += QLatin1Char(' ') + QLatin1String(c.sub);
    if (*c.usage)
        line += QLatin1Char(' ') + tr(c.usage);
    return line;
}

} // namespace

const Command *findCommand(const QStringList &words, QStringList &args)
{
    if (words.isEmpty())
        return nullptr;
    for (const Command &c : Commands) {
        if (words[0] != QLatin1String(c.group))
            continue;
        if (!c.sub) {
            args = words.mid(1);
            return &c;
        }
        if (words.size() > 1 && words[1] == QLatin1String(c.sub)) {
            args = words.mid(2);
            return &c;
        }
    }
    return nullptr;
}

QString usageText()
{
    QStringList lines{
        tr("Usage: confabctl [--data-dir DIR | --socket PATH] [--json] [--admin-password-file FILE] COMMAND "
           "..."),
        QString(),
        tr("Talks to confabd over its control socket. The admin password comes from --admin-password-file,"),
        tr("else from the environment variable CONFAB_ADMIN_PASSWORD, else from a prompt on the terminal."),
        QString(),
        tr("Commands:"),
    };
    for (const Command &c : Commands)
        lines.append(QStringLiteral("  ") + commandLine(c));
    lines << QString()
          << tr("Exit codes: 0 success, 1 confabd reported an error, 2 usage error, 3 cannot connect to "
                "confabd,")
          << tr("4 authentication failed.");
    return lines.join(QLatin1Char('\n'));
}

int usageError(const char *group, const char *sub, const QString &problem)
{
    if (!problem.isEmpty())
        printError(problem);
    for (const Command &c : Commands) {
        if (std::strcmp(c.group, group) == 0 &&
            ((!c.sub && !sub) || (c.sub && sub && std::strcmp(c.sub, sub) == 0))) {
            printError(tr("usage: %1").arg(commandLine(c)));
            break;
        }
    }
    return ExitUsage;
}

int run(const QStringList &argv)
{
    GlobalOptions options;
    const QString optionError = parseGlobalOptions(argv, options);
    if (!optionError.isEmpty()) {
        printError(optionError);
        return ExitUsage;
    }
    if (options.help || options.command.isEmpty()) {
        const QByteArray text = (usageText() + QLatin1Char('\n')).toLocal8Bit();
        std::fputs(text.constData(), options.help ? stdout : stderr);
        return options.help ? ExitOk : ExitUsage;
    }
    QStringList args;
    const Command *command = findCommand(options.command, args);
    if (!command) {
        printError(tr("unknown command: %1 (see confabctl --help)")
                       .arg(options.command.mid(0, 2).join(QLatin1Char(' '))));
        return ExitUsage;
    }
    const Args parsed =
        parseArgs(args, QString::fromLatin1(command->valueOptions).split(u' ', Qt::SkipEmptyParts),
                  QString::fromLatin1(command->flags).split(u' ', Qt::SkipEmptyParts));
    if (!parsed.error.isEmpty())
        return usageError(command->group, command->sub, parsed.error);
    if (parsed.positional.size() < command->minArgs || parsed.positional.size() > command->maxArgs)
        return usageError(command->group, command->sub);
    Connection connection(options);
    if (const int rc = connection.open(); rc != ExitOk)
        return rc;
    if (command->needsAuth) {
        if (const int rc = connection.authenticate(); rc != ExitOk)
            return rc;
    }
    return command->run(connection, parsed);
}

} // namespace confab::ctl
