// Peer certificate checks for s2s (RFC 6120 §13.7.1.2, RFC 6125): chain validation against the
// trust store accepting serverAuth-only leaves in either direction, and the name rules.
#include "s2s/certificatecheck.h"

#include "testca.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace confab;
using testca::Eku;
using testca::LeafSpec;

namespace {

LeafSpec dns(const QStringList &names, Eku eku = Eku::ServerAndClient)
{
    LeafSpec s;
    s.dnsNames = names;
    s.eku = eku;
    return s;
}

} // namespace

class TestCertificateCheck : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sanDnsNameFromTrustedCa();
    void otherDomainIsNotNamed();
    void xmppAddrOnly();
    void commonNameOnlyWhenNoSan();
    void commonNameIgnoredWhenSanPresent();
    void wildcard();
    void serverAuthOnlyLeafIsAccepted();
    void extendedKeyUsage_data();
    void extendedKeyUsage();
    void expired();
    void notYetValid();
    void selfSignedUntrusted();
    void selfSignedTrustedExplicitly();
    void otherCa();
    void intermediateFromThePeer();
    void noCertificate();
    void idn();
    void dnsNameMatches_data();
    void dnsNameMatches();
    void testPkiFiles();

private:
    std::unique_ptr<testca::TestCa> m_ca;
    QList<QSslCertificate> m_trust;
};

void TestCertificateCheck::initTestCase()
{
    m_ca = std::make_unique<testca::TestCa>();
    QVERIFY(m_ca->isValid());
    m_trust = {m_ca->certificate()};
}

void TestCertificateCheck::sanDnsNameFromTrustedCa()
{
    const auto leaf = m_ca->issue(dns({"example.test"}));
    QVERIFY(!leaf.isNull());
    const s2s::PeerCheck c = s2s::checkPeerCertificate({leaf.certificate()}, "example.test", m_trust);
    QVERIFY2(c.chainValid, qPrintable(c.detail));
    QVERIFY(c.namesDomain);
    QVERIFY(c.detail.isEmpty());
    // Case of the reference identity does not matter.
    QVERIFY(s2s::checkPeerCertificate({leaf.certificate()}, "Example.TEST", m_trust).namesDomain);
}

void TestCertificateCheck::otherDomainIsNotNamed()
{
    const auto leaf = m_ca->issue(dns({"example.test", "conference.example.test"}));
    const s2s::PeerCheck c = s2s::checkPeerCertificate({leaf.certificate()}, "evil.test", m_trust);
    QVERIFY(c.chainValid);
    QVERIFY(!c.namesDomain);
    QVERIFY(c.detail.contains("evil.test"));
    QVERIFY(s2s::checkPeerCertificate({leaf.certificate()}, "conference.example.test", m_trust).namesDomain);
    QVERIFY(!s2s::checkPeerCertificate({leaf.certificate()}, "test", m_trust).namesDomain);
    QVERIFY(!s2s::checkPeerCertificate({leaf.certificate()}, "example.test.evil", m_trust).namesDomain);
}

void TestCertificateCheck::xmppAddrOnly()
{
    LeafSpec spec;
    spec.xmppAddrs = {"xmpp.test"};
    const auto leaf = m_ca->issue(spec);
    QVERIFY(!leaf.isNull());
    const s2s::PeerCheck c = s2s::checkPeerCertificate({leaf.certificate()}, "xmpp.test", m_trust);
    QVERIFY2(c.chainValid, qPrintable(c.detail));
    QVERIFY(c.namesDomain);
    QVERIFY(!s2s::certificateNamesDomain(leaf.certificate(), "other.test"));
    // An xmppAddr is not a wildcard.
    spec.xmppAddrs = {"*.xmpp.test"};
    QVERIFY(!s2s::certificateNamesDomain(m_ca->issue(spec).certificate(), "a.xmpp.test"));
}

void TestCertificateCheck::commonNameOnlyWhenNoSan()
{
    LeafSpec spec;
    spec.commonName = "legacy.test";
    const auto leaf = m_ca->issue(spec);
    QVERIFY(!leaf.isNull());
    const s2s::PeerCheck c = s2s::checkPeerCertificate({leaf.certificate()}, "legacy.test", m_trust);
    QVERIFY2(c.chainValid, qPrintable(c.detail));
    QVERIFY(c.namesDomain);
    QVERIFY(!s2s::certificateNamesDomain(leaf.certificate(), "other.test"));
}

void TestCertificateCheck::commonNameIgnoredWhenSanPresent()
{
    LeafSpec spec = dns({"san.test"});
    spec.commonName = "cn.test";
    const auto leaf = m_ca->issue(spec);
    QVERIFY(s2s::certificateNamesDomain(leaf.certificate(), "san.test"));
    QVERIFY(!s2s::certificateNamesDomain(leaf.certificate(), "cn.test"));

    // An xmppAddr alone also disables the CN fallback.
    LeafSpec addr;
    addr.xmppAddrs = {"addr.test"};
    addr.commonName = "cn.test";
    QVERIFY(!s2s::certificateNamesDomain(m_ca->issue(addr).certificate(), "cn.test"));
}

