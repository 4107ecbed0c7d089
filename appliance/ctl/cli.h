#pragma once
// confabctl's command line: global options, exit codes, per-command argument splitting.
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace confab::ctl {

enum Exit : int {
    ExitOk = 0,
    ExitServerError = 1, // confabd answered with an error
    ExitUsage = 2,
    ExitNoConnection = 3,
    ExitAuthFailed = 4,
};

inline QString tr(const char *text)
{
    return QCoreApplication::translate("confabctl", text);
}

struct GlobalOptions
{
    QString socketPath; // resolved: --socket, --data-dir, $CONFAB_DATA_DIR or ./var
    QString adminPasswordFile;
    bool json = false;
    bool help = false;
    QStringList command; // the command and its arguments
};

// Takes the global options out of argv (they may stand before or after the command; "--" ends
// option parsing). Returns an error text on a malformed option.
QString parseGlobalOptions(const QStringList &argv, GlobalOptions &out);

// A command's own arguments: positional ones, options taking a value, and flags.
struct Args
{
    QStringList positional;
    QHash<QString, QString> values;
    QSet<QString> flags;
    QString error; // set when an unknown option or a missing value was met

    QString value(const QString &name, const QString &fallback = {}) const
    {
        return values.value(name, fallback);
    }
    bool has(const QString &name) const { return values.contains(name) || flags.contains(name); }
};
Args parseArgs(const QStringList &args, const QStringList &valueOptions = {}, const QStringList &flags = {});

// "confabctl: <text>" on stderr.
void printError(const QString &text);

} // namespace confab::ctl
