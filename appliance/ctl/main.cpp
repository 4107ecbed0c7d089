// confabctl: administers a running confabd over its control socket (see docs/confabctl.md).
#include "ctl/commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("confabctl"));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return confab::ctl::run(args);
}
