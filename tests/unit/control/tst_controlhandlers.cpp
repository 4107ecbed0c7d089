// Each control method group through a real ControlClient: results, validation errors (which must
// change nothing), the server's change callbacks and the CTRL log records of admin changes.
#include "controlfixture.h"
#include "storage/accountstore.h"
#include "storage/domainstore.h"

using namespace confab;
using namespace confab::control;
using namespace confab::control::testing;

namespace {

const char TestCaPem[] = R"(-----BEGIN CERTIFICATE-----
MIIBrDCCAVGgAwIBAgIUe8URgobEcr5Ejb3cXi6q4NX9I+0wCgYIKoZIzj0EAwIw
KjEXMBUGA1UEAwwOQ29uZmFiIFRlc3QgQ0ExDzANBgNVBAoMBkNvbmZhYjAgFw0y
NjExMjExMjEwMjdaGA8yMTI2MTAyODEyMTAyN1owKjEXMBUGA1UEAwwOQ29uZmFi
IFRlc3QgQ0ExDzANBgNVBAoMBkNvbmZhYjBZMBMGByqGSM49AgEGCCqGSM49AwEH
A0IABC8C9Pq+wE1lZezvNtsH6v5T8mUAS45HKlLIwQTGo2AzS6JB0HhBClvqZTbs
jXutQ4Tb/72/jXOuHNZ2i2c2ZiKjUzBRMB0GA1UdDgQWBBTEEBLQl5MGyscxa6Yu
dGUpz5W8fzAfBgNVHSMEGDAWgBTEEBLQl5MGyscxa6YudGUpz5W8fzAPBgNVHRMB
Af8EBTADAQH/MAoGCCqGSM49BAMCA0kAMEYCIQCuLBC+zRk5KzR5vpD+duPBsjJn
8zhv8gZQ7rM7TI3khQIhAPWAkN0ieTUzLBkBJsxVwwuFAObsZr8ovuiWXbJ/TGmw
-----END CERTIFICATE-----
)";

} // namespace

class TestControlHandlers : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void serverStatus();
    void domains();
    void domainSettings();
    void users();
    void userErrorsChangeNothing();
    void globalSettings();
    void routes();
    void tlsRequired();
    void tlsTrust();
    void logTail();
    void sessions();

private:
    bool logged(const QString &key) const;
    std::unique_ptr<ControlFixture> f;
    std::unique_ptr<ControlClient> c;
};

void TestControlHandlers::init()
{
    f = std::make_unique<ControlFixture>();
    QVERIFY(f->start());
    c = f->admin();
    QVERIFY(c);
}

void TestControlHandlers::cleanup()
{
    c.reset();
    f.reset();
}

bool TestControlHandlers::logged(const QString &key) const
{
    for (const auto &r : f->logger.tail(1000)) {
        if (r.key == key)
            return r.tag == QLatin1String(log::tag::Ctrl) && r.level == log::Level::Major;
    }
    return false;
}

void TestControlHandlers::serverStatus()
{
    QVERIFY(!call(*c, "domains.add", {{"domain", "example.com"}}).error);
    const Response r = call(*c, "server.status");
    QVERIFY(!r.error);
    const QJsonObject s = r.result.toObject();
    QCOMPARE(s.value("uptime").toInt(), 42); // from the server's callback
    QCOMPARE(s.value("version").toString(), QStringLiteral("9.9-test"));
    QCOMPARE(s.value("domains").toInt(), 1);
    QCOMPARE(s.value("accounts").toInt(), 0);
}

