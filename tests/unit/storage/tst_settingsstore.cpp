#include "storage/database.h"
#include "storage/settingsstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace confab::storage;

class TstSettingsStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_db.close(); }
    void setAndRead();
    void overwriteAndUnset();
    void invalid();
    void persistsAcrossReopen();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void TstSettingsStore::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("s.db")));
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("s.db"))).ok());
}

void TstSettingsStore::setAndRead()
{
    SettingsStore store(m_db);
    QVERIFY(store.all().isEmpty());
    QVERIFY(!store.value(QStringLiteral("c2s.port")).has_value());
    const QJsonObject object{{QStringLiteral("a"), 1}};
    QVERIFY(store.set(QStringLiteral("c2s.port"), 5222).ok());
    QVERIFY(store.set(QStringLiteral("s2s.enabled"), false).ok());
    QVERIFY(store.set(QStringLiteral("motd"), QStringLiteral("hello, \u00e9")).ok());
    QVERIFY(store.set(QStringLiteral("list"), QJsonArray{1, QStringLiteral("x")}).ok());
    QVERIFY(store.set(QStringLiteral("obj"), object).ok());
    QVERIFY(store.set(QStringLiteral("nothing"), QJsonValue(QJsonValue::Null)).ok());
    QCOMPARE(store.value(QStringLiteral("c2s.port")), std::optional<QJsonValue>(5222));
    QCOMPARE(store.value(QStringLiteral("s2s.enabled")), std::optional<QJsonValue>(false));
    QCOMPARE(store.value(QStringLiteral("motd")), std::optional<QJsonValue>(QStringLiteral("hello, \u00e9")));
    QCOMPARE(store.value(QStringLiteral("list")),
             std::optional<QJsonValue>(QJsonArray{1, QStringLiteral("x")}));
    QCOMPARE(store.value(QStringLiteral("obj")), std::optional<QJsonValue>(object));
    QCOMPARE(store.value(QStringLiteral("nothing")), std::optional<QJsonValue>(QJsonValue(QJsonValue::Null)));
    const QJsonObject all = store.all();
    QCOMPARE(all.size(), 6);
    QCOMPARE(all.value(QStringLiteral("c2s.port")), QJsonValue(5222));
}

void TstSettingsStore::overwriteAndUnset()
{
    SettingsStore store(m_db);
    QVERIFY(store.set(QStringLiteral("k"), 1).ok());
    QVERIFY(store.set(QStringLiteral("k"), 2).ok());
    QCOMPARE(store.value(QStringLiteral("k")), std::optional<QJsonValue>(2));
    QCOMPARE(store.all().size(), 1);
    QVERIFY(store.unset(QStringLiteral("k")).ok());
    QVERIFY(!store.value(QStringLiteral("k")).has_value());
    QVERIFY(store.unset(QStringLiteral("k")).ok()); // unsetting twice is harmless
}

void TstSettingsStore::invalid()
{
    SettingsStore store(m_db);
    QCOMPARE(store.set(QString(), 1).error().code, QStringLiteral("setting.invalid"));
    QCOMPARE(store.set(QStringLiteral("k"), QJsonValue(QJsonValue::Undefined)).error().code,
             QStringLiteral("setting.invalid"));
    QVERIFY(store.all().isEmpty());
}

void TstSettingsStore::persistsAcrossReopen()
{
    SettingsStore store(m_db);
    QVERIFY(store.set(QStringLiteral("k"), QStringLiteral("v")).ok());
    m_db.close();
    QVERIFY(!store.value(QStringLiteral("k")).has_value()); // closed: nothing readable
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("s.db"))).ok());
    QCOMPARE(store.value(QStringLiteral("k")), std::optional<QJsonValue>(QStringLiteral("v")));
}

QTEST_GUILESS_MAIN(TstSettingsStore)
#include "tst_settingsstore.moc"
