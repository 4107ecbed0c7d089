// Acknowledged writes survive a crash: a child process commits writes and reports each one, the
// parent kills it with SIGKILL at an arbitrary point, then checks that every reported write is there
// and that the file is intact. The child is this same binary started with --crash-child.
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/domainstore.h"
#include "storage/settingsstore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace confab::storage;

namespace {

const QString domain = QStringLiteral("crash.example");
const char childFlag[] = "--crash-child";

QString userName(int k)
{
    return QStringLiteral("user%1").arg(k);
}

QString settingKey(int k)
{
    return QStringLiteral("key%1").arg(k);
}

// Continues after the writes of earlier (killed) runs, so that several crashes hit the same file.
int runChild(const QString &path, int count)
{
    Database db;
    if (auto opened = db.open(path); !opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
        return 2;
    }
    DomainStore domains(db);
    if (!domains.exists(domain) && !domains.add(domain).ok())
        return 3;
    AccountStore accounts(db);
    SettingsStore settings(db);
    const int first = accounts.count(domain) + 1;
    for (int k = first; k < first + count; ++k) {
        // An account write and a settings write: two transactions, reported once both committed.
        const auto added = accounts.add(userName(k), domain, QStringLiteral("password %1").arg(k));
        bool churned = true;
        // Fast overwrites widen the window in which the kill lands inside a write transaction
        // rather than in the (slow) key derivation.
        for (int j = 0; j < 10; ++j)
            churned = churned && settings.set(QStringLiteral("churn"), j).ok();
        const auto set = settings.set(settingKey(k), k);
        if (!added.ok() || !set.ok() || !churned) {
            std::fprintf(stderr, "write %d failed\n", k);
            return 4;
        }
        std::printf("committed %d\n", k);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class TstCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLosesNothingCommitted();

private:
    int runAndKill(const QString &path, int killAfter);
};

// Starts the child, kills it once it reported `killAfter` commits, returns the last reported one.
int TstCrashSafety::runAndKill(const QString &path, int killAfter)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QLatin1String(childFlag), path, QStringLiteral("100000")});
    if (!child.waitForStarted(10000))
        return -1;
    static const QRegularExpression line(QStringLiteral("^committed (\\d+)$"));
    QByteArray output;
    int last = 0;
    auto parse = [&] {
        // Only complete lines: a line cut by the kill proves nothing.
        qsizetype end;
        while ((end = output.indexOf('\n')) >= 0) {
            const auto match = line.match(QString::fromLatin1(output.left(end)));
            if (match.hasMatch())
                last = qMax(last, match.captured(1).toInt());
            output.remove(0, end + 1);
        }
    };
    QDeadlineTimer deadline(60000);
    int seen = 0;
    while (seen < killAfter && !deadline.hasExpired() && child.state() == QProcess::Running) {
        child.waitForReadyRead(1000);
        output += child.readAllStandardOutput();
        parse();
        seen = last;
    }
    child.kill(); // SIGKILL on Unix: no destructors, no rollback, no flushing
    child.waitForFinished(10000);
    output += child.readAllStandardOutput();
    parse();
    if (child.exitStatus() != QProcess::CrashExit)
        return -2; // it must have died from the kill, not finished or failed on its own
    return last;
}

void TstCrashSafety::killedWriterLosesNothingCommitted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.db"));
    int committed = 0;
    // Several crashes on the same file, at different points.
    for (int round = 0; round < 3; ++round) {
        const int last = runAndKill(path, committed + 8 + round * 5);
        QVERIFY2(last > committed,
                 qPrintable(QStringLiteral("round %1: child reported %2").arg(round).arg(last)));
        committed = last;

        Database db;
        const auto opened = db.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QSqlQuery check(db.connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!check.next());

        AccountStore accounts(db);
        SettingsStore settings(db);
        for (int k = 1; k <= committed; ++k) {
            QVERIFY2(accounts.checkPassword(userName(k), domain, QStringLiteral("password %1").arg(k)),
                     qPrintable(userName(k)));
            QCOMPARE(settings.value(settingKey(k)), std::optional<QJsonValue>(k));
        }
        // At most the one write in flight when the kill came may be there unreported.
        QVERIFY(accounts.count(domain) <= committed + 1);
        qInfo("round %d: killed after %d reported commits; %d accounts on disk", round, last,
              accounts.count(domain));
        committed = accounts.count(domain);
        // The next child starts after the in-flight account; its setting may be missing: drop it.
        if (!settings.value(settingKey(committed)).has_value())
            QVERIFY(settings.set(settingKey(committed), committed).ok());
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 4 && qstrcmp(argv[1], childFlag) == 0)
        return runChild(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    TstCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
