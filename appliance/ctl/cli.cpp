#include "ctl/cli.h"

#include "shared/controlclient.h"

#include <QDir>
#include <QFileInfo>
#include <cstdio>

namespace confab::ctl {

QString parseGlobalOptions(const QStringList &argv, GlobalOptions &out)
{
    QString dataDir, socket;
    bool optionsEnded = false;
    for (int i = 0; i < argv.size(); ++i) {
        const QString &a = argv[i];
        if (optionsEnded) {
            out.command.append(a);
            continue;
        }
        auto takeValue = [&](QString &target) -> bool {
            if (i + 1 >= argv.size())
                return false;
            target = argv[++i];
            return true;
        };
        if (a == QLatin1String("--")) {
            optionsEnded = true;
            if (!out.command.isEmpty())
                out.command.append(a); // the command sees it too, to stop its own option parsing
        } else if (a == QLatin1String("--json")) {
            out.json = true;
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            out.help = true;
        } else if (a == QLatin1String("--data-dir")) {
            if (!takeValue(dataDir))
                return tr("--data-dir needs a directory");
        } else if (a == QLatin1String("--socket")) {
            if (!takeValue(socket))
                return tr("--socket needs a path");
        } else if (a == QLatin1String("--admin-password-file")) {
            if (!takeValue(out.adminPasswordFile))
                return tr("--admin-password-file needs a file name");
        } else {
            out.command.append(a);
        }
    }
    if (!socket.isEmpty())
        out.socketPath = socket;
    else if (!dataDir.isEmpty())
        out.socketPath = control::defaultSocketPath(dataDir);
    else if (qEnvironmentVariableIsSet("CONFAB_DATA_DIR"))
        out.socketPath = control::defaultSocketPath(qEnvironmentVariable("CONFAB_DATA_DIR"));
    else
        out.socketPath = control::defaultSocketPath(QDir::current().filePath(QStringLiteral("var")));
    // QLocalSocket would look for a relative name in the temp directory, not here.
    out.socketPath = QFileInfo(out.socketPath).absoluteFilePath();
    return {};
}

Args parseArgs(const QStringList &args, const QStringList &valueOptions, const QStringList &flags)
{
    Args out;
    bool optionsEnded = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        // No option starts with a digit: "-1" is a value (settings set server.io_threads -1).
        const bool negativeNumber = a.size() > 1 && a.at(1).isDigit();
        if (optionsEnded || !a.startsWith(QLatin1Char('-')) || a == QLatin1String("-") || negativeNumber) {
            out.positional.append(a);
        } else if (a == QLatin1String("--")) {
            optionsEnded = true;
        } else if (valueOptions.contains(a)) {
            if (i + 1 >= args.size()) {
                out.error = tr("%1 needs a value").arg(a);
                return out;
            }
            out.values.insert(a, args[++i]);
        } else if (flags.contains(a)) {
            out.flags.insert(a);
        } else {
            out.error = tr("unknown option %1").arg(a);
            return out;
        }
    }
    return out;
}

void printError(const QString &text)
{
    const QByteArray bytes = (QStringLiteral("confabctl: ") + text + QLatin1Char('\n')).toLocal8Bit();
    std::fputs(bytes.constData(), stderr);
}

} // namespace confab::ctl