void TestControlHandlers::domains()
{
    const Response bad = call(*c, "domains.add", {{"domain", "bad domain!"}});
    QCOMPARE(errorCode(bad), QStringLiteral("domain.invalid"));
    QCOMPARE(errorCode(call(*c, "domains.add", {})), QStringLiteral("params.invalid"));
    QCOMPARE(call(*c, "domains.add", {}).error->args.value("param").toString(), QStringLiteral("domain"));
    QCOMPARE(f->domainsChanged, 0);

    const Response added = call(*c, "domains.add", {{"domain", "Example.COM"}});
    QVERIFY(!added.error);
    QCOMPARE(added.result.toObject().value("domain").toString(), QStringLiteral("example.com"));
    QCOMPARE(f->domainsChanged, 1);
    QVERIFY(logged("ctrl.domain_added"));
    QCOMPARE(errorCode(call(*c, "domains.add", {{"domain", "example.com"}})),
             QStringLiteral("domain.exists"));
    QVERIFY(!call(*c, "domains.add", {{"domain", "b.example"}}).error);

    const QJsonArray list = call(*c, "domains.list").result.toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].toObject().value("domain").toString(), QStringLiteral("b.example"));
    QCOMPARE(list[1].toObject().value("users").toInt(), 0);

    QCOMPARE(errorCode(call(*c, "domains.get", {{"domain", "nowhere.example"}})),
             QStringLiteral("domain.not_found"));
    QCOMPARE(errorCode(call(*c, "domains.remove", {{"domain", "nowhere.example"}})),
             QStringLiteral("domain.not_found"));
    QVERIFY(!call(*c, "domains.remove", {{"domain", "b.example"}}).error);
    QVERIFY(logged("ctrl.domain_removed"));
    QCOMPARE(call(*c, "domains.list").result.toArray().size(), 1);
    QCOMPARE(f->domainsChanged, 3);
}

void TestControlHandlers::domainSettings()
{
    QVERIFY(!call(*c, "domains.add", {{"domain", "example.com"}}).error);
    // domains.get merges the explicit values over the schema's defaults.
    const QJsonObject before = call(*c, "domains.get", {{"domain", "example.com"}}).result.toObject();
    QCOMPARE(before.value("settings").toObject().value("registration.free").toBool(), false);
    QCOMPARE(before.value("settings").toObject().value("enabled").toBool(), true);
    QVERIFY(before.value("explicit").toArray().isEmpty());

    const QJsonObject base{{"domain", "example.com"}};
    auto with = [&](QJsonObject extra) {
        for (auto it = base.begin(); it != base.end(); ++it)
            extra.insert(it.key(), it.value());
        return extra;
    };
    QCOMPARE(errorCode(call(*c, "domains.set", with({{"key", "no.such.key"}, {"value", true}}))),
             QStringLiteral("setting.unknown"));
    // A global key is not a domain setting.
    QCOMPARE(errorCode(call(*c, "domains.set", with({{"key", "server.channels"}, {"value", 5}}))),
             QStringLiteral("setting.unknown"));
    QCOMPARE(errorCode(call(*c, "domains.set", with({{"key", "registration.free"}, {"value", "maybe"}}))),
             QStringLiteral("setting.invalid"));
    QCOMPARE(errorCode(call(*c, "domains.set", with({{"key", "registration.free"}}))),
             QStringLiteral("params.invalid"));
    QVERIFY(f->settingChanges.isEmpty());

    // The string form a script passes is normalized to the JSON type.
    const Response set = call(*c, "domains.set", with({{"key", "registration.free"}, {"value", "on"}}));
    QVERIFY2(!set.error, qPrintable(errorCode(set)));
    QCOMPARE(set.result.toObject().value("value"), QJsonValue(true));
    QCOMPARE(f->settingChanges, QStringList{"domain/example.com/registration.free"});
    QVERIFY(logged("ctrl.domain_setting_set"));
    const QJsonObject after = call(*c, "domains.get", {{"domain", "example.com"}}).result.toObject();
    QCOMPARE(after.value("settings").toObject().value("registration.free").toBool(), true);
    QCOMPARE(after.value("explicit").toArray(), QJsonArray{"registration.free"});

    QVERIFY(!call(*c, "domains.unset", with({{"key", "registration.free"}})).error);
    QVERIFY(logged("ctrl.domain_setting_unset"));
    const QJsonObject reset = call(*c, "domains.get", {{"domain", "example.com"}}).result.toObject();
    QCOMPARE(reset.value("settings").toObject().value("registration.free").toBool(), false);
    QCOMPARE(f->settingChanges.size(), 2);
}

