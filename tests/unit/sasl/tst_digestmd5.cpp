// DIGEST-MD5 against the RFC 2831 §4 example, and the XMPP profile (xmpp/<domain>, rspauth in a
// second challenge, qop=auth only).
#include "sasl/digestmd5mechanism.h"
#include "sasl/mechanisms.h"

#include <QtTest>

using namespace confab::sasl;

namespace {

const QByteArray RfcResponse = "charset=utf-8,username=\"chris\",realm=\"elwood.innosoft.com\","
                               "nonce=\"OA6MG9tEQGm2hh\",nc=00000001,cnonce=\"OA6MHXh6VqTrRk\","
                               "digest-uri=\"imap/elwood.innosoft.com\","
                               "response=d388dad90d4bbd760a152321f2143af7,qop=auth";

Backend backend()
{
    Backend b;
    b.reversiblePassword = [](const QString &user) -> std::optional<QString> {
        if (user == QLatin1String("chris"))
            return QStringLiteral("secret");
        return std::nullopt;
    };
    return b;
}

std::unique_ptr<Mechanism> mechanism(const QString &service = QStringLiteral("imap"))
{
    Context context;
    context.domain = QStringLiteral("elwood.innosoft.com");
    MechanismOptions options;
    options.fixedNonce = "OA6MG9tEQGm2hh";
    options.digestService = service;
    auto m = createMechanism(QStringLiteral("DIGEST-MD5"), backend(), context, options);
    m->start({}, false);
    return m;
}

DigestMd5Mechanism::DigestInput rfcInput()
{
    return {"chris", "elwood.innosoft.com",      "secret", "OA6MG9tEQGm2hh", "OA6MHXh6VqTrRk", "00000001",
            "auth",  "imap/elwood.innosoft.com", {}};
}

} // namespace

class TestDigestMd5 : public QObject
{
    Q_OBJECT

private slots:
    void rfcValues()
    {
        QCOMPARE(DigestMd5Mechanism::responseValue(rfcInput(), false),
                 QByteArray("d388dad90d4bbd760a152321f2143af7"));
        QCOMPARE(DigestMd5Mechanism::responseValue(rfcInput(), true),
                 QByteArray("ea40f60335c427b5527b84dbabcdfffd"));
    }

    void rfcExchange()
    {
        Context context;
        context.domain = QStringLiteral("elwood.innosoft.com");
        MechanismOptions options;
        options.fixedNonce = "OA6MG9tEQGm2hh";
        options.digestService = QStringLiteral("imap");
        auto m = createMechanism(QStringLiteral("DIGEST-MD5"), backend(), context, options);
        const Step first = m->start({}, false);
        QCOMPARE(first.kind, Step::Challenge);
        QCOMPARE(first.data, QByteArray("realm=\"elwood.innosoft.com\",nonce=\"OA6MG9tEQGm2hh\",qop=\"auth\","
                                        "charset=utf-8,algorithm=md5-sess"));
        const Step second = m->step(RfcResponse);
        QCOMPARE(second.kind, Step::Challenge);
        QCOMPARE(second.data, QByteArray("rspauth=ea40f60335c427b5527b84dbabcdfffd"));
        QCOMPARE(m->step({}).kind, Step::Success);
        QCOMPARE(m->authenticatedUser(), QStringLiteral("chris"));
    }

