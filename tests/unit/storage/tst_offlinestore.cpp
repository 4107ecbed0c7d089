// Offline messages (XEP-0160): order, the per-account bound, pop-all in one transaction, and
// removal with the account.
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/domainstore.h"
#include "storage/offlinestore.h"
#include <QTemporaryDir>
#include <QTest>

using namespace confab::storage;

namespace {
const QString domain = QStringLiteral("example.org");
const QString juliet = QStringLiteral("juliet");
const QString nurse = QStringLiteral("nurse");
QString msg(int i)
{
    return QStringLiteral("<message type='chat'><body>%1</body></message>").arg(i);
}
} // namespace

class TstOfflineStore : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("o.db")));
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("o.db"))).ok());
        QVERIFY(DomainStore(m_db).add(domain).ok());
        QVERIFY(AccountStore(m_db).add(juliet, domain, QStringLiteral("pw-1")).ok());
        QVERIFY(AccountStore(m_db).add(nurse, domain, QStringLiteral("pw-2")).ok());
    }
    void cleanup() { m_db.close(); }

    void keepsOrderAndPopsAll()
    {
        OfflineStore store(m_db);
        const QDateTime t0 =
            QDateTime::fromString(QStringLiteral("2024-01-02T03:04:05.678Z"), Qt::ISODateWithMs);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(store.store(juliet, domain, msg(i), t0.addSecs(i), 100).ok());
            QVERIFY(store.store(nurse, domain, msg(100 + i), t0, 100).ok()); // interleaved
        }
        QCOMPARE(store.count(juliet, domain).value(), 5);
        const auto popped = store.popAll(juliet, domain);
        QVERIFY(popped.ok());
        QCOMPARE(popped.value().size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(popped.value()[i].stanza, msg(i));
            QCOMPARE(popped.value()[i].stamp, t0.addSecs(i));
        }
        QCOMPARE(store.count(juliet, domain).value(), 0);
        QVERIFY(store.popAll(juliet, domain).value().isEmpty()); // exactly once
        QCOMPARE(store.count(nurse, domain).value(), 5);         // the other account's stay
    }

    void boundIsEnforced()
    {
        OfflineStore store(m_db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(store.store(juliet, domain, msg(1), now, 2).ok());
        QVERIFY(store.store(juliet, domain, msg(2), now, 2).ok());
        auto full = store.store(juliet, domain, msg(3), now, 2);
        QVERIFY(!full.ok());
        QCOMPARE(full.error().code, QStringLiteral("offline.full"));
        QCOMPARE(store.count(juliet, domain).value(), 2);
        QVERIFY(!store.store(juliet, domain, msg(4), now, 0).ok()); // 0 keeps nothing
        // Space again after delivery.
        QCOMPARE(store.popAll(juliet, domain).value().size(), 2);
        QVERIFY(store.store(juliet, domain, msg(5), now, 2).ok());
    }

    void survivesReopen()
    {
        OfflineStore store(m_db);
        QVERIFY(store.store(juliet, domain, msg(7), QDateTime::currentDateTimeUtc(), 10).ok());
        m_db.close();
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("o.db"))).ok());
        const auto popped = OfflineStore(m_db).popAll(juliet, domain);
        QCOMPARE(popped.value().size(), 1);
        QCOMPARE(popped.value().first().stanza, msg(7));
    }

    void accountRemovalRemovesMessages()
    {
        OfflineStore store(m_db);
        QVERIFY(store.store(juliet, domain, msg(1), QDateTime::currentDateTimeUtc(), 10).ok());
        QVERIFY(AccountStore(m_db).remove(juliet, domain).ok());
        QVERIFY(AccountStore(m_db).add(juliet, domain, QStringLiteral("pw-3")).ok());
        QCOMPARE(store.count(juliet, domain).value(), 0);
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TstOfflineStore)
#include "tst_offlinestore.moc"
