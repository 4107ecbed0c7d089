#include "storage/database.h"
#include "storage/tlspolicystore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace confab::storage;

namespace {
const QByteArray pemA = "-----BEGIN CERTIFICATE-----\nMIIBAAAA\n-----END CERTIFICATE-----\n";
const QByteArray pemB = "-----BEGIN CERTIFICATE-----\nMIIBBBBB\n-----END CERTIFICATE-----\n";
} // namespace

class TstTlsPolicyStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_db.close(); }
    void requiredPatterns();
    void invalidPatterns();
    void trustedCas();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void TstTlsPolicyStore::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("t.db")));
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("t.db"))).ok());
}

void TstTlsPolicyStore::requiredPatterns()
{
    TlsPolicyStore store(m_db);
    QVERIFY(store.requiredPatterns().isEmpty());
    QVERIFY(store.addRequired(QStringLiteral("*.Bank.example")).ok());
    QVERIFY(store.addRequired(QStringLiteral("a.example")).ok());
    QCOMPARE(store.requiredPatterns(),
             (QStringList{QStringLiteral("*.bank.example"), QStringLiteral("a.example")}));
    const auto duplicate = store.addRequired(QStringLiteral("*.BANK.example"));
    QCOMPARE(duplicate.error().code, QStringLiteral("tls.pattern_exists"));
    QVERIFY(store.removeRequired(QStringLiteral("*.bank.EXAMPLE")).ok());
    QCOMPARE(store.requiredPatterns(), QStringList{QStringLiteral("a.example")});
    QCOMPARE(store.removeRequired(QStringLiteral("*.bank.example")).error().code,
             QStringLiteral("tls.pattern_not_found"));
}

void TstTlsPolicyStore::invalidPatterns()
{
    TlsPolicyStore store(m_db);
    for (const QString &bad : {QString(), QStringLiteral("a b"), QStringLiteral("a..b"),
                               QStringLiteral("a;DROP"), QStringLiteral(".example")}) {
        const auto added = store.addRequired(bad);
        QVERIFY2(!added.ok(), qPrintable(bad));
        QCOMPARE(added.error().code, QStringLiteral("pattern.invalid"));
    }
    QVERIFY(store.requiredPatterns().isEmpty());
}

void TstTlsPolicyStore::trustedCas()
{
    TlsPolicyStore store(m_db);
    QVERIFY(store.trustedCas().isEmpty());
    const auto a = store.addTrustedCa(QStringLiteral("CN=Root A"), pemA);
    const auto b = store.addTrustedCa(QStringLiteral("CN=Root B"), pemB);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a.value() != b.value());
    auto cas = store.trustedCas();
    QCOMPARE(cas.size(), 2);
    QCOMPARE(cas.at(0).id, a.value());
    QCOMPARE(cas.at(0).subject, QStringLiteral("CN=Root A"));
    QCOMPARE(cas.at(0).pem, pemA);
    QCOMPARE(cas.at(1).pem, pemB);
    QCOMPARE(store.addTrustedCa(QStringLiteral("CN=x"), "not a certificate").error().code,
             QStringLiteral("tls.ca_invalid"));
    QVERIFY(store.removeTrustedCa(a.value()).ok());
    cas = store.trustedCas();
    QCOMPARE(cas.size(), 1);
    QCOMPARE(cas.at(0).id, b.value());
    QCOMPARE(store.removeTrustedCa(a.value()).error().code, QStringLiteral("tls.ca_not_found"));
}

QTEST_GUILESS_MAIN(TstTlsPolicyStore)
#include "tst_tlspolicystore.moc"
