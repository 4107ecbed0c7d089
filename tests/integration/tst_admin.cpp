// The control socket end to end: the real confabd driven by the real confabctl, as an admin's
// script would (issue: foundation, item 9). Settings survive a SIGKILL and a restart.
#include "confabprocess.h"
#include "rawclient.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace confab::test;

class TestAdmin : public QObject
{
    Q_OBJECT
    ConfabProcess m_confab{QStringLiteral("confab.test")};

    CtlResult ctl(const QStringList &args) { return m_confab.ctl(args); }
    QJsonValue json(const QStringList &args)
    {
        const CtlResult r = ctl(QStringList{QStringLiteral("--json")} + args);
        if (r.exitCode != 0)
            qWarning("confabctl %s: %s", qPrintable(args.join(' ')), r.err.constData());
        return QJsonDocument::fromJson("{\"v\":" + r.out + "}").object().value("v");
    }

private slots:
    void initTestCase() { QVERIFY(m_confab.start()); }
    void cleanupTestCase() { m_confab.stop(); }

    void nothingButSetupBeforeSetup()
    {
        const CtlResult r = ctl({"status"});
        QVERIFY2(r.exitCode != 0, r.out.constData());
        QVERIFY(m_confab.setupAdmin());
        QCOMPARE(ctl({"status"}).exitCode, 0);
        // A second setup is refused and changes nothing.
        QFile f(m_confab.dataDir() + "/other.pw");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("another-password-2");
        f.close();
        const CtlResult again = ctl({"setup", "--admin-password-file", f.fileName()});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("setup.done"));
    }

    void wrongAdminPasswordIsExit4()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("CONFAB_ADMIN_PASSWORD", "not-the-password");
        p.setProcessEnvironment(env);
        p.start(confabctlPath(), {"--data-dir", m_confab.dataDir(), "status"});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 4);
    }

    void notRunningIsExit3()
    {
        QTemporaryDir empty;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("CONFAB_ADMIN_PASSWORD", "x");
        p.setProcessEnvironment(env);
        p.start(confabctlPath(), {"--data-dir", empty.path(), "status"});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 3);
        QVERIFY(p.readAllStandardError().contains("not running"));
    }

    void domains()
    {
        QCOMPARE(ctl({"domain", "add", "Example.COM"}).exitCode, 0);
        const QJsonArray list = json({"domain", "list"}).toArray();
        QStringList names;
        for (const QJsonValue &d : list)
            names << d.toObject().value("domain").toString();
        QVERIFY2(names.contains("example.com") && names.contains("confab.test"), qPrintable(names.join(',')));
        // Bad input: a clear error, exit 1, nothing changed.
        const CtlResult bad = ctl({"domain", "add", "not a domain!"});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("domain.invalid"));
        QCOMPARE(json({"domain", "list"}).toArray().size(), list.size());
        // Per-domain settings, including the seed's registration switches.
        QCOMPARE(ctl({"domain", "set", "example.com", "registration.free", "on"}).exitCode, 0);
        QCOMPARE(ctl({"domain", "set", "example.com", "registration.allow_password_change", "off"}).exitCode, 0);
        const QJsonObject shown = json({"domain", "show", "example.com"}).toObject();
        QCOMPARE(shown.value("settings").toObject().value("registration.free").toBool(), true);
        QCOMPARE(shown.value("settings").toObject().value("registration.allow_password_change").toBool(), false);
        const CtlResult unknownKey = ctl({"domain", "set", "example.com", "no.such.key", "1"});
        QCOMPARE(unknownKey.exitCode, 1);
        QVERIFY(unknownKey.err.contains("setting.unknown"));
        const CtlResult badValue = ctl({"domain", "set", "example.com", "registration.free", "maybe"});
        QCOMPARE(badValue.exitCode, 1);
    }

    void usersAndLogin()
    {
        QVERIFY(m_confab.addUser("carol@confab.test", "carol-pw-1"));
        QVERIFY(!m_confab.addUser("carol@confab.test", "x-other")); // exists
        QVERIFY(!m_confab.addUser("dave@unknown.example", "pw-dave-1")); // domain not hosted
        QCOMPARE(json({"user", "list", "confab.test"}).toObject().value("total").toInt(), 1);

        RawClient c;
        QCOMPARE(c.login(m_confab.c2sPort(), m_confab.certificatePath(), "confab.test", "carol", "carol-pw-1", "r"),
                 QStringLiteral("carol@confab.test/r"));
        // The live session list shows the login: JID, address, TLS, bytes.
        const QJsonArray sessions = json({"sessions", "list"}).toArray();
        bool found = false;
        for (const QJsonValue &v : sessions) {
            const QJsonObject s = v.toObject();
            if (s.value("jid").toString() == "carol@confab.test/r") {
                found = true;
                QCOMPARE(s.value("address").toString(), QStringLiteral("127.0.0.1"));
                QVERIFY(s.value("tls").toBool());
                QVERIFY(s.value("bytesIn").toDouble() > 0);
            }
        }
        QVERIFY(found);

        QFile f(m_confab.dataDir() + "/new.pw");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("carol-pw-2");
        f.close();
        QCOMPARE(ctl({"user", "passwd", "carol@confab.test", "--password-file", f.fileName()}).exitCode, 0);
        RawClient oldPw, newPw;
        QVERIFY(oldPw.login(m_confab.c2sPort(), m_confab.certificatePath(), "confab.test", "carol", "carol-pw-1")
                    .isEmpty());
        QVERIFY(!newPw.login(m_confab.c2sPort(), m_confab.certificatePath(), "confab.test", "carol", "carol-pw-2")
                     .isEmpty());

        QCOMPARE(ctl({"user", "disable", "carol@confab.test"}).exitCode, 0);
        // Her live session ends at once.
        std::unique_ptr<confab::xml::Element> el;
        do {
            el = newPw.next();
        } while (el && el->name() != u"error");
        QVERIFY(el);
        QVERIFY(el->firstChild(u"not-authorized"));
        RawClient disabled;
        QVERIFY(disabled.login(m_confab.c2sPort(), m_confab.certificatePath(), "confab.test", "carol", "carol-pw-2")
                    .isEmpty());
        QCOMPARE(ctl({"user", "enable", "carol@confab.test"}).exitCode, 0);
        QCOMPARE(ctl({"user", "remove", "carol@confab.test"}).exitCode, 0);
        QCOMPARE(json({"user", "list", "confab.test"}).toObject().value("total").toInt(), 0);
    }

    void settingsRoutesTls()
    {
        QCOMPARE(ctl({"settings", "set", "server.channels", "500"}).exitCode, 0);
        QCOMPARE(json({"settings", "get", "server.channels"}).toObject().value("value").toInt(), 500);
        QCOMPARE(ctl({"settings", "set", "server.channels", "0"}).exitCode, 1); // below the minimum
        QCOMPARE(ctl({"route", "add", "company.dom", "server.company.dom"}).exitCode, 0);
        QCOMPARE(ctl({"route", "add", "*.other.dom", "relay.other.dom:5270"}).exitCode, 0);
        QCOMPARE(ctl({"route", "refuse", "spam.example"}).exitCode, 0);
        QJsonArray routes = json({"route", "list"}).toArray();
        QCOMPARE(routes.size(), 3);
        const qint64 lastId = routes.last().toObject().value("id").toInteger();
        QCOMPARE(ctl({"route", "move", QString::number(lastId), "0"}).exitCode, 0);
        routes = json({"route", "list"}).toArray();
        QCOMPARE(routes.first().toObject().value("pattern").toString(), QStringLiteral("spam.example"));
        QCOMPARE(ctl({"route", "add", "bad pattern", "x"}).exitCode, 1);
        QCOMPARE(ctl({"tls", "require", "*.bank.example"}).exitCode, 0);
        QVERIFY(ctl({"tls", "list"}).out.contains("*.bank.example"));
    }

    void certificateImport()
    {
        const QString dir = m_confab.dataDir();
        QProcess openssl;
        openssl.start("openssl", {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                                  "-keyout", dir + "/imported.key", "-out", dir + "/imported.pem", "-days", "30",
                                  "-subj", "/CN=confab.test", "-addext", "subjectAltName=DNS:confab.test"});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        // A key that does not match is refused and nothing changes.
        const CtlResult mismatch =
            ctl({"cert", "import", "confab.test", dir + "/imported.pem", dir + "/certs/confab.test.key"});
        QCOMPARE(mismatch.exitCode, 1);
        QCOMPARE(ctl({"cert", "import", "confab.test", dir + "/imported.pem", dir + "/imported.key"}).exitCode, 0);
        // The new certificate is the one clients now see.
        RawClient c;
        QVERIFY(c.connectDirectTls(m_confab.tlsPort(), dir + "/imported.pem", "confab.test"));
        QCOMPARE(c.socket().peerCertificate(), QSslCertificate::fromPath(dir + "/imported.pem").value(0));
    }

    void logTailShowsAdminChanges()
    {
        const CtlResult r = ctl({"log", "tail", "-n", "200"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("CTRL"), r.out.constData());
        QVERIFY(r.out.contains("example.com"));
        QVERIFY(r.out.contains("XMPPI")); // the client logins above
    }

    void nothingLostAfterKillAndRestart()
    {
        m_confab.kill(); // SIGKILL: no chance to flush anything
        QVERIFY(m_confab.start());
        QCOMPARE(json({"settings", "get", "server.channels"}).toObject().value("value").toInt(), 500);
        QCOMPARE(json({"route", "list"}).toArray().size(), 3);
        const QJsonObject shown = json({"domain", "show", "example.com"}).toObject();
        QCOMPARE(shown.value("settings").toObject().value("registration.free").toBool(), true);
        QVERIFY(ctl({"tls", "list"}).out.contains("*.bank.example"));
    }
};

QTEST_GUILESS_MAIN(TestAdmin)
#include "tst_admin.moc"
