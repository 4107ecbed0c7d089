// TLS policy: the "send encrypted" patterns and the trust store (system CAs + admin-added ones).
#include "s2s/tlspolicy.h"

#include "testca.h"

#include <QSslConfiguration>
#include <QTest>

using namespace confab;

class TestTlsPolicy : public QObject
{
    Q_OBJECT
private slots:
    void requiredPatterns_data();
    void requiredPatterns();
    void nothingRequiredByDefault();
    void starRequiresEverything();
    void trustStoreIsSystemPlusAdmin();
    void adminCasReplaceEachOther();
    void pemRowsFromTheStore();
    void withoutSystemCas();
};

void TestTlsPolicy::requiredPatterns_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("required");
    QTest::newRow("listed") << "bank.example" << true;
    QTest::newRow("listed case") << "BANK.example" << true;
    QTest::newRow("sub of wildcard") << "chat.company.dom" << true;
    QTest::newRow("apex not in wildcard") << "company.dom" << false;
    QTest::newRow("unlisted") << "jabber.org" << false;
    QTest::newRow("lookalike") << "notbank.example" << false;
}

void TestTlsPolicy::requiredPatterns()
{
    QFETCH(QString, domain);
    QFETCH(bool, required);
    s2s::TlsPolicy policy;
    policy.setRequiredPatterns({"bank.example", "*.company.dom"});
    QCOMPARE(policy.requiresTls(domain), required);
}

void TestTlsPolicy::nothingRequiredByDefault()
{
    s2s::TlsPolicy policy;
    QVERIFY(!policy.requiresTls("bank.example"));
}

void TestTlsPolicy::starRequiresEverything()
{
    s2s::TlsPolicy policy;
    policy.setRequiredPatterns({"*"});
    QVERIFY(policy.requiresTls("jabber.org"));
    QVERIFY(policy.requiresTls("a.b.c"));
    policy.setRequiredPatterns({});
    QVERIFY(!policy.requiresTls("jabber.org"));
}

void TestTlsPolicy::trustStoreIsSystemPlusAdmin()
{
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    QVERIFY2(!system.isEmpty(), "ca-certificates should be installed");
    const testca::TestCa ca;
    QVERIFY(ca.isValid());

    s2s::TlsPolicy policy;
    QCOMPARE(policy.trustStore().size(), system.size());
    policy.setTrustedCas({ca.certificate(), QSslCertificate(), ca.certificate()});
    const QList<QSslCertificate> store = policy.trustStore();
    QCOMPARE(store.size(), system.size() + 1);
    QVERIFY(store.contains(ca.certificate()));
    QVERIFY(store.contains(system.first()));
    QCOMPARE(policy.adminCas().size(), 1); // null dropped, duplicate kept once
}

void TestTlsPolicy::adminCasReplaceEachOther()
{
    const testca::TestCa a(QStringLiteral("CA A")), b(QStringLiteral("CA B"));
    s2s::TlsPolicy policy;
    policy.setUseSystemCas(false);
    policy.setTrustedCas({a.certificate()});
    policy.setTrustedCas({b.certificate()}); // `confabctl trust remove` + reload
    QCOMPARE(policy.trustStore(), QList<QSslCertificate>{b.certificate()});
}

void TestTlsPolicy::pemRowsFromTheStore()
{
    const testca::TestCa a(QStringLiteral("CA A")), b(QStringLiteral("CA B"));
    s2s::TlsPolicy policy;
    policy.setUseSystemCas(false);
    policy.setTrustedCaPems({a.ca().certPem + b.ca().certPem, QByteArray("garbage")});
    const QList<QSslCertificate> store = policy.trustStore();
    QCOMPARE(store.size(), 2);
    QVERIFY(store.contains(a.certificate()));
    QVERIFY(store.contains(b.certificate()));
}

void TestTlsPolicy::withoutSystemCas()
{
    s2s::TlsPolicy policy;
    policy.setUseSystemCas(false);
    QVERIFY(policy.trustStore().isEmpty());
}

QTEST_GUILESS_MAIN(TestTlsPolicy)
#include "tst_tlspolicy.moc"
