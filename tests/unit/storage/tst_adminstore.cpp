#include "storage/adminstore.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace confab::storage;

class TstAdminStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_db.close(); }
    void setAndCheck();
    void tooShort();
    void changePassword();
    void notStoredInClear();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void TstAdminStore::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("admin.db")));
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("admin.db"))).ok());
}

void TstAdminStore::setAndCheck()
{
    AdminStore store(m_db);
    QVERIFY(!store.isSetUp());
    QVERIFY(!store.checkPassword(QStringLiteral("anything at all")));
    QVERIFY(store.setPassword(QStringLiteral("correct horse")).ok());
    QVERIFY(store.isSetUp());
    QVERIFY(store.checkPassword(QStringLiteral("correct horse")));
    QVERIFY(!store.checkPassword(QStringLiteral("correct horsE")));
    QVERIFY(!store.checkPassword(QString()));
    // Survives a restart.
    m_db.close();
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("admin.db"))).ok());
    QVERIFY(store.isSetUp());
    QVERIFY(store.checkPassword(QStringLiteral("correct horse")));
}

void TstAdminStore::tooShort()
{
    AdminStore store(m_db);
    const auto shortPassword = store.setPassword(QStringLiteral("1234567"));
    QVERIFY(!shortPassword.ok());
    QCOMPARE(shortPassword.error().code, QStringLiteral("password.invalid"));
    QVERIFY(shortPassword.error().message.contains(QLatin1String("8")));
    // Eight characters (sixteen UTF-8 bytes): the minimum counts characters.
    QVERIFY(store.setPassword(QStringLiteral("\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9")).ok());
    QVERIFY(!store.setPassword(QStringLiteral("abcdefg\u0007")).ok()); // prohibited by SASLprep
    // Seven emoji are fourteen UTF-16 units but only seven characters.
    QString sevenEmoji;
    for (int i = 0; i < 7; ++i)
        sevenEmoji += QString::fromUcs4(U"\U0001F600");
    QCOMPARE(sevenEmoji.size(), 14);
    QCOMPARE(store.setPassword(sevenEmoji).error().code, QStringLiteral("password.invalid"));
    QVERIFY(store.checkPassword(QStringLiteral("\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9")));
}

void TstAdminStore::changePassword()
{
    AdminStore store(m_db);
    QVERIFY(store.setPassword(QStringLiteral("first password")).ok());
    QVERIFY(store.setPassword(QStringLiteral("second password")).ok());
    QVERIFY(!store.checkPassword(QStringLiteral("first password")));
    QVERIFY(store.checkPassword(QStringLiteral("second password")));
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM admin")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TstAdminStore::notStoredInClear()
{
    AdminStore store(m_db);
    QVERIFY(store.setPassword(QStringLiteral("correct horse")).ok());
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT * FROM admin")) && q.next());
    for (int i = 0; i < q.record().count(); ++i)
        QVERIFY(!q.value(i).toString().contains(QLatin1String("horse")));
}

QTEST_GUILESS_MAIN(TstAdminStore)
#include "tst_adminstore.moc"