void TestControlHandlers::users()
{
    QVERIFY(!call(*c, "domains.add", {{"domain", "example.com"}}).error);
    const Response added =
        call(*c, "users.add", {{"jid", "Alice@Example.com"}, {"password", "alice secret"}});
    QVERIFY2(!added.error, qPrintable(errorCode(added)));
    QCOMPARE(added.result.toObject().value("jid").toString(), QStringLiteral("alice@example.com"));
    QVERIFY(logged("ctrl.user_added"));
    QCOMPARE(errorCode(call(*c, "users.add", {{"jid", "alice@example.com"}, {"password", "x12345678"}})),
             QStringLiteral("account.exists"));
    QVERIFY(!call(*c, "users.add", {{"jid", "bob@example.com"}, {"password", "bob secret"}}).error);

    const QJsonObject all = call(*c, "users.list", {{"domain", "example.com"}}).result.toObject();
    QCOMPARE(all.value("users").toArray().size(), 2);
    QCOMPARE(all.value("total").toInt(), 2);
    const QJsonArray found =
        call(*c, "users.list", {{"search", "bo"}}).result.toObject().value("users").toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].toObject().value("jid").toString(), QStringLiteral("bob@example.com"));
    QCOMPARE(call(*c, "users.list", {{"limit", 1}}).result.toObject().value("users").toArray().size(), 1);
    QCOMPARE(errorCode(call(*c, "users.list", {{"limit", -3}})), QStringLiteral("params.invalid"));

    storage::AccountStore accounts(f->db);
    QVERIFY(!call(*c, "users.passwd", {{"jid", "bob@example.com"}, {"password", "new bob secret"}}).error);
    QVERIFY(accounts.checkPassword("bob", "example.com", "new bob secret"));
    QVERIFY(logged("ctrl.user_password_changed"));
    QCOMPARE(errorCode(call(*c, "users.passwd", {{"jid", "carol@example.com"}, {"password", "whatever1"}})),
             QStringLiteral("account.not_found"));

    QVERIFY(!call(*c, "users.disable", {{"jid", "bob@example.com"}, {"disabled", true}}).error);
    QVERIFY(accounts.info("bob", "example.com")->disabled);
    QVERIFY(logged("ctrl.user_disabled"));
    QCOMPARE(errorCode(call(*c, "users.disable", {{"jid", "bob@example.com"}})),
             QStringLiteral("params.invalid"));
    QVERIFY(!call(*c, "users.disable", {{"jid", "bob@example.com"}, {"disabled", false}}).error);
    QVERIFY(!accounts.info("bob", "example.com")->disabled);

    QVERIFY(!call(*c, "users.remove", {{"jid", "bob@example.com"}}).error);
    QVERIFY(logged("ctrl.user_removed"));
    QCOMPARE(errorCode(call(*c, "users.remove", {{"jid", "bob@example.com"}})),
             QStringLiteral("account.not_found"));
    QCOMPARE(accounts.count("example.com"), 1);
}

void TestControlHandlers::userErrorsChangeNothing()
{
    QVERIFY(!call(*c, "domains.add", {{"domain", "example.com"}}).error);
    storage::AccountStore accounts(f->db);
    QCOMPARE(errorCode(call(*c, "users.add", {{"jid", "alice@unknown.example"}, {"password", "secret123"}})),
             QStringLiteral("domain.not_found"));
    QCOMPARE(
        errorCode(call(*c, "users.add", {{"jid", "alice@example.com/phone"}, {"password", "secret123"}})),
        QStringLiteral("jid.invalid"));
    QCOMPARE(errorCode(call(*c, "users.add", {{"jid", "example.com"}, {"password", "secret123"}})),
             QStringLiteral("jid.invalid"));
    QCOMPARE(errorCode(call(*c, "users.add", {{"jid", "al ice@example.com"}, {"password", "secret123"}})),
             QStringLiteral("jid.invalid"));
    const Response noPassword = call(*c, "users.add", {{"jid", "alice@example.com"}});
    QCOMPARE(errorCode(noPassword), QStringLiteral("params.invalid"));
    QCOMPARE(noPassword.error->args.value("param").toString(), QStringLiteral("password"));
    QCOMPARE(accounts.count(), 0);
    QVERIFY(!logged("ctrl.user_added"));
}

