#pragma once
// confabctl's link to confabd: connect, authenticate, call; every failure is printed once and
// turned into confabctl's exit code.
#include "ctl/cli.h"
#include "shared/controlclient.h"
#include <QJsonValue>
#include <optional>

namespace confab::ctl {

class Connection
{
public:
    explicit Connection(const GlobalOptions &options) : m_options(options) {}

    // ExitOk, or ExitNoConnection after printing why.
    int open();
    // ExitOk, ExitAuthFailed or ExitUsage (no password available) after printing why.
    int authenticate();

    // The result, or nullopt after printing confabd's error; exitCode() then says how to exit.
    std::optional<QJsonValue> call(const QString &method, const QJsonObject &params = {});
    int exitCode() const { return m_exit; }

    control::ControlClient &client() { return m_client; }
    const GlobalOptions &options() const { return m_options; }

private:
    void fail(const control::Response &response);

    const GlobalOptions &m_options;
    control::ControlClient m_client;
    QString m_socketError;
    int m_exit = ExitOk;
};

} // namespace confab::ctl
