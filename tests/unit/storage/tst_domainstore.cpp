#include "storage/database.h"
#include "storage/domainstore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace confab::storage;

class TstDomainStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_db.close(); }
    void addListExists();
    void duplicateIsAnError();
    void remove();
    void settingsRoundTrip();
    void settingsOfMissingDomain();
    void removalDropsSettings();
    void persistsAcrossReopen();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void TstDomainStore::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("d.db")));
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("d.db"))).ok());
}

void TstDomainStore::addListExists()
{
    DomainStore store(m_db);
    QVERIFY(store.list().isEmpty());
    QVERIFY(!store.exists(QStringLiteral("b.example")));
    QVERIFY(store.add(QStringLiteral("b.example")).ok());
    QVERIFY(store.add(QStringLiteral("a.example")).ok());
    QVERIFY(store.exists(QStringLiteral("b.example")));
    QVERIFY(!store.exists(QStringLiteral("c.example")));
    QCOMPARE(store.list(), (QStringList{QStringLiteral("a.example"), QStringLiteral("b.example")}));
    const auto empty = store.add(QString());
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, QStringLiteral("domain.invalid"));
}

void TstDomainStore::duplicateIsAnError()
{
    DomainStore store(m_db);
    QVERIFY(store.add(QStringLiteral("example.org")).ok());
    const auto again = store.add(QStringLiteral("example.org"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("domain.exists"));
    QCOMPARE(again.error().message, QStringLiteral("Domain example.org already exists"));
    QCOMPARE(again.error().args.value(QStringLiteral("domain")).toString(), QStringLiteral("example.org"));
    QCOMPARE(store.list().size(), 1);
}

void TstDomainStore::remove()
{
    DomainStore store(m_db);
    QVERIFY(store.add(QStringLiteral("example.org")).ok());
    QVERIFY(store.remove(QStringLiteral("example.org")).ok());
    QVERIFY(!store.exists(QStringLiteral("example.org")));
    const auto missing = store.remove(QStringLiteral("example.org"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("domain.not_found"));
}

void TstDomainStore::settingsRoundTrip()
{
    DomainStore store(m_db);
    QVERIFY(store.add(QStringLiteral("example.org")).ok());
    QVERIFY(store.settings(QStringLiteral("example.org")).value().isEmpty());
    const QJsonArray list{QStringLiteral("a"), QStringLiteral("b")};
    QVERIFY(store.setSetting(QStringLiteral("example.org"), QStringLiteral("registration"), true).ok());
    QVERIFY(store.setSetting(QStringLiteral("example.org"), QStringLiteral("max"), 42).ok());
    QVERIFY(
        store.setSetting(QStringLiteral("example.org"), QStringLiteral("name"), QStringLiteral("x\"y")).ok());
    QVERIFY(store.setSetting(QStringLiteral("example.org"), QStringLiteral("list"), list).ok());
    QVERIFY(store.setSetting(QStringLiteral("example.org"), QStringLiteral("max"), 43).ok()); // overwrite
    auto settings = store.settings(QStringLiteral("example.org"));
    QVERIFY(settings.ok());
    QCOMPARE(settings->size(), 4);
    QCOMPARE(settings->value(QStringLiteral("registration")), QJsonValue(true));
    QCOMPARE(settings->value(QStringLiteral("max")), QJsonValue(43));
    QCOMPARE(settings->value(QStringLiteral("name")), QJsonValue(QStringLiteral("x\"y")));
    QCOMPARE(settings->value(QStringLiteral("list")), QJsonValue(list));

    QVERIFY(store.unsetSetting(QStringLiteral("example.org"), QStringLiteral("max")).ok());
    QVERIFY(store.unsetSetting(QStringLiteral("example.org"), QStringLiteral("never-set")).ok());
    settings = store.settings(QStringLiteral("example.org"));
    QVERIFY(!settings->contains(QStringLiteral("max")));
    QCOMPARE(settings->size(), 3);

    const auto nullValue = store.setSetting(QStringLiteral("example.org"), QStringLiteral("x"), QJsonValue());
    QVERIFY(nullValue.ok()); // null is a value, unlike undefined
    const auto invalid =
        store.setSetting(QStringLiteral("example.org"), QString(), QJsonValue(QJsonValue::Undefined));
    QCOMPARE(invalid.error().code, QStringLiteral("setting.invalid"));
}

void TstDomainStore::settingsOfMissingDomain()
{
    DomainStore store(m_db);
    QCOMPARE(store.settings(QStringLiteral("nope.example")).error().code, QStringLiteral("domain.not_found"));
    QCOMPARE(store.setSetting(QStringLiteral("nope.example"), QStringLiteral("k"), 1).error().code,
             QStringLiteral("domain.not_found"));
    QCOMPARE(store.unsetSetting(QStringLiteral("nope.example"), QStringLiteral("k")).error().code,
             QStringLiteral("domain.not_found"));
}

void TstDomainStore::removalDropsSettings()
{
    DomainStore store(m_db);
    QVERIFY(store.add(QStringLiteral("example.org")).ok());
    QVERIFY(store.setSetting(QStringLiteral("example.org"), QStringLiteral("k"), 1).ok());
    QVERIFY(store.remove(QStringLiteral("example.org")).ok());
    QVERIFY(store.add(QStringLiteral("example.org")).ok());
    QVERIFY(store.settings(QStringLiteral("example.org")).value().isEmpty());
}

void TstDomainStore::persistsAcrossReopen()
{
    DomainStore store(m_db);
    QVERIFY(store.add(QStringLiteral("example.org")).ok());
    QVERIFY(store.setSetting(QStringLiteral("example.org"), QStringLiteral("k"), QStringLiteral("v")).ok());
    m_db.close();
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("d.db"))).ok());
    QCOMPARE(store.list(), QStringList{QStringLiteral("example.org")});
    QCOMPARE(store.settings(QStringLiteral("example.org"))->value(QStringLiteral("k")),
             QJsonValue(QStringLiteral("v")));
}

QTEST_GUILESS_MAIN(TstDomainStore)
#include "tst_domainstore.moc"
