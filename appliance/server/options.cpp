#include "server/options.h"
#include "shared/jid.h"
#include "shared/logrecord.h"
#include <QCommandLineParser>
#include <QDir>

namespace confab::server {

static const char UsageText[] =
    "Usage: confabd --data-dir DIR [--listen ADDRESS] [--domain NAME] [--c2s-port N] [--s2s-port N]\n"
    "               [--c2s-tls-port N] [--log-level nothing|major|problems|low|all] [--quiet]\n";

QString Options::usage()
{
    return QString::fromLatin1(UsageText);
}

static Result<int> port(const QCommandLineParser &p, const QString &name)
{
    bool ok = false;
    const int value = p.value(name).toInt(&ok);
    if (!ok || value < 1 || value > 65535)
        return makeError(QStringLiteral("options.port"), "--{option} must be a port number from 1 to 65535",
                         {{"option", name}});
    return value;
}

Result<Options> Options::parse(const QStringList &arguments)
{
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("data-dir"), QStringLiteral("Data directory"), QStringLiteral("DIR")},
                  {QStringLiteral("listen"), QStringLiteral("Listen address"), QStringLiteral("ADDRESS")},
                  {QStringLiteral("domain"), QStringLiteral("Domain to create on first start"), QStringLiteral("NAME")},
                  {QStringLiteral("c2s-port"), QStringLiteral("Client port"), QStringLiteral("N")},
                  {QStringLiteral("s2s-port"), QStringLiteral("Server port"), QStringLiteral("N")},
                  {QStringLiteral("c2s-tls-port"), QStringLiteral("Direct TLS client port"), QStringLiteral("N")},
                  {QStringLiteral("log-level"), QStringLiteral("Log level"), QStringLiteral("LEVEL")},
                  {QStringLiteral("quiet"), QStringLiteral("Do not echo the log to stderr")}});
    if (!p.parse(arguments))
        return makeError(QStringLiteral("options.invalid"), "{error}", {{"error", p.errorText()}});
    if (!p.positionalArguments().isEmpty())
        return makeError(QStringLiteral("options.invalid"), "Unexpected argument {arg}",
                         {{"arg", p.positionalArguments().first()}});
    Options o;
    o.dataDir = p.value(QStringLiteral("data-dir"));
    if (o.dataDir.isEmpty())
        return makeError(QStringLiteral("options.data_dir"), "--data-dir is required");
    o.dataDir = QDir(o.dataDir).absolutePath();
    o.listenAddress = p.value(QStringLiteral("listen"));
    if (p.isSet(QStringLiteral("domain"))) {
        const auto d = Jid::prepareDomain(p.value(QStringLiteral("domain")));
        if (!d)
            return makeError(QStringLiteral("options.domain"), "{domain} is not a valid domain name",
                             {{"domain", p.value(QStringLiteral("domain"))}});
        o.domain = *d;
    }
    const std::pair<const char *, std::optional<int> Options::*> ports[] = {
        {"c2s-port", &Options::c2sPort}, {"s2s-port", &Options::s2sPort}, {"c2s-tls-port", &Options::c2sTlsPort}};
    for (const auto &[name, member] : ports) {
        if (!p.isSet(QString::fromLatin1(name)))
            continue;
        auto value = port(p, QString::fromLatin1(name));
        if (!value)
            return value.error();
        o.*member = value.value();
    }
    if (p.isSet(QStringLiteral("log-level"))) {
        o.logLevel = p.value(QStringLiteral("log-level"));
        if (!log::levelFromName(o.logLevel))
            return makeError(QStringLiteral("options.log_level"), "Unknown log level {level}",
                             {{"level", o.logLevel}});
    }
    o.logToStderr = !p.isSet(QStringLiteral("quiet"));
    return o;
}

} // namespace confab::server
