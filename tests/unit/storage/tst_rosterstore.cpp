// Rosters: items with their subscription state, hidden pending requests, version counter
// (XEP-0237), and removal with the account.
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/domainstore.h"
#include "storage/rosterstore.h"
#include <QTemporaryDir>
#include <QTest>

using namespace confab::storage;

namespace {
const QString domain = QStringLiteral("example.org");
const QString juliet = QStringLiteral("juliet");
const QString romeo = QStringLiteral("romeo@example.net");
} // namespace

class TstRosterStore : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("r.db")));
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("r.db"))).ok());
        QVERIFY(DomainStore(m_db).add(domain).ok());
        QVERIFY(AccountStore(m_db).add(juliet, domain, QStringLiteral("pw-1")).ok());
        QVERIFY(AccountStore(m_db).add(QStringLiteral("nurse"), domain, QStringLiteral("pw-2")).ok());
    }
    void cleanup() { m_db.close(); }

    void emptyRosterHasVersionZero()
    {
        RosterStore store(m_db);
        QCOMPARE(store.version(juliet, domain).value(), 0);
        QVERIFY(store.items(juliet, domain).value().isEmpty());
        QVERIFY(!store.item(juliet, domain, romeo).value());
    }

    void putStoresEveryFieldAndBumpsVersion()
    {
        RosterStore store(m_db);
        RosterItem item;
        item.contact = romeo;
        item.name = QStringLiteral("Romeo ☃");
        item.subTo = true;
        item.ask = false;
        item.pendingIn = true;
        item.pendingStanza = QStringLiteral("<presence type='subscribe'/>");
        item.approved = true;
        item.groups = {QStringLiteral("Friends"), QStringLiteral("Montague")};
        auto v1 = store.put(juliet, domain, item);
        QVERIFY(v1.ok());
        QCOMPARE(v1.value(), 1);
        const auto read = store.item(juliet, domain, romeo).value();
        QVERIFY(read);
        QCOMPARE(read->name, item.name);
        QVERIFY(read->subTo && !read->subFrom && !read->ask && read->pendingIn && read->approved &&
                read->inRoster);
        QCOMPARE(read->pendingStanza, item.pendingStanza);
        QCOMPARE(read->groups, item.groups);
        QCOMPARE(read->subscriptionName(), QStringLiteral("to"));

        item.subFrom = true;
        QCOMPARE(store.put(juliet, domain, item).value(), 2);
        QCOMPARE(store.item(juliet, domain, romeo).value()->subscriptionName(), QStringLiteral("both"));
        // Another account's roster is separate.
        QVERIFY(store.items(QStringLiteral("nurse"), domain).value().isEmpty());
        QCOMPARE(store.version(QStringLiteral("nurse"), domain).value(), 0);
    }

    void hiddenRequestsAreNotInTheRoster()
    {
        RosterStore store(m_db);
        RosterItem pending;
        pending.contact = QStringLiteral("benvolio@example.net");
        pending.inRoster = false;
        pending.pendingIn = true;
        pending.pendingStanza = QStringLiteral("<presence/>");
        QCOMPARE(store.put(juliet, domain, pending, false).value(), 0); // not visible: no new version
        QVERIFY(store.items(juliet, domain).value().isEmpty());
        QCOMPARE(store.pendingRequests(juliet, domain).value().size(), 1);
        QVERIFY(store.item(juliet, domain, pending.contact).value());
        // Once nothing is left to remember, the record goes.
        pending.pendingIn = false;
        QVERIFY(store.put(juliet, domain, pending, false).ok());
        QVERIFY(!store.item(juliet, domain, pending.contact).value());
        QVERIFY(store.pendingRequests(juliet, domain).value().isEmpty());
    }

    void itemsAreOrderedAndRemovable()
    {
        RosterStore store(m_db);
        for (const char *c : {"b@x.example", "a@x.example", "c@x.example"}) {
            RosterItem item;
            item.contact = QString::fromLatin1(c);
            QVERIFY(store.put(juliet, domain, item).ok());
        }
        const auto items = store.items(juliet, domain).value();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[0].contact, QStringLiteral("a@x.example"));
        QCOMPARE(items[2].contact, QStringLiteral("c@x.example"));
        auto v = store.remove(juliet, domain, QStringLiteral("b@x.example"));
        QVERIFY(v.ok());
        QCOMPARE(v.value(), 4);
        QCOMPARE(store.items(juliet, domain).value().size(), 2);
        auto missing = store.remove(juliet, domain, QStringLiteral("b@x.example"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("roster.item_not_found"));
        QCOMPARE(store.version(juliet, domain).value(), 4); // a failed removal changes nothing
    }

    void accountRemovalRemovesRoster()
    {
        RosterStore store(m_db);
        RosterItem item;
        item.contact = romeo;
        QVERIFY(store.put(juliet, domain, item).ok());
        QVERIFY(AccountStore(m_db).remove(juliet, domain).ok());
        QVERIFY(AccountStore(m_db).add(juliet, domain, QStringLiteral("pw-3")).ok());
        QVERIFY(store.items(juliet, domain).value().isEmpty());
        QCOMPARE(store.version(juliet, domain).value(), 0);
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TstRosterStore)
#include "tst_rosterstore.moc"
