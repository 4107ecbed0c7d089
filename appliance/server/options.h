#pragma once
// confabd's command line (the bootstrap configuration; everything else lives in the database).
#include "shared/error.h"
#include <QString>
#include <QStringList>
#include <optional>

namespace confab::server {

struct Options
{
    QString dataDir;
    QString listenAddress;     // empty = the stored setting
    QString domain;            // created on first start when given
    std::optional<int> c2sPort, s2sPort, c2sTlsPort;
    QString logLevel;          // empty = the stored setting
    bool logToStderr = true;
    int workers = -1;          // reserved: -1 = cores

    // Parses argv; an Error carries the message to print (exit code 2).
    static Result<Options> parse(const QStringList &arguments);
    static QString usage();
};

} // namespace confab::server