void TestControlHandlers::globalSettings()
{
    const QJsonObject all = call(*c, "settings.get").result.toObject();
    QCOMPARE(all.value("server.channels").toInt(), 10000);
    QVERIFY(all.contains("log.level"));
    QVERIFY(!all.contains("registration.free")); // a domain key

    QCOMPARE(errorCode(call(*c, "settings.get", {{"key", "registration.free"}})),
             QStringLiteral("setting.unknown"));
    QCOMPARE(errorCode(call(*c, "settings.set", {{"key", "server.channels"}, {"value", 0}})),
             QStringLiteral("setting.invalid"));
    QCOMPARE(errorCode(call(*c, "settings.set", {{"key", "log.level"}, {"value", "verbose"}})),
             QStringLiteral("setting.invalid"));
    QVERIFY(f->settingChanges.isEmpty());

    QVERIFY(!call(*c, "settings.set", {{"key", "server.channels"}, {"value", "500"}}).error);
    QCOMPARE(f->settingChanges, QStringList{"global//server.channels"});
    QVERIFY(logged("ctrl.setting_set"));
    const QJsonObject one = call(*c, "settings.get", {{"key", "server.channels"}}).result.toObject();
    QCOMPARE(one.value("value").toInt(), 500);
    QCOMPARE(one.value("default").toInt(), 10000);
    QCOMPARE(one.value("explicit").toBool(), true);

    QVERIFY(!call(*c, "settings.unset", {{"key", "server.channels"}}).error);
    QVERIFY(logged("ctrl.setting_unset"));
    QCOMPARE(call(*c, "settings.get").result.toObject().value("server.channels").toInt(), 10000);
}

void TestControlHandlers::routes()
{
    const Response noRelay = call(*c, "routes.add", {{"pattern", "*.company.dom"}, {"action", "relay"}});
    QCOMPARE(errorCode(noRelay), QStringLiteral("params.invalid"));
    QCOMPARE(noRelay.error->args.value("param").toString(), QStringLiteral("relay"));
    QCOMPARE(errorCode(call(*c, "routes.add", {{"pattern", "x"}, {"action", "teleport"}})),
             QStringLiteral("params.invalid"));
    QVERIFY(call(*c, "routes.list").result.toArray().isEmpty());

    const Response relay = call(*c, "routes.add",
                                {{"pattern", "*.company.dom"},
                                 {"action", "relay"},
                                 {"relay", "gw.company.dom"},
                                 {"port", 5270},
                                 {"comment", "hq"}});
    QVERIFY2(!relay.error, qPrintable(errorCode(relay)));
    const qint64 relayId = relay.result.toObject().value("id").toInteger();
    QVERIFY(logged("ctrl.route_added"));
    const Response refuse =
        call(*c, "routes.add", {{"pattern", "spam.example"}, {"action", "refuse"}, {"position", 0}});
    QVERIFY(!refuse.error);
    const qint64 refuseId = refuse.result.toObject().value("id").toInteger();

    QJsonArray list = call(*c, "routes.list").result.toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].toObject().value("id").toInteger(), refuseId);
    QCOMPARE(list[1].toObject().value("relay").toString(), QStringLiteral("gw.company.dom"));
    QCOMPARE(list[1].toObject().value("port").toInt(), 5270);

    QVERIFY(!call(*c, "routes.move", {{"id", relayId}, {"position", 0}}).error);
    QVERIFY(logged("ctrl.route_moved"));
    list = call(*c, "routes.list").result.toArray();
    QCOMPARE(list[0].toObject().value("id").toInteger(), relayId);

    QVERIFY(!call(*c, "routes.update", {{"id", relayId}, {"relay", "gw2.company.dom"}}).error);
    QVERIFY(logged("ctrl.route_updated"));
    list = call(*c, "routes.list").result.toArray();
    QCOMPARE(list[0].toObject().value("relay").toString(), QStringLiteral("gw2.company.dom"));
    QCOMPARE(list[0].toObject().value("pattern").toString(), QStringLiteral("*.company.dom"));

    QCOMPARE(errorCode(call(*c, "routes.remove", {{"id", 999}})), QStringLiteral("rule.not_found"));
    QCOMPARE(errorCode(call(*c, "routes.move", {{"id", 999}, {"position", 0}})),
             QStringLiteral("rule.not_found"));
    QCOMPARE(errorCode(call(*c, "routes.remove", {{"id", "abc"}})), QStringLiteral("params.invalid"));
    QVERIFY(!call(*c, "routes.remove", {{"id", refuseId}}).error);
    QVERIFY(logged("ctrl.route_removed"));
    QCOMPARE(call(*c, "routes.list").result.toArray().size(), 1);
}

