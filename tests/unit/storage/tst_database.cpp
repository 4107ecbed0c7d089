#include "storage/database.h"
#include "storage/domainstore.h"
#include "storage/migrations.h"
#include "storage/settingsstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace confab::storage;

namespace {
QVariant pragma(const QSqlDatabase &db, const char *name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !q.next())
        return {};
    return q.value(0);
}

QStringList tables(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}
} // namespace

class TstDatabase : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void migrationsCreateSchema();
    void pragmasAreSet();
    void reopenIsIdempotent();
    void twoInstancesShareTheFile();
    void connectionPerThread();
    void closeReleasesConnections();
    void openFailures();
    void refusesNewerSchema();
    void failedMigrationLeavesNoTrace();
    void concurrentWritersWait();

private:
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    QTemporaryDir m_dir;
};

void TstDatabase::migrationsCreateSchema()
{
    Database db;
    QVERIFY(!db.isOpen());
    QVERIFY(db.open(path("schema.db")).ok());
    QVERIFY(db.isOpen());
    QCOMPARE(db.path(), path("schema.db"));
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    const QStringList names = tables(db.connection());
    for (const char *table : {"schema_version", "domains", "domain_settings", "accounts", "settings",
                              "routing_rules", "tls_required", "trusted_cas", "admin"})
        QVERIFY2(names.contains(QLatin1String(table)), table);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::latestSchemaVersion());
}

void TstDatabase::pragmasAreSet()
{
    Database db;
    QVERIFY(db.open(path("pragmas.db")).ok());
    const QSqlDatabase c = db.connection();
    QCOMPARE(pragma(c, "journal_mode").toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(c, "synchronous").toInt(), 2); // FULL
    QCOMPARE(pragma(c, "foreign_keys").toInt(), 1);
    QCOMPARE(pragma(c, "busy_timeout").toInt(), 5000);
}

void TstDatabase::reopenIsIdempotent()
{
    {
        Database db;
        QVERIFY(db.open(path("reopen.db")).ok());
        QVERIFY(DomainStore(db).add(QStringLiteral("example.org")).ok());
    }
    Database db;
    const auto reopened = db.open(path("reopen.db"));
    QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::latestSchemaVersion());
    QCOMPARE(DomainStore(db).list(), QStringList{QStringLiteral("example.org")});
    // Same object, opened again: closes the old connections and reuses nothing stale.
    QVERIFY(db.open(path("reopen.db")).ok());
    QCOMPARE(DomainStore(db).list(), QStringList{QStringLiteral("example.org")});
}

void TstDatabase::twoInstancesShareTheFile()
{
    Database a;
    Database b;
    QVERIFY(a.open(path("shared.db")).ok());
    QVERIFY(b.open(path("shared.db")).ok());
    QVERIFY(a.connection().connectionName() != b.connection().connectionName());
    QVERIFY(SettingsStore(a).set(QStringLiteral("k"), 1).ok());
    QCOMPARE(SettingsStore(b).value(QStringLiteral("k")), std::optional<QJsonValue>(1));
}

void TstDatabase::connectionPerThread()
{
    Database db;
    QVERIFY(db.open(path("threads.db")).ok());
    QVERIFY(DomainStore(db).add(QStringLiteral("example.org")).ok());
    const QString mainName = db.connection().connectionName();
    QCOMPARE(db.connection().connectionName(), mainName); // reused, not one per call

    QString threadName;
    QStringList threadSees;
    bool threadOpen = false;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        const QSqlDatabase c = db.connection();
        threadName = c.connectionName();
        threadOpen = c.isOpen();
        threadSees = DomainStore(db).list();
    }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QVERIFY(threadOpen);
    QVERIFY(!threadName.isEmpty());
    QVERIFY(threadName != mainName);
    QCOMPARE(threadSees, QStringList{QStringLiteral("example.org")});
    // The thread's connection was released when it finished; ours is still there.
    QVERIFY(!QSqlDatabase::connectionNames().contains(threadName));
    QVERIFY(QSqlDatabase::connectionNames().contains(mainName));
}

void TstDatabase::closeReleasesConnections()
{
    Database db;
    QVERIFY(db.open(path("close.db")).ok());
    const QString name = db.connection().connectionName();
    db.close();
    QVERIFY(!db.isOpen());
    QVERIFY(!QSqlDatabase::connectionNames().contains(name));
    QVERIFY(!db.connection().isValid());
    const auto added = DomainStore(db).add(QStringLiteral("example.org"));
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, QStringLiteral("storage.not_open"));
}

void TstDatabase::openFailures()
{
    Database db;
    const auto empty = db.open(QString());
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, QStringLiteral("storage.open_failed"));
    // A directory is not a database file.
    const auto directory = db.open(m_dir.path());
    QVERIFY(!directory.ok());
    QVERIFY(!db.isOpen());
}

void TstDatabase::refusesNewerSchema()
{
    {
        Database db;
        QVERIFY(db.open(path("newer.db")).ok());
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO schema_version (version, applied) VALUES (999, 'future')")));
    }
    Database db;
    const auto opened = db.open(path("newer.db"));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("storage.schema_too_new"));
    QVERIFY(opened.error().message.contains(QLatin1String("999")));
    QVERIFY(!db.isOpen());
}

void TstDatabase::failedMigrationLeavesNoTrace()
{
    Database db;
    QVERIFY(db.open(path("failing.db")).ok());
    const int latest = Database::latestSchemaVersion();
    QList<Migration> list = migrations();
    list.append({latest + 1, {"CREATE TABLE half_done (x INTEGER)", "THIS IS NOT SQL"}});
    const auto applied = applyMigrations(db.connection(), list);
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().code, QStringLiteral("storage.migration_failed"));
    QCOMPARE(applied.error().args.value(QStringLiteral("version")).toInt(), latest + 1);
    QCOMPARE(db.schemaVersion(), latest);
    QVERIFY(!tables(db.connection()).contains(QStringLiteral("half_done")));

    // A good next migration applies and is recorded.
    list.last() = {latest + 1, {"CREATE TABLE done (x INTEGER)"}};
    QVERIFY(applyMigrations(db.connection(), list).ok());
    QCOMPARE(db.schemaVersion(), latest + 1);
    QVERIFY(tables(db.connection()).contains(QStringLiteral("done")));
}

void TstDatabase::concurrentWritersWait()
{
    Database db;
    QVERIFY(db.open(path("concurrent.db")).ok());
    // Two threads (two connections) writing at once: busy_timeout and BEGIN IMMEDIATE make the
    // second wait for the first instead of failing with "database is locked".
    std::atomic<int> failures = 0;
    auto writer = [&](const QString &prefix) {
        SettingsStore store(db);
        for (int i = 0; i < 40; ++i) {
            if (!store.set(prefix + QString::number(i), i).ok() ||
                !store.set(QStringLiteral("shared"), i).ok())
                ++failures;
        }
    };
    std::unique_ptr<QThread> a(QThread::create(writer, QStringLiteral("a")));
    std::unique_ptr<QThread> b(QThread::create(writer, QStringLiteral("b")));
    a->start();
    b->start();
    QVERIFY(a->wait(60000));
    QVERIFY(b->wait(60000));
    QCOMPARE(failures.load(), 0);
    QCOMPARE(SettingsStore(db).all().size(), 81);
}

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