    void xmppDigestUri()
    {
        // The default service type is xmpp: an imap digest-uri is for another service.
        auto m = mechanism(QStringLiteral("xmpp"));
        QCOMPARE(m->step(RfcResponse).failure, Failure::NotAuthorized);

        auto input = rfcInput();
        input.digestUri = "xmpp/elwood.innosoft.com";
        QByteArray response = RfcResponse;
        response.replace("imap/", "xmpp/")
            .replace("d388dad90d4bbd760a152321f2143af7", DigestMd5Mechanism::responseValue(input, false));
        auto xmpp = mechanism(QStringLiteral("xmpp"));
        const Step step = xmpp->step(response);
        QCOMPARE(step.kind, Step::Challenge);
        QCOMPARE(step.data, "rspauth=" + DigestMd5Mechanism::responseValue(input, true));
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<int>("failure");
        const int notAuthorized = int(Failure::NotAuthorized);
        const int malformed = int(Failure::MalformedRequest);
        QTest::newRow("wrong response")
            << QByteArray("response=d3") << QByteArray("response=e3") << notAuthorized;
        QTest::newRow("unknown user") << QByteArray("\"chris\"") << QByteArray("\"chrис\"") << notAuthorized;
        QTest::newRow("other nonce") << QByteArray("nonce=\"OA6M") << QByteArray("nonce=\"XA6M")
                                     << notAuthorized;
        QTest::newRow("replayed nc") << QByteArray("nc=00000001") << QByteArray("nc=00000002")
                                     << notAuthorized;
        QTest::newRow("other realm") << QByteArray("realm=\"elwood") << QByteArray("realm=\"elwoof")
                                     << notAuthorized;
        QTest::newRow("qop auth-int") << QByteArray("qop=auth") << QByteArray("qop=auth-int") << malformed;
        QTest::newRow("duplicate") << QByteArray("nc=00000001") << QByteArray("nc=00000001,nc=00000001")
                                   << malformed;
        QTest::newRow("no username") << QByteArray("username=") << QByteArray("usernome=") << malformed;
        QTest::newRow("unterminated") << QByteArray(",qop=auth") << QByteArray(",qop=\"auth") << malformed;
    }

    void failures()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(int, failure);
        QByteArray response = RfcResponse;
        QVERIFY(response.contains(from));
        response.replace(from, to);
        auto m = mechanism();
        const Step step = m->step(response);
        QCOMPARE(step.kind, Step::Failure);
        QCOMPARE(int(step.failure), failure);
        QVERIFY(m->authenticatedUser().isEmpty());
    }

    void authzid()
    {
        Context context;
        context.domain = QStringLiteral("elwood.innosoft.com");
        MechanismOptions options;
        options.fixedNonce = "OA6MG9tEQGm2hh";
        auto run = [&](const QByteArray &authzid) {
            auto m = createMechanism(QStringLiteral("DIGEST-MD5"), backend(), context, options);
            m->start({}, false);
            auto input = rfcInput();
            input.digestUri = "xmpp/elwood.innosoft.com";
            input.authzid = authzid;
            const QByteArray response =
                "username=\"chris\",realm=\"elwood.innosoft.com\",nonce=\"OA6MG9tEQGm2hh\","
                "nc=00000001,cnonce=\"OA6MHXh6VqTrRk\",digest-uri=\"xmpp/elwood.innosoft.com\","
                "response=" +
                DigestMd5Mechanism::responseValue(input, false) + ",authzid=\"" + authzid + '"';
            return m->step(response);
        };
        QCOMPARE(run("chris@elwood.innosoft.com").kind, Step::Challenge);
        QCOMPARE(run("root@elwood.innosoft.com").failure, Failure::InvalidAuthzid);
    }

    void parseDirectives()
    {
        const auto parsed = DigestMd5Mechanism::parseDirectives(" a = \"x\\\"y\" , , B=token ,c=\"\"");
        QVERIFY(parsed);
        QCOMPARE(parsed->value("a"), QByteArray("x\"y"));
        QCOMPARE(parsed->value("b"), QByteArray("token"));
        QVERIFY(parsed->contains("c"));
        QVERIFY(!DigestMd5Mechanism::parseDirectives("a=1,a=2"));
        QVERIFY(!DigestMd5Mechanism::parseDirectives("a"));
        QVERIFY(!DigestMd5Mechanism::parseDirectives("a=\"1\" b=2"));
    }

    void randomNonceAndNoInitialResponse()
    {
        Context context;
        context.domain = QStringLiteral("example.com");
        auto a = createMechanism(QStringLiteral("DIGEST-MD5"), backend(), context);
        auto b = createMechanism(QStringLiteral("DIGEST-MD5"), backend(), context);
        const auto nonceA = DigestMd5Mechanism::parseDirectives(a->start({}, false).data)->value("nonce");
        const auto nonceB = DigestMd5Mechanism::parseDirectives(b->start({}, false).data)->value("nonce");
        QVERIFY(nonceA.size() >= 16);
        QVERIFY(nonceA != nonceB);
        auto c = createMechanism(QStringLiteral("DIGEST-MD5"), backend(), context);
        QCOMPARE(c->start("username=\"chris\"", true).failure, Failure::MalformedRequest);
    }
};

QTEST_GUILESS_MAIN(TestDigestMd5)
#include "tst_digestmd5.moc"
