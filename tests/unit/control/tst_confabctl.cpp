// confabctl against an in-process ControlServer: exit codes, password sources, table and --json
// output, and log following.
#include "controlfixture.h"
#include "storage/accountstore.h"
#include "storage/domainstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

using namespace confab;
using namespace confab::control;
using namespace confab::control::testing;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestConfabctl : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void usageErrors();
    void notRunning();
    void relativeDataDir();
    void setupAndAuth();
    void domainsAndJson();
    void users();
    void routesAndSettings();
    void logTail();
    void logFollow();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    Run run(const QStringList &args, const QString &adminPassword = QString::fromLatin1(AdminPassword));
    void startProcess(QProcess &p, const QStringList &args, const QString &adminPassword);

    QString m_binary;
    std::unique_ptr<ControlFixture> f;
};

void TestConfabctl::initTestCase()
{
    m_binary = qEnvironmentVariable("CONFAB_BUILD_DIR") + "/appliance/ctl/confabctl";
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary + " is not built"));
}

void TestConfabctl::init()
{
    f = std::make_unique<ControlFixture>();
    QVERIFY(f->start());
}

void TestConfabctl::cleanup()
{
    f.reset();
}

QString TestConfabctl::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = f->dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

void TestConfabctl::startProcess(QProcess &p, const QStringList &args, const QString &adminPassword)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("CONFAB_ADMIN_PASSWORD");
    env.remove("CONFAB_DATA_DIR");
    if (!adminPassword.isEmpty())
        env.insert("CONFAB_ADMIN_PASSWORD", adminPassword);
    p.setProcessEnvironment(env);
    p.setProgram(m_binary);
    p.setArguments(QStringList{"--data-dir", f->dir.path()} + args);
    p.start();
    p.closeWriteChannel(); // stdin is no terminal: confabctl must not wait for a prompt
}

// The server runs on this thread, so wait by spinning the event loop, not with waitForFinished().
Run TestConfabctl::run(const QStringList &args, const QString &adminPassword)
{
    QProcess p;
    startProcess(p, args, adminPassword);
    for (int i = 0; i < 1500 && p.state() != QProcess::NotRunning; ++i)
        QTest::qWait(20);
    Run r;
    r.exitCode =
        p.exitStatus() == QProcess::NormalExit && p.state() == QProcess::NotRunning ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    // Under CONFAB_SANITIZE a report makes confabctl exit 1, which some cases expect anyway.
    if (r.err.contains(QRegularExpression(QStringLiteral("SUMMARY: \\w+Sanitizer"))))
        qFatal("confabctl reported a sanitizer error:\n%s", qPrintable(r.err));
    return r;
}

void TestConfabctl::usageErrors()
{
    QCOMPARE(run({}).exitCode, 2);
    QCOMPARE(run({"frobnicate"}).exitCode, 2);
    const Run missing = run({"domain", "add"});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("confabctl domain add DOMAIN"));
    QCOMPARE(run({"log", "tail", "--bogus"}).exitCode, 2);
    QCOMPARE(run({"--help"}).exitCode, 0);
}

void TestConfabctl::notRunning()
{
    f->server->close();
    const Run r = run({"status"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("confabd is not running or the socket"), qPrintable(r.err));
    QVERIFY(r.err.contains(f->socketPath));
}

// QLocalSocket takes a name without a leading '/' as a name in the temp directory: confabctl must
// make a relative --data-dir absolute itself (found while scripting the benchmark).
void TestConfabctl::relativeDataDir()
{
    const QFileInfo dir(f->dir.path());
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("CONFAB_ADMIN_PASSWORD", QString::fromLatin1(AdminPassword));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(dir.absolutePath());
    p.start(m_binary, {"--data-dir", dir.fileName(), "status"});
    p.closeWriteChannel();
    for (int i = 0; i < 1500 && p.state() != QProcess::NotRunning; ++i)
        QTest::qWait(20);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(!err.contains(QLatin1String("not reachable")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("setup")), qPrintable(err)); // confabd answered: not set up yet
}

void TestConfabctl::setupAndAuth()
{
    // Without a password source and without a terminal: a usage error, nothing is asked.
    QCOMPARE(run({"setup"}, QString()).exitCode, 2);
    const QString file = writeFile("admin.pw", QByteArray(AdminPassword) + "\n");
    const Run setup = run({"setup", "--admin-password-file", file, "--domain", "example.com"}, QString());
    QCOMPARE(setup.exitCode, 0);
    const Run again = run({"setup", "--admin-password-file", file}, QString());
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.startsWith("confabctl: ") && again.err.contains("(setup.done)"),
             qPrintable(again.err));

    QCOMPARE(run({"status"}, "wrong password").exitCode, 4);
    QCOMPARE(run({"status"}, QString()).exitCode, 2);
    QCOMPARE(run({"--admin-password-file", file, "status"}, QString()).exitCode, 0);
    const Run status = run({"status"});
    QCOMPARE(status.exitCode, 0);
    QVERIFY(status.out.contains("9.9-test"));
}

