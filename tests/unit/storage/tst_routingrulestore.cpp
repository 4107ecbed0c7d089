#include "storage/database.h"
#include "storage/routingrulestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace confab::storage;

namespace {
RoutingRule relay(const QString &pattern, const QString &host, int port = 0)
{
    RoutingRule r;
    r.pattern = pattern;
    r.action = QStringLiteral("relay");
    r.relayHost = host;
    r.relayPort = port;
    return r;
}

RoutingRule refuse(const QString &pattern)
{
    RoutingRule r;
    r.pattern = pattern;
    r.action = QStringLiteral("refuse");
    return r;
}

QStringList patterns(const QList<RoutingRule> &rules)
{
    QStringList out;
    for (const RoutingRule &r : rules)
        out << r.pattern;
    return out;
}

bool positionsContiguous(const QList<RoutingRule> &rules)
{
    for (int i = 0; i < rules.size(); ++i)
        if (rules.at(i).position != i)
            return false;
    return true;
}
} // namespace

class TstRoutingRuleStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_db.close(); }
    void addKeepsOrder();
    void fieldsRoundTrip();
    void move();
    void update();
    void remove();
    void invalid_data();
    void invalid();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void TstRoutingRuleStore::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("r.db")));
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("r.db"))).ok());
}

void TstRoutingRuleStore::addKeepsOrder()
{
    RoutingRuleStore store(m_db);
    QVERIFY(store.list().isEmpty());
    const auto a = store.add(relay(QStringLiteral("a.example"), QStringLiteral("relay.example")));
    QVERIFY(a.ok());
    QCOMPARE(a->position, 0);
    QVERIFY(a->id > 0);
    QVERIFY(store.add(refuse(QStringLiteral("c.example"))).ok());
    const auto b = store.add(refuse(QStringLiteral("b.example")), 1);
    QCOMPARE(b->position, 1);
    QVERIFY(store.add(refuse(QStringLiteral("first.example")), 0).ok());
    QVERIFY(store.add(refuse(QStringLiteral("*")), 99).ok()); // clamped: appended
    const auto rules = store.list();
    QCOMPARE(patterns(rules),
             (QStringList{QStringLiteral("first.example"), QStringLiteral("a.example"),
                          QStringLiteral("b.example"), QStringLiteral("c.example"), QStringLiteral("*")}));
    QVERIFY(positionsContiguous(rules));
    QCOMPARE(rules.at(2).id, b->id);
}

void TstRoutingRuleStore::fieldsRoundTrip()
{
    RoutingRuleStore store(m_db);
    RoutingRule rule = relay(QStringLiteral("*.Company.DOM"), QStringLiteral("Relay.Company.dom"), 5270);
    rule.comment = QStringLiteral("via the DMZ");
    const auto added = store.add(rule);
    QVERIFY(added.ok());
    const RoutingRule stored = store.list().value(0);
    QCOMPARE(stored.id, added->id);
    QCOMPARE(stored.pattern, QStringLiteral("*.company.dom")); // lowercased
    QCOMPARE(stored.action, QStringLiteral("relay"));
    QCOMPARE(stored.relayHost, QStringLiteral("relay.company.dom"));
    QCOMPARE(stored.relayPort, 5270);
    QCOMPARE(stored.comment, QStringLiteral("via the DMZ"));
    // A refuse rule keeps no relay target.
    RoutingRule r = refuse(QStringLiteral("spam.example"));
    r.relayHost = QStringLiteral("ignored.example");
    r.relayPort = 1;
    QVERIFY(store.add(r).ok());
    QCOMPARE(store.list().value(1).relayHost, QString());
    QCOMPARE(store.list().value(1).relayPort, 0);
    // IPv6 relay target.
    QVERIFY(store.add(relay(QStringLiteral("v6.example"), QStringLiteral("[2001:DB8::1]"))).ok());
    QCOMPARE(store.list().value(2).relayHost, QStringLiteral("[2001:db8::1]"));
}

void TstRoutingRuleStore::move()
{
    RoutingRuleStore store(m_db);
    QList<qint64> ids;
    for (const char *p : {"a", "b", "c", "d"})
        ids << store.add(refuse(QLatin1String(p))).value().id;
    QVERIFY(store.move(ids[0], 2).ok());
    QCOMPARE(patterns(store.list()), (QStringList{"b", "c", "a", "d"}));
    QVERIFY(store.move(ids[3], 0).ok());
    QCOMPARE(patterns(store.list()), (QStringList{"d", "b", "c", "a"}));
    QVERIFY(store.move(ids[1], 100).ok()); // clamped to the end
    QCOMPARE(patterns(store.list()), (QStringList{"d", "c", "a", "b"}));
    QVERIFY(store.move(ids[1], -5).ok()); // clamped to the start
    QCOMPARE(patterns(store.list()), (QStringList{"b", "d", "c", "a"}));
    QVERIFY(positionsContiguous(store.list()));
    QCOMPARE(store.move(12345, 0).error().code, QStringLiteral("rule.not_found"));
}