void TestCertificateCheck::wildcard()
{
    const auto leaf = m_ca->issue(dns({"*.example.test"}));
    const QSslCertificate cert = leaf.certificate();
    QVERIFY(s2s::certificateNamesDomain(cert, "chat.example.test"));
    QVERIFY(!s2s::certificateNamesDomain(cert, "example.test"));        // not the parent
    QVERIFY(!s2s::certificateNamesDomain(cert, "a.chat.example.test")); // one label only
    QVERIFY(!s2s::certificateNamesDomain(cert, "chatexample.test"));
    QVERIFY(s2s::checkPeerCertificate({cert}, "muc.example.test", m_trust).chainValid);
}

// Let's Encrypt since February 2026: EKU serverAuth only. The dialing server is the TLS client
// and presents such a certificate; it must pass (QSslSocket's own server-side check would not).
void TestCertificateCheck::serverAuthOnlyLeafIsAccepted()
{
    const auto leaf = m_ca->issue(dns({"le.test"}, Eku::ServerOnly));
    const s2s::PeerCheck c = s2s::checkPeerCertificate({leaf.certificate()}, "le.test", m_trust);
    QVERIFY2(c.chainValid, qPrintable(c.detail));
    QVERIFY(c.namesDomain);
}

void TestCertificateCheck::extendedKeyUsage_data()
{
    QTest::addColumn<int>("eku");
    QTest::addColumn<bool>("valid");
    QTest::newRow("server+client") << int(Eku::ServerAndClient) << true;
    QTest::newRow("server only") << int(Eku::ServerOnly) << true;
    QTest::newRow("client only") << int(Eku::ClientOnly) << true;
    QTest::newRow("no EKU") << int(Eku::None) << true;
    QTest::newRow("email only") << int(Eku::EmailOnly) << false;
}

void TestCertificateCheck::extendedKeyUsage()
{
    QFETCH(int, eku);
    QFETCH(bool, valid);
    const auto leaf = m_ca->issue(dns({"eku.test"}, Eku(eku)));
    QVERIFY(!leaf.isNull());
    const s2s::PeerCheck c = s2s::checkPeerCertificate({leaf.certificate()}, "eku.test", m_trust);
    QCOMPARE(c.chainValid, valid);
    if (!valid)
        QVERIFY2(c.detail.contains("extended key usage"), qPrintable(c.detail));
}

void TestCertificateCheck::expired()
{
    LeafSpec spec = dns({"old.test"});
    spec.notBeforeSecs = -30 * 24 * 3600;
    spec.notAfterSecs = -24 * 3600;
    const auto leaf = m_ca->issue(spec);
    const s2s::PeerCheck c = s2s::checkPeerCertificate({leaf.certificate()}, "old.test", m_trust);
    QVERIFY(!c.chainValid);
    QVERIFY(c.namesDomain); // the name is right; the validity is not
    QVERIFY2(c.detail.contains("expired"), qPrintable(c.detail));
}

void TestCertificateCheck::notYetValid()
{
    LeafSpec spec = dns({"future.test"});
    spec.notBeforeSecs = 24 * 3600;
    const s2s::PeerCheck c =
        s2s::checkPeerCertificate({m_ca->issue(spec).certificate()}, "future.test", m_trust);
    QVERIFY(!c.chainValid);
    QVERIFY2(c.detail.contains("not yet valid"), qPrintable(c.detail));
}

void TestCertificateCheck::selfSignedUntrusted()
{
    const auto self = testca::TestCa::selfSigned(dns({"self.test"}));
    QVERIFY(!self.isNull());
    const s2s::PeerCheck c = s2s::checkPeerCertificate({self.certificate()}, "self.test", m_trust);
    QVERIFY(!c.chainValid);
    QVERIFY(c.namesDomain);
    QVERIFY2(c.detail.contains("self-signed") || c.detail.contains("self signed"), qPrintable(c.detail));
}

// `confabctl trust add` with a peer's own self-signed certificate makes exactly that peer valid.
void TestCertificateCheck::selfSignedTrustedExplicitly()
{
    const auto self = testca::TestCa::selfSigned(dns({"self.test"}));
    const s2s::PeerCheck c =
        s2s::checkPeerCertificate({self.certificate()}, "self.test", m_trust + QList{self.certificate()});
    QVERIFY2(c.chainValid, qPrintable(c.detail));
}