void TestConfabctl::domainsAndJson()
{
    QVERIFY(f->admin());
    QCOMPARE(run({"domain", "add", "Example.com"}).exitCode, 0);
    QCOMPARE(run({"domain", "add", "example.com"}).exitCode, 1);
    const Run bad = run({"domain", "add", "bad domain!"});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains("(domain.invalid)"));

    const Run list = run({"domain", "list"});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("example.com"));
    const Run json = run({"--json", "domain", "list"});
    const QJsonArray arr = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(arr.size(), 1);
    QCOMPARE(arr[0].toObject().value("domain").toString(), QStringLiteral("example.com"));

    QCOMPARE(run({"domain", "set", "example.com", "registration.free", "on"}).exitCode, 0);
    const Run show = run({"domain", "show", "example.com"});
    QVERIFY(show.out.contains(QRegularExpression("registration\\.free\\s+true\\s+set")));
    QCOMPARE(run({"domain", "set", "example.com", "no.such", "1"}).exitCode, 1);
    QCOMPARE(run({"domain", "unset", "example.com", "registration.free"}).exitCode, 0);
    QCOMPARE(run({"domain", "remove", "example.com"}).exitCode, 0);
    QCOMPARE(storage::DomainStore(f->db).list().size(), 0);
}

void TestConfabctl::users()
{
    QVERIFY(f->admin());
    QCOMPARE(run({"domain", "add", "example.com"}).exitCode, 0);
    const QString pw = writeFile("user.pw", "alice secret\n");
    QCOMPARE(run({"user", "add", "alice@example.com", "--password-file", pw}).exitCode, 0);
    QVERIFY(storage::AccountStore(f->db).checkPassword("alice", "example.com", "alice secret"));
    const Run unknown = run({"user", "add", "bob@nowhere.example", "--password-file", pw});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("(domain.not_found)"));
    // No password file and no terminal: refused before anything is sent.
    QCOMPARE(run({"user", "add", "carol@example.com"}).exitCode, 2);
    QCOMPARE(storage::AccountStore(f->db).count(), 1);

    QCOMPARE(run({"user", "disable", "alice@example.com"}).exitCode, 0);
    const Run list = run({"user", "list", "example.com", "--search", "ali"});
    QVERIFY(list.out.contains(QRegularExpression("alice@example\\.com\\s+disabled")));
    QCOMPARE(run({"user", "enable", "alice@example.com"}).exitCode, 0);
    QCOMPARE(run({"user", "remove", "alice@example.com"}).exitCode, 0);
    QCOMPARE(storage::AccountStore(f->db).count(), 0);
}

void TestConfabctl::routesAndSettings()
{
    QVERIFY(f->admin());
    QCOMPARE(run({"route", "add", "*.company.dom", "gw.company.dom:5270"}).exitCode, 0);
    QCOMPARE(run({"route", "refuse", "spam.example", "--position", "0"}).exitCode, 0);
    QCOMPARE(run({"route", "add", "x.example", "gw:99999"}).exitCode, 2);
    const QJsonArray routes = QJsonDocument::fromJson(run({"--json", "route", "list"}).out.toUtf8()).array();
    QCOMPARE(routes.size(), 2);
    QCOMPARE(routes[0].toObject().value("action").toString(), QStringLiteral("refuse"));
    QCOMPARE(routes[1].toObject().value("relay").toString(), QStringLiteral("gw.company.dom"));
    QCOMPARE(routes[1].toObject().value("port").toInt(), 5270);
    QCOMPARE(run({"route", "remove", "424242"}).exitCode, 1);

    QCOMPARE(run({"settings", "set", "server.channels", "77"}).exitCode, 0);
    QCOMPARE(run({"settings", "get", "server.channels"}).out.trimmed(), QStringLiteral("77"));
    QCOMPARE(run({"settings", "set", "server.channels", "zero"}).exitCode, 1);
    // A negative number is a value, not an unknown option (-1 = automatic).
    QCOMPARE(run({"settings", "set", "server.io_threads", "2"}).exitCode, 0);
    QCOMPARE(run({"settings", "set", "server.io_threads", "-1"}).exitCode, 0);
    QCOMPARE(run({"settings", "get", "server.io_threads"}).out.trimmed(), QStringLiteral("-1"));
    const Run belowRange = run({"settings", "set", "server.io_threads", "-2"});
    QCOMPARE(belowRange.exitCode, 1);
    QVERIFY2(!belowRange.err.contains("unknown option"), qPrintable(belowRange.err));
    QCOMPARE(run({"tls", "require", "*.bank.example"}).exitCode, 0);
    QCOMPARE(run({"tls", "list"}).out.trimmed(), QStringLiteral("*.bank.example"));
}

void TestConfabctl::logTail()
{
    QVERIFY(f->admin());
    QCOMPARE(run({"domain", "add", "example.com"}).exitCode, 0);
    const Run tail = run({"log", "tail", "-n", "50"});
    QCOMPARE(tail.exitCode, 0);
    QVERIFY2(tail.out.contains("CTRL") && tail.out.contains("Admin added the domain example.com"),
             qPrintable(tail.out));
}

void TestConfabctl::logFollow()
{
    QVERIFY(f->admin());
    QProcess p;
    startProcess(p, {"log", "tail", "-n", "0", "-f"}, QString::fromLatin1(AdminPassword));
    // It subscribes some time after starting: log until a record shows up in its output.
    QByteArray out;
    for (int i = 0; i < 100 && !out.contains("test.followed"); ++i) {
        f->logger.log(log::Level::Major, log::tag::Router, 3, "test.followed", {{"n", i}});
        QTest::qWait(100);
        out += p.readAllStandardOutput();
    }
    QVERIFY2(out.contains("test.followed"), p.readAllStandardError().constData());
    QVERIFY(out.contains("ROUTER [3] major"));
    p.terminate(); // SIGTERM, handled like SIGINT
    QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 10000);
    QCOMPARE(p.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestConfabctl)
#include "tst_confabctl.moc"