void TestControlHandlers::tlsRequired()
{
    QVERIFY(!call(*c, "tls.required.add", {{"pattern", "*.Bank.example"}}).error);
    QVERIFY(logged("ctrl.tls_required_added"));
    QCOMPARE(call(*c, "tls.required.list").result.toArray(), QJsonArray{"*.bank.example"});
    QVERIFY(call(*c, "tls.required.add", {{"pattern", "*.bank.example"}}).error);
    QCOMPARE(errorCode(call(*c, "tls.required.add", {})), QStringLiteral("params.invalid"));
    QVERIFY(call(*c, "tls.required.remove", {{"pattern", "other.example"}}).error);
    QVERIFY(!call(*c, "tls.required.remove", {{"pattern", "*.bank.example"}}).error);
    QVERIFY(logged("ctrl.tls_required_removed"));
    QVERIFY(call(*c, "tls.required.list").result.toArray().isEmpty());
}

void TestControlHandlers::tlsTrust()
{
    QCOMPARE(errorCode(call(*c, "tls.trust.add",
                            {{"pem", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"}})),
             QStringLiteral("cert.invalid"));
    QCOMPARE(errorCode(call(*c, "tls.trust.add", {{"pem", "hello"}})), QStringLiteral("cert.invalid"));
    QVERIFY(call(*c, "tls.trust.list").result.toArray().isEmpty());

    const Response added = call(*c, "tls.trust.add", {{"pem", QString::fromLatin1(TestCaPem)}});
    QVERIFY2(!added.error, qPrintable(errorCode(added)));
    QCOMPARE(added.result.toArray().size(), 1);
    const QJsonObject entry = added.result.toArray()[0].toObject();
    QVERIFY(entry.value("subject").toString().contains("Confab Test CA"));
    QVERIFY(logged("ctrl.trust_added"));

    const QJsonArray list = call(*c, "tls.trust.list").result.toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].toObject().value("id"), entry.value("id"));
    QVERIFY(list[0].toObject().value("notAfter").toString().startsWith("2126"));

    QCOMPARE(errorCode(call(*c, "tls.trust.remove", {{"id", 12345}})), QStringLiteral("cert.not_found"));
    QVERIFY(!call(*c, "tls.trust.remove", {{"id", entry.value("id")}}).error);
    QVERIFY(logged("ctrl.trust_removed"));
    QVERIFY(call(*c, "tls.trust.list").result.toArray().isEmpty());
}

void TestControlHandlers::logTail()
{
    QVERIFY(!call(*c, "domains.add", {{"domain", "example.com"}}).error);
    f->logger.log(log::Level::Major, log::tag::Router, 5, "test.last", {{"n", 1}});
    const QJsonArray two = call(*c, "log.tail", {{"limit", 2}}).result.toArray();
    QCOMPARE(two.size(), 2);
    QCOMPARE(two[1].toObject().value("key").toString(), QStringLiteral("test.last"));
    QCOMPARE(two[0].toObject().value("key").toString(), QStringLiteral("ctrl.domain_added"));
    const auto record = log::Record::fromJson(two[0].toObject());
    QVERIFY(record);
    QCOMPARE(record->args.value("domain").toString(), QStringLiteral("example.com"));
    QCOMPARE(errorCode(call(*c, "log.tail", {{"limit", "many"}})), QStringLiteral("params.invalid"));
}

void TestControlHandlers::sessions()
{
    f->sessions = QJsonArray{QJsonObject{{"id", "c2s-1"}, {"jid", "alice@example.com/phone"}},
                             QJsonObject{{"id", "s2s-2"}, {"domain", "other.example"}}};
    const QJsonArray list = call(*c, "sessions.list").result.toArray();
    QCOMPARE(list, f->sessions);
    QCOMPARE(errorCode(call(*c, "sessions.disconnect", {{"id", "c2s-9"}})),
             QStringLiteral("session.not_found"));
    QVERIFY(f->disconnected.isEmpty());
    QVERIFY(!call(*c, "sessions.disconnect", {{"id", "c2s-1"}}).error);
    QCOMPARE(f->disconnected, QStringList{"c2s-1"});
    QVERIFY(logged("ctrl.session_disconnected"));
}

QTEST_GUILESS_MAIN(TestControlHandlers)
#include "tst_controlhandlers.moc"