void TestCertificateCheck::otherCa()
{
    const testca::TestCa stranger(QStringLiteral("Stranger CA"));
    const auto leaf = stranger.issue(dns({"example.test"}));
    QVERIFY(!s2s::checkPeerCertificate({leaf.certificate()}, "example.test", m_trust).chainValid);
    // Sending the stranger's CA along does not make it trusted.
    QVERIFY(!s2s::checkPeerCertificate({leaf.certificate(), stranger.certificate()}, "example.test", m_trust)
                 .chainValid);
    QVERIFY(!s2s::checkPeerCertificate({leaf.certificate()}, "example.test", {}).chainValid);
}

void TestCertificateCheck::intermediateFromThePeer()
{
    const testca::TestCa sub = m_ca->intermediate(QStringLiteral("Test Intermediate"));
    QVERIFY(sub.isValid());
    const auto leaf = sub.issue(dns({"chain.test"}, Eku::ServerOnly));
    const s2s::PeerCheck c =
        s2s::checkPeerCertificate({leaf.certificate(), sub.certificate()}, "chain.test", m_trust);
    QVERIFY2(c.chainValid, qPrintable(c.detail));
    QVERIFY(c.namesDomain);
    // Without the intermediate the chain cannot be built.
    QVERIFY(!s2s::checkPeerCertificate({leaf.certificate()}, "chain.test", m_trust).chainValid);
}

void TestCertificateCheck::noCertificate()
{
    const s2s::PeerCheck c = s2s::checkPeerCertificate({}, "example.test", m_trust);
    QVERIFY(!c.chainValid);
    QVERIFY(!c.namesDomain);
    QVERIFY(!c.detail.isEmpty());
}

void TestCertificateCheck::idn()
{
    // dNSName carries A-labels; the domain may come as a U-label.
    const auto leaf = m_ca->issue(dns({"xn--bcher-kva.test"}));
    QVERIFY(s2s::certificateNamesDomain(leaf.certificate(), QStringLiteral("bücher.test")));
    QVERIFY(s2s::certificateNamesDomain(leaf.certificate(), QStringLiteral("xn--bcher-kva.test")));
    // xmppAddr carries UTF-8.
    LeafSpec spec;
    spec.xmppAddrs = {QStringLiteral("bücher.test")};
    const auto addr = m_ca->issue(spec);
    QVERIFY(s2s::certificateNamesDomain(addr.certificate(), QStringLiteral("xn--bcher-kva.test")));
    QVERIFY(s2s::certificateNamesDomain(addr.certificate(), QStringLiteral("BÜCHER.test")));
}

void TestCertificateCheck::dnsNameMatches_data()
{
    QTest::addColumn<QString>("presented");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "a.example"
                           << "a.example" << true;
    QTest::newRow("case") << "A.Example"
                          << "a.example" << true;
    QTest::newRow("trailing dot") << "a.example."
                                  << "a.example" << true;
    QTest::newRow("wildcard") << "*.example.org"
                              << "x.example.org" << true;
    QTest::newRow("wildcard two labels") << "*.example.org"
                                         << "x.y.example.org" << false;
    QTest::newRow("wildcard apex") << "*.example.org"
                                   << "example.org" << false;
    QTest::newRow("wildcard tld") << "*.org"
                                  << "example.org" << false;
    QTest::newRow("wildcard not left-most") << "a.*.example.org"
                                            << "a.b.example.org" << false;
    QTest::newRow("partial label") << "x*.example.org"
                                   << "xy.example.org" << false;
    QTest::newRow("wildcard empty label") << "*.example.org"
                                          << ".example.org" << false;
}

void TestCertificateCheck::dnsNameMatches()
{
    QFETCH(QString, presented);
    QFETCH(QString, reference);
    QFETCH(bool, matches);
    QCOMPARE(s2s::dnsNameMatches(presented, reference), matches);
}

// The helper other tests use to give confabd / prosody their certificates.
void TestCertificateCheck::testPkiFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pki = dir.filePath("pki");
    QCOMPARE(testca::writeTestPki(pki, {"a.test", "b.test"}, Eku::ServerOnly), QString());
    const auto read = [&](const QString &name) {
        QFile f(QDir(pki).filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QList<QSslCertificate> ca = QSslCertificate::fromData(read("ca.pem"));
    QCOMPARE(ca.size(), 1);
    const QList<QSslCertificate> chain = QSslCertificate::fromData(read("b.test.chain.pem"));
    QCOMPARE(chain.size(), 2);
    QCOMPARE(chain[1], ca[0]);
    const QSslCertificate leaf(read("b.test.pem"));
    QCOMPARE(leaf, chain[0]);
    const s2s::PeerCheck c = s2s::checkPeerCertificate({leaf}, "b.test", ca);
    QVERIFY2(c.chainValid && c.namesDomain, qPrintable(c.detail));
    QVERIFY(!s2s::checkPeerCertificate({leaf}, "a.test", ca).namesDomain);
    QVERIFY(!QSslKey(read("a.test.key"), QSsl::Ec).isNull());
}

QTEST_GUILESS_MAIN(TestCertificateCheck)
#include "tst_certificatecheck.moc"
