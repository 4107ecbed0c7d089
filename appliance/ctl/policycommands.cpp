// route *, tls *, trust *, sessions *
#include "ctl/commands.h"
#include <QFile>
#include <QJsonObject>

namespace confab::ctl {

namespace {

// "host", "host:port", "[v6]:port" -> host and port (0 = default). False when the port is bad.
bool splitRelay(const QString &text, QString &host, int &port)
{
    port = 0;
    host = text;
    const int colon = int(text.lastIndexOf(QLatin1Char(':')));
    const bool bracketed = text.startsWith(QLatin1Char('['));
    // A bare IPv6 literal has several colons and no port.
    if (colon < 0 || (!bracketed && text.indexOf(QLatin1Char(':')) != colon))
        return true;
    if (bracketed && text.indexOf(QLatin1Char(']')) > colon)
        return true;
    bool ok = false;
    port = text.mid(colon + 1).toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return false;
    host = text.left(colon);
    if (bracketed)
        host = host.mid(1).chopped(1);
    return true;
}

int addRule(Connection &c, const Args &args, QJsonObject params, const char *sub)
{
    params.insert("pattern", args.positional[0]);
    if (args.has("--comment"))
        params.insert("comment", args.value("--comment"));
    if (args.has("--position")) {
        bool ok = false;
        const int position = args.value("--position").toInt(&ok);
        if (!ok || position < 0)
            return usageError("route", sub, tr("--position needs a number from 0"));
        params.insert("position", position);
    }
    return report(c, c.call("routes.add", params), [](const QJsonValue &r) {
        printLine(
            tr("Added routing rule %1 at position %2.")
                .arg(displayValue(r.toObject().value("id")), displayValue(r.toObject().value("position"))));
    });
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 1)
        return std::nullopt;
    return id;
}

} // namespace

int cmdRouteList(Connection &c, const Args &)
{
    return report(c, c.call("routes.list"), [](const QJsonValue &r) {
        QList<QStringList> rows;
        for (const auto &v : r.toArray()) {
            const QJsonObject o = v.toObject();
            QString target = o.value("relay").toString();
            if (o.value("port").toInt() > 0)
                target += QLatin1Char(':') + QString::number(o.value("port").toInt());
            rows.append({displayValue(o.value("id")), displayValue(o.value("position")),
                         o.value("pattern").toString(), o.value("action").toString(), target,
                         o.value("comment").toString()});
        }
        printTable({tr("ID"), tr("POS"), tr("PATTERN"), tr("ACTION"), tr("RELAY"), tr("COMMENT")}, rows);
    });
}

int cmdRouteAdd(Connection &c, const Args &args)
{
    QString host;
    int port = 0;
    if (!splitRelay(args.positional[1], host, port) || host.isEmpty())
        return usageError("route", "add",
                          tr("bad relay %1: expected HOST or HOST:PORT").arg(args.positional[1]));
    QJsonObject params{{"action", "relay"}, {"relay", host}};
    if (port)
        params.insert("port", port);
    return addRule(c, args, params, "add");
}

int cmdRouteRefuse(Connection &c, const Args &args)
{
    return addRule(c, args, {{"action", "refuse"}}, "refuse");
}

int cmdRouteRemove(Connection &c, const Args &args)
{
    const auto id = parseId(args.positional[0]);
    if (!id)
        return usageError("route", "remove", tr("ID must be a rule number (see route list)"));
    return report(c, c.call("routes.remove", {{"id", *id}}),
                  [&](const QJsonValue &) { printLine(tr("Removed routing rule %1.").arg(*id)); });
}

int cmdRouteMove(Connection &c, const Args &args)
{
    const auto id = parseId(args.positional[0]);
    bool ok = false;
    const int position = args.positional[1].toInt(&ok);
    if (!id || !ok || position < 0)
        return usageError("route", "move");
    return report(c, c.call("routes.move", {{"id", *id}, {"position", position}}), [&](const QJsonValue &r) {
        printLine(tr("Routing rule %1 is now at position %2.")
                      .arg(*id)
                      .arg(displayValue(r.toObject().value("position"))));
    });
}

int cmdTlsRequire(Connection &c, const Args &args)
{
    return report(c, c.call("tls.required.add", {{"pattern", args.positional[0]}}), [](const QJsonValue &r) {
        printLine(tr("TLS with a valid certificate is now required for %1.")
                      .arg(r.toObject().value("pattern").toString()));
    });
}

int cmdTlsList(Connection &c, const Args &)
{
    return report(c, c.call("tls.required.list"), [](const QJsonValue &r) {
        for (const auto &p : r.toArray())
            printLine(p.toString());
    });
}

int cmdTlsRemove(Connection &c, const Args &args)
{
    return report(
        c, c.call("tls.required.remove", {{"pattern", args.positional[0]}}), [](const QJsonValue &r) {
            printLine(tr("TLS is no longer required for %1.").arg(r.toObject().value("pattern").toString()));
        });
}

// The files are read here and their contents sent: confabd never opens a path an admin names.
int cmdCertImport(Connection &c, const Args &args)
{
    QByteArray pem[2];
    for (int i = 0; i < 2; ++i) {
        QFile file(args.positional[1 + i]);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(tr("cannot read %1: %2").arg(args.positional[1 + i], file.errorString()));
            return ExitUsage;
        }
        pem[i] = file.readAll();
    }
    const QJsonObject params{{"domain", args.positional[0]},
                             {"certificate", QString::fromUtf8(pem[0])},
                             {"key", QString::fromUtf8(pem[1])}};
    return report(c, c.call("tls.cert.import", params), [](const QJsonValue &r) {
        const QJsonObject o = r.toObject();
        printLine(tr("Installed the certificate for %1 (%2), valid until %3.")
                      .arg(o.value("domain").toString(), o.value("subject").toString(),
                           o.value("notAfter").toString()));
    });
}

int cmdTrustAdd(Connection &c, const Args &args)
{
    QFile file(args.positional[0]);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("cannot read %1: %2").arg(args.positional[0], file.errorString()));
        return ExitUsage;
    }
    return report(c, c.call("tls.trust.add", {{"pem", QString::fromUtf8(file.readAll())}}),
                  [](const QJsonValue &r) {
                      for (const auto &v : r.toArray())
                          printLine(tr("Trusted certificate %1: %2")
                                        .arg(displayValue(v.toObject().value("id")),
                                             v.toObject().value("subject").toString()));
                  });
}

int cmdTrustList(Connection &c, const Args &)
{
    return report(c, c.call("tls.trust.list"), [](const QJsonValue &r) {
        printObjects(r.toArray(), {"id", "subject", "notAfter", "sha256"});
    });
}

int cmdTrustRemove(Connection &c, const Args &args)
{
    const auto id = parseId(args.positional[0]);
    if (!id)
        return usageError("trust", "remove", tr("ID must be a certificate number (see trust list)"));
    return report(c, c.call("tls.trust.remove", {{"id", *id}}),
                  [&](const QJsonValue &) { printLine(tr("Removed trusted certificate %1.").arg(*id)); });
}

int cmdSessionsList(Connection &c, const Args &)
{
    return report(c, c.call("sessions.list"), [](const QJsonValue &r) { printObjects(r.toArray()); });
}

int cmdSessionsKill(Connection &c, const Args &args)
{
    return report(c, c.call("sessions.disconnect", {{"id", args.positional[0]}}), [&](const QJsonValue &) {
        printLine(tr("Disconnected session %1.").arg(args.positional[0]));
    });
}

} // namespace confab::ctl