void TstRoutingRuleStore::update()
{
    RoutingRuleStore store(m_db);
    QVERIFY(store.add(refuse(QStringLiteral("a.example"))).ok());
    RoutingRule rule = store.add(refuse(QStringLiteral("b.example"))).value();
    rule.pattern = QStringLiteral("B2.example");
    rule.action = QStringLiteral("relay");
    rule.relayHost = QStringLiteral("relay.example");
    rule.relayPort = 5999;
    rule.comment = QStringLiteral("changed");
    rule.position = 0; // ignored: update does not reorder
    QVERIFY(store.update(rule).ok());
    const RoutingRule stored = store.list().value(1);
    QCOMPARE(stored.id, rule.id);
    QCOMPARE(stored.pattern, QStringLiteral("b2.example"));
    QCOMPARE(stored.action, QStringLiteral("relay"));
    QCOMPARE(stored.relayHost, QStringLiteral("relay.example"));
    QCOMPARE(stored.relayPort, 5999);
    QCOMPARE(stored.comment, QStringLiteral("changed"));

    rule.id = 999;
    QCOMPARE(store.update(rule).error().code, QStringLiteral("rule.not_found"));
    RoutingRule bad = stored;
    bad.relayHost.clear();
    QCOMPARE(store.update(bad).error().code, QStringLiteral("rule.invalid"));
    QCOMPARE(store.list().value(1).relayHost, QStringLiteral("relay.example")); // unchanged
}

void TstRoutingRuleStore::remove()
{
    RoutingRuleStore store(m_db);
    QList<qint64> ids;
    for (const char *p : {"a", "b", "c"})
        ids << store.add(refuse(QLatin1String(p))).value().id;
    QVERIFY(store.remove(ids[1]).ok());
    QCOMPARE(patterns(store.list()), (QStringList{"a", "c"}));
    QVERIFY(positionsContiguous(store.list()));
    QCOMPARE(store.remove(ids[1]).error().code, QStringLiteral("rule.not_found"));
    // A new rule never takes the id of a rule still present.
    const qint64 fresh = store.add(refuse(QStringLiteral("d"))).value().id;
    QVERIFY(fresh != ids[0] && fresh != ids[2]);
}

void TstRoutingRuleStore::invalid_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("empty pattern") << QString() << QStringLiteral("refuse") << QString() << 0;
    QTest::newRow("space in pattern")
        << QStringLiteral("a b.example") << QStringLiteral("refuse") << QString() << 0;
    QTest::newRow("slash in pattern") << QStringLiteral("a/b") << QStringLiteral("refuse") << QString() << 0;
    QTest::newRow("empty label") << QStringLiteral("a..example") << QStringLiteral("refuse") << QString()
                                 << 0;
    QTest::newRow("at sign") << QStringLiteral("user@example") << QStringLiteral("refuse") << QString() << 0;
    QTest::newRow("unknown action") << QStringLiteral("a.example") << QStringLiteral("drop") << QString()
                                    << 0;
    QTest::newRow("relay without host")
        << QStringLiteral("a.example") << QStringLiteral("relay") << QString() << 0;
    QTest::newRow("bad relay host") << QStringLiteral("a.example") << QStringLiteral("relay")
                                    << QStringLiteral("relay host") << 0;
    QTest::newRow("port too big") << QStringLiteral("a.example") << QStringLiteral("relay")
                                  << QStringLiteral("relay.example") << 70000;
    QTest::newRow("negative port") << QStringLiteral("a.example") << QStringLiteral("relay")
                                   << QStringLiteral("relay.example") << -1;
}

void TstRoutingRuleStore::invalid()
{
    QFETCH(QString, pattern);
    QFETCH(QString, action);
    QFETCH(QString, host);
    QFETCH(int, port);
    RoutingRuleStore store(m_db);
    RoutingRule rule{0, 0, pattern, action, host, port, {}};
    const auto added = store.add(rule);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, QStringLiteral("rule.invalid"));
    QVERIFY(!added.error().message.isEmpty());
    QVERIFY(store.list().isEmpty());
}

QTEST_GUILESS_MAIN(TstRoutingRuleStore)
#include "tst_routingrulestore.moc"
