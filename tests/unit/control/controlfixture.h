#pragma once
// An in-process ControlServer on a temporary socket with a temporary database, fake server
// callbacks that record what they were told, and ControlClient helpers.
#include "control/controlserver.h"
#include "log/logger.h"
#include "shared/controlclient.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace confab::control::testing {

inline constexpr const char *AdminPassword = "correct horse battery";

class ControlFixture
{
public:
    QTemporaryDir dir;
    storage::Database db;
    log::Logger logger;
    std::unique_ptr<ControlServer> server;
    QString socketPath;

    QJsonArray sessions;
    QStringList disconnected;
    QStringList settingChanges; // "scope/domain/key"
    int domainsChanged = 0;

    // Opens the database and listens; the caller QVERIFYs the result.
    bool start(int maxLineLength = DefaultMaxLineLength)
    {
        if (!dir.isValid() || !db.open(dir.filePath("confab.db")))
            return false;
        logger.setLevel(log::Level::All);
        ControlContext ctx;
        ctx.db = &db;
        ctx.logger = &logger;
        ctx.dataDir = dir.path();
        ctx.version = QStringLiteral("9.9-test");
        ctx.status = [] { return QJsonObject{{"uptime", 42}, {"listeners", QJsonArray{5222, 5269}}}; };
        ctx.sessions = [this] { return sessions; };
        ctx.disconnect = [this](const QString &id) {
            for (const auto &s : std::as_const(sessions)) {
                if (s.toObject().value("id").toString() == id) {
                    disconnected.append(id);
                    return true;
                }
            }
            return false;
        };
        ctx.settingChanged = [this](const QString &scope, const QString &domain, const QString &key) {
            settingChanges.append(scope + '/' + domain + '/' + key);
        };
        ctx.domainsChanged = [this] { ++domainsChanged; };
        server = std::make_unique<ControlServer>(std::move(ctx));
        server->setMaxLineLength(maxLineLength);
        socketPath = defaultSocketPath(dir.path());
        return server->listen(socketPath).ok();
    }

    std::unique_ptr<ControlClient> connect()
    {
        auto client = std::make_unique<ControlClient>();
        client->connectToServer(socketPath);
        if (!client->waitForHello(5000))
            return nullptr;
        return client;
    }

    // A connection authenticated as admin (running setup first when nobody has).
    std::unique_ptr<ControlClient> admin()
    {
        auto client = connect();
        if (!client)
            return nullptr;
        const Response setup = client->callSync("setup.status", {}, 5000);
        if (!setup.result.toObject().value("setup").toBool())
            client->callSync("setup.init", {{"adminPassword", AdminPassword}}, 5000);
        const Response auth = client->callSync("auth", {{"password", AdminPassword}}, 5000);
        if (auth.error)
            return nullptr;
        return client;
    }
};

inline Response call(ControlClient &client, const QString &method, const QJsonObject &params = {})
{
    return client.callSync(method, params, 15000);
}

inline QString errorCode(const Response &r)
{
    return r.error ? r.error->code : QString();
}

} // namespace confab::control::testing
