// setup, status, domain *, user *, settings *
#include "ctl/commands.h"
#include "ctl/passwords.h"

#include <QJsonObject>

namespace confab::ctl {

int cmdSetup(Connection &c, const Args &args)
{
    QString error;
    std::optional<QString> password;
    if (!c.options().adminPasswordFile.isEmpty())
        password = readPasswordFile(c.options().adminPasswordFile, error);
    else if (qEnvironmentVariableIsSet("CONFAB_ADMIN_PASSWORD"))
        password = qEnvironmentVariable("CONFAB_ADMIN_PASSWORD");
    else
        password = promptNewPassword(tr("New admin password: "), error);
    if (!password) {
        printError(error);
        return ExitUsage;
    }
    QJsonObject params{{"adminPassword", *password}};
    if (args.has("--domain"))
        params.insert("domain", args.value("--domain"));
    return report(c, c.call("setup.init", params), [&](const QJsonValue &r) {
        printLine(tr("confabd is set up; the admin password is stored."));
        if (r.toObject().contains("domain"))
            printLine(tr("Hosting the domain %1.").arg(r.toObject().value("domain").toString()));
    });
}

int cmdStatus(Connection &c, const Args &)
{
    return report(c, c.call("server.status"), [](const QJsonValue &r) { printFields(r.toObject()); });
}

int cmdDomainList(Connection &c, const Args &)
{
    return report(c, c.call("domains.list"), [](const QJsonValue &r) {
        QList<QStringList> rows;
        for (const auto &d : r.toArray())
            rows.append({d.toObject().value("domain").toString(), displayValue(d.toObject().value("users"))});
        printTable({tr("DOMAIN"), tr("USERS")}, rows);
    });
}

int cmdDomainAdd(Connection &c, const Args &args)
{
    return report(c, c.call("domains.add", {{"domain", args.positional[0]}}), [](const QJsonValue &r) {
        printLine(tr("Added the domain %1.").arg(r.toObject().value("domain").toString()));
    });
}

int cmdDomainRemove(Connection &c, const Args &args)
{
    return report(c, c.call("domains.remove", {{"domain", args.positional[0]}}), [](const QJsonValue &r) {
        printLine(tr("Removed the domain %1 and its accounts.").arg(r.toObject().value("domain").toString()));
    });
}

int cmdDomainShow(Connection &c, const Args &args)
{
    return report(c, c.call("domains.get", {{"domain", args.positional[0]}}), [](const QJsonValue &r) {
        const QJsonObject o = r.toObject();
        printFields({{tr("domain"), o.value("domain")}, {tr("users"), o.value("users")}});
        printLine(QString());
        const QJsonArray explicitKeys = o.value("explicit").toArray();
        const QJsonObject settings = o.value("settings").toObject();
        QList<QStringList> rows;
        for (auto it = settings.begin(); it != settings.end(); ++it)
            rows.append({it.key(), displayValue(it.value()),
                         explicitKeys.contains(it.key()) ? tr("set") : tr("default")});
        printTable({tr("SETTING"), tr("VALUE"), tr("SOURCE")}, rows);
    });
}

int cmdDomainSet(Connection &c, const Args &args)
{
    const QJsonObject params{
        {"domain", args.positional[0]}, {"key", args.positional[1]}, {"value", args.positional[2]}};
    return report(c, c.call("domains.set", params), [](const QJsonValue &r) {
        const QJsonObject o = r.toObject();
        printLine(QStringLiteral("%1 %2 = %3")
                      .arg(o.value("domain").toString(), o.value("key").toString(),
                           displayValue(o.value("value"))));
    });
}

int cmdDomainUnset(Connection &c, const Args &args)
{
    const QJsonObject params{{"domain", args.positional[0]}, {"key", args.positional[1]}};
    return report(c, c.call("domains.unset", params), [](const QJsonValue &r) {
        const QJsonObject o = r.toObject();
        printLine(tr("%1 %2 = %3 (default)")
                      .arg(o.value("domain").toString(), o.value("key").toString(),
                           displayValue(o.value("value"))));
    });
}

int cmdUserList(Connection &c, const Args &args)
{
    QJsonObject params;
    if (!args.positional.isEmpty())
        params.insert("domain", args.positional[0]);
    if (args.has("--search"))
        params.insert("search", args.value("--search"));
    for (const char *opt : {"--limit", "--offset"}) {
        if (!args.has(opt))
            continue;
        bool isNumber = false;
        const int n = args.value(opt).toInt(&isNumber);
        if (!isNumber)
            return usageError("user", "list", tr("%1 needs a number").arg(QLatin1String(opt)));
        params.insert(QLatin1String(opt + 2), n);
    }
    return report(c, c.call("users.list", params), [](const QJsonValue &r) {
        QList<QStringList> rows;
        for (const auto &u : r.toObject().value("users").toArray()) {
            const QJsonObject o = u.toObject();
            rows.append({o.value("jid").toString(),
                         o.value("disabled").toBool() ? tr("disabled") : tr("active"),
                         o.value("created").toString()});
        }
        printTable({tr("JID"), tr("STATE"), tr("CREATED")}, rows);
    });
}

// A user's password: from --password-file, else asked twice on the terminal.
static std::optional<QString> userPassword(const Args &args)
{
    QString error;
    const auto password = args.has("--password-file")
                              ? readPasswordFile(args.value("--password-file"), error)
                              : promptNewPassword(tr("Password for the user: "), error);
    if (!password)
        printError(error);
    return password;
}

int cmdUserAdd(Connection &c, const Args &args)
{
    const auto password = userPassword(args);
    if (!password)
        return ExitUsage;
    return report(c, c.call("users.add", {{"jid", args.positional[0]}, {"password", *password}}),
                  [](const QJsonValue &r) {
                      printLine(tr("Added the account %1.").arg(r.toObject().value("jid").toString()));
                  });
}

int cmdUserPasswd(Connection &c, const Args &args)
{
    const auto password = userPassword(args);
    if (!password)
        return ExitUsage;
    return report(c, c.call("users.passwd", {{"jid", args.positional[0]}, {"password", *password}}),
                  [](const QJsonValue &r) {
                      printLine(tr("Changed the password of %1.").arg(r.toObject().value("jid").toString()));
                  });
}

int cmdUserRemove(Connection &c, const Args &args)
{
    return report(c, c.call("users.remove", {{"jid", args.positional[0]}}), [](const QJsonValue &r) {
        printLine(tr("Removed the account %1.").arg(r.toObject().value("jid").toString()));
    });
}

static int setDisabled(Connection &c, const Args &args, bool disabled)
{
    return report(c, c.call("users.disable", {{"jid", args.positional[0]}, {"disabled", disabled}}),
                  [disabled](const QJsonValue &r) {
                      const QString jid = r.toObject().value("jid").toString();
                      printLine(disabled ? tr("Disabled the account %1.").arg(jid)
                                         : tr("Enabled the account %1.").arg(jid));
                  });
}

int cmdUserDisable(Connection &c, const Args &args)
{
    return setDisabled(c, args, true);
}

int cmdUserEnable(Connection &c, const Args &args)
{
    return setDisabled(c, args, false);
}

int cmdSettingsList(Connection &c, const Args &)
{
    return report(c, c.call("settings.get"), [](const QJsonValue &r) {
        const QJsonObject o = r.toObject();
        QList<QStringList> rows;
        for (auto it = o.begin(); it != o.end(); ++it)
            rows.append({it.key(), displayValue(it.value())});
        printTable({tr("SETTING"), tr("VALUE")}, rows);
    });
}

int cmdSettingsGet(Connection &c, const Args &args)
{
    return report(c, c.call("settings.get", {{"key", args.positional[0]}}),
                  [](const QJsonValue &r) { printLine(displayValue(r.toObject().value("value"))); });
}

int cmdSettingsSet(Connection &c, const Args &args)
{
    return report(c, c.call("settings.set", {{"key", args.positional[0]}, {"value", args.positional[1]}}),
                  [](const QJsonValue &r) {
                      printLine(QStringLiteral("%1 = %2").arg(r.toObject().value("key").toString(),
                                                              displayValue(r.toObject().value("value"))));
                  });
}

int cmdSettingsUnset(Connection &c, const Args &args)
{
    return report(c, c.call("settings.unset", {{"key", args.positional[0]}}), [](const QJsonValue &r) {
        printLine(tr("%1 = %2 (default)")
                      .arg(r.toObject().value("key").toString(), displayValue(r.toObject().value("value"))));
    });
}

} // namespace confab::ctl
