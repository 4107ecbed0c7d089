// SCRAM server side against the RFC 5802 §5 and RFC 7677 §3 conversations, and the ways an
// exchange must fail (RFC 5802 §5.1, §6, §9).
#include "sasl/mechanisms.h"
#include "sasl/scrammechanism.h"
#include "scramclient.h"

#include <QtTest>

using namespace confab;
using namespace confab::sasl;
using auth::ScramHash;

namespace {

const QString Domain = QStringLiteral("example.com");
const QByteArray ServerEndPoint =
    QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

struct Rfc
{
    ScramHash hash;
    QByteArray salt, clientNonce, serverNonce, clientFinal, serverFinal;
};

Rfc rfcExample(ScramHash hash)
{
    if (hash == ScramHash::Sha1) // RFC 5802 §5
        return {hash,
                "QSXCR+Q6sek8bf92",
                "fyko+d2lbbFgONRv9qkxdawL",
                "3rfcNHYJY1ZVvWVs7j",
                "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=",
                "v=rmF9pqV8S7suAoZWja4dJRkFsKQ="};
    return {hash,
            "W22ZaJ0SNY7soEsUEjb6gQ==",
            "rOprNGfwEbeRWgbNEkqO",
            "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0", // RFC 7677 §3
            "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
            "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=",
            "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="};
}

// One account, "user" / "pencil", with the RFC example's salt for whichever hash is asked.
Backend rfcBackend(int *lookups = nullptr)
{
    Backend backend;
    backend.scramCredentials = [lookups](const QString &user,
                                         ScramHash hash) -> std::optional<auth::ScramCredentials> {
        if (lookups)
            ++*lookups;
        if (user != QLatin1String("user"))
            return std::nullopt;
        return auth::deriveCredentials(hash, "pencil", QByteArray::fromBase64(rfcExample(hash).salt), 4096);
    };
    return backend;
}

Context plainContext()
{
    Context context;
    context.domain = Domain;
    return context;
}

Context tlsContext(bool offered)
{
    Context context = plainContext();
    context.tlsActive = true;
    context.tlsServerEndPoint = ServerEndPoint;
    context.channelBindingOffered = offered;
    return context;
}

QString mechanismName(ScramHash hash, bool plus)
{
    QString name = hash == ScramHash::Sha1 ? QStringLiteral("SCRAM-SHA-1") : QStringLiteral("SCRAM-SHA-256");
    return plus ? name + QLatin1String("-PLUS") : name;
}

// Runs client-first; returns the server-first message (empty when the step was not a challenge).
QByteArray clientFirst(Mechanism &mechanism, const QByteArray &message)
{
    const Step step = mechanism.start(message, true);
    return step.kind == Step::Challenge ? step.data : QByteArray();
}

} // namespace

class TestScram : public QObject
{
    Q_OBJECT

private slots:
    void rfcConversation_data();
    void rfcConversation();
    void emptyInitialChallenge();
    void randomServerNonce();
    void wrongPassword();
    void unknownUserLooksLikeWrongPassword();
    void tamperedNonce();
    void channelBindingPlus();
    void badChannelBindingData();
    void channelBindingFlagMismatch();
    void yFlagDowngrade();
    void authzid();
    void usernameEscapes();
    void malformedMessages_data();
    void malformedMessages();
    void plusRules();
    void noStepAfterCompletion();
};

void TestScram::rfcConversation_data()
{
    QTest::addColumn<int>("hash");
    QTest::newRow("SCRAM-SHA-1 (RFC 5802 §5)") << int(ScramHash::Sha1);
    QTest::newRow("SCRAM-SHA-256 (RFC 7677 §3)") << int(ScramHash::Sha256);
}

void TestScram::rfcConversation()
{
    QFETCH(int, hash);
    const Rfc rfc = rfcExample(ScramHash(hash));
    MechanismOptions options;
    options.fixedNonce = rfc.serverNonce;
    auto mechanism = createMechanism(mechanismName(rfc.hash, false), rfcBackend(), plainContext(), options);
    QVERIFY(mechanism);

    const Step first = mechanism->start("n,,n=user,r=" + rfc.clientNonce, true);
    QCOMPARE(first.kind, Step::Challenge);
    QCOMPARE(first.data, "r=" + rfc.clientNonce + rfc.serverNonce + ",s=" + rfc.salt + ",i=4096");

    const Step final = mechanism->step(rfc.clientFinal);
    QCOMPARE(final.kind, Step::Success);
    QCOMPARE(final.data, rfc.serverFinal);
    QCOMPARE(mechanism->authenticatedUser(), QStringLiteral("user"));
    QVERIFY(mechanism->authzid().isEmpty());
}

void TestScram::emptyInitialChallenge()
{
    const Rfc rfc = rfcExample(ScramHash::Sha1);
    MechanismOptions options;
    options.fixedNonce = rfc.serverNonce;
    ScramMechanism mechanism(ScramHash::Sha1, false, rfcBackend(), plainContext(), options);
    const Step empty = mechanism.start({}, false);
    QCOMPARE(empty.kind, Step::Challenge);
    QVERIFY(empty.data.isEmpty());
    QCOMPARE(mechanism.step("n,,n=user,r=" + rfc.clientNonce).kind, Step::Challenge);
    const Step final = mechanism.step(rfc.clientFinal);
    QCOMPARE(final.kind, Step::Success);
    QCOMPARE(final.data, rfc.serverFinal);
}

void TestScram::randomServerNonce()
{
    ScramMechanism a(ScramHash::Sha256, false, rfcBackend(), plainContext());
    ScramMechanism b(ScramHash::Sha256, false, rfcBackend(), plainContext());
    const QByteArray nonceA = test::attribute(clientFirst(a, "n,,n=user,r=abc"), 'r');
    const QByteArray nonceB = test::attribute(clientFirst(b, "n,,n=user,r=abc"), 'r');
    QVERIFY(nonceA.startsWith("abc"));
    QCOMPARE(QByteArray::fromBase64(nonceA.mid(3)).size(), 24);
    QVERIFY(nonceA != nonceB);
    for (char c : nonceA)
        QVERIFY(c > 0x20 && c < 0x7f && c != ',');
}

void TestScram::wrongPassword()
{
    ScramMechanism mechanism(ScramHash::Sha256, false, rfcBackend(), plainContext());
    const QByteArray bare = "n=user,r=clientnonce";
    const QByteArray serverFirst = clientFirst(mechanism, "n,," + bare);
    const auto reply = test::scramClientFinal(ScramHash::Sha256, "pencils", bare, serverFirst, "n,,");
    const Step final = mechanism.step(reply.message);
    QCOMPARE(final.kind, Step::Failure);
    QCOMPARE(final.failure, Failure::NotAuthorized);
    QVERIFY(mechanism.authenticatedUser().isEmpty());

    // and the right password passes through the same path
    ScramMechanism good(ScramHash::Sha256, false, rfcBackend(), plainContext());
    const QByteArray goodFirst = clientFirst(good, "n,," + bare);
    const auto goodReply = test::scramClientFinal(ScramHash::Sha256, "pencil", bare, goodFirst, "n,,");
    const Step success = good.step(goodReply.message);
    QCOMPARE(success.kind, Step::Success);
    QCOMPARE(success.data, goodReply.expectedServerFinal);
}

void TestScram::unknownUserLooksLikeWrongPassword()
{
    const QByteArray bare = "n=nobody,r=clientnonce";
    ScramMechanism unknown(ScramHash::Sha256, false, rfcBackend(), plainContext());
    const QByteArray serverFirst = clientFirst(unknown, "n,," + bare);
    QCOMPARE(QByteArray::fromBase64(test::attribute(serverFirst, 's')).size(), 16);
    QCOMPARE(test::attribute(serverFirst, 'i'), QByteArray("4096"));

    // The fake salt is stable for a name (a probe twice sees what a real account would show)...
    ScramMechanism again(ScramHash::Sha256, false, rfcBackend(), plainContext());
    QCOMPARE(test::attribute(clientFirst(again, "n,," + bare), 's'), test::attribute(serverFirst, 's'));
    ScramMechanism other(ScramHash::Sha256, false, rfcBackend(), plainContext());
    QVERIFY(test::attribute(clientFirst(other, "n,,n=someone,r=x"), 's') !=
            test::attribute(serverFirst, 's'));

    // ...and the exchange ends exactly as a wrong password does.
    const auto reply = test::scramClientFinal(ScramHash::Sha256, "pencil", bare, serverFirst, "n,,");
    const Step unknownFinal = unknown.step(reply.message);

    ScramMechanism known(ScramHash::Sha256, false, rfcBackend(), plainContext());
    const QByteArray knownBare = "n=user,r=clientnonce";
    const QByteArray knownFirst = clientFirst(known, "n,," + knownBare);
    const Step wrongFinal =
        known.step(test::scramClientFinal(ScramHash::Sha256, "wrong", knownBare, knownFirst, "n,,").message);

    QCOMPARE(unknownFinal.kind, Step::Failure);
    QCOMPARE(unknownFinal.kind, wrongFinal.kind);
    QCOMPARE(unknownFinal.failure, wrongFinal.failure);
    QCOMPARE(unknownFinal.text, wrongFinal.text);
    QCOMPARE(unknownFinal.data, wrongFinal.data);
}

void TestScram::tamperedNonce()
{
    ScramMechanism mechanism(ScramHash::Sha256, false, rfcBackend(), plainContext());
    const QByteArray bare = "n=user,r=clientnonce";
    QByteArray serverFirst = clientFirst(mechanism, "n,," + bare);
    // The client answers (with a valid proof) for a nonce the server never issued.
    serverFirst.replace("r=clientnonce", "r=clientnoncX");
    const auto reply = test::scramClientFinal(ScramHash::Sha256, "pencil", bare, serverFirst, "n,,");
    const Step final = mechanism.step(reply.message);
    QCOMPARE(final.kind, Step::Failure);
    QCOMPARE(final.failure, Failure::NotAuthorized);
}

void TestScram::channelBindingPlus()
{
    const QByteArray header = "p=tls-server-end-point,,";
    const QByteArray bare = "n=user,r=clientnonce";
    for (ScramHash hash : {ScramHash::Sha1, ScramHash::Sha256}) {
        auto mechanism = createMechanism(mechanismName(hash, true), rfcBackend(), tlsContext(true));
        QVERIFY(mechanism);
        const QByteArray serverFirst = clientFirst(*mechanism, header + bare);
        QVERIFY(!serverFirst.isEmpty());
        const auto reply = test::scramClientFinal(hash, "pencil", bare, serverFirst, header + ServerEndPoint);
        const Step final = mechanism->step(reply.message);
        QCOMPARE(final.kind, Step::Success);
        QCOMPARE(final.data, reply.expectedServerFinal);
    }
}

void TestScram::badChannelBindingData()
{
    const QByteArray header = "p=tls-server-end-point,,";
    const QByteArray bare = "n=user,r=clientnonce";
    // A man in the middle terminates TLS with another certificate: the client binds to that one.
    QByteArray otherCertificateHash = ServerEndPoint;
    otherCertificateHash[0] = char(0xff);
    ScramMechanism mechanism(ScramHash::Sha256, true, rfcBackend(), tlsContext(true));
    const QByteArray serverFirst = clientFirst(mechanism, header + bare);
    const auto reply =
        test::scramClientFinal(ScramHash::Sha256, "pencil", bare, serverFirst, header + otherCertificateHash);
    const Step final = mechanism.step(reply.message);
    QCOMPARE(final.kind, Step::Failure);
    QCOMPARE(final.failure, Failure::NotAuthorized);
    QCOMPARE(final.text, QStringLiteral("channel-bindings-dont-match"));
}

void TestScram::channelBindingFlagMismatch()
{
    // The client said "n" in client-first but "y" in the c= attribute.
    ScramMechanism mechanism(ScramHash::Sha256, false, rfcBackend(), plainContext());
    const QByteArray bare = "n=user,r=clientnonce";
    const QByteArray serverFirst = clientFirst(mechanism, "n,," + bare);
    const auto reply = test::scramClientFinal(ScramHash::Sha256, "pencil", bare, serverFirst, "y,,");
    const Step final = mechanism.step(reply.message);
    QCOMPARE(final.kind, Step::Failure);
    QCOMPARE(final.text, QStringLiteral("channel-bindings-dont-match"));
}

void TestScram::yFlagDowngrade()
{
    const QByteArray bare = "n=user,r=clientnonce";
    // We offered -PLUS, the client claims we did not: someone stripped it (RFC 5802 §6).
    ScramMechanism downgraded(ScramHash::Sha256, false, rfcBackend(), tlsContext(true));
    const Step step = downgraded.start("y,," + bare, true);
    QCOMPARE(step.kind, Step::Failure);
    QCOMPARE(step.failure, Failure::NotAuthorized);
    QCOMPARE(step.text, QStringLiteral("server-does-support-channel-binding"));

    // A stream that tolerates binding-type mismatch (clients that only know tls-unique) lets it pass.
    sasl::Context tolerant = tlsContext(true);
    tolerant.tolerateBindingTypeMismatch = true;
    ScramMechanism mismatch(ScramHash::Sha256, false, rfcBackend(), tolerant);
    const QByteArray tolerantFirst = clientFirst(mismatch, "y,," + bare);
    QVERIFY(!tolerantFirst.isEmpty());
    const auto tolerantReply = test::scramClientFinal(ScramHash::Sha256, "pencil", bare, tolerantFirst, "y,,");
    QCOMPARE(mismatch.step(tolerantReply.message).kind, Step::Success);

    // Without -PLUS on offer the same 'y' is honest and the exchange completes.
    ScramMechanism honest(ScramHash::Sha256, false, rfcBackend(), tlsContext(false));
    const QByteArray serverFirst = clientFirst(honest, "y,," + bare);
    QVERIFY(!serverFirst.isEmpty());
    const auto reply = test::scramClientFinal(ScramHash::Sha256, "pencil", bare, serverFirst, "y,,");
    QCOMPARE(honest.step(reply.message).kind, Step::Success);
}

void TestScram::authzid()
{
    const QByteArray bare = "n=user,r=clientnonce";
    auto run = [&](const QByteArray &header) {
        ScramMechanism mechanism(ScramHash::Sha256, false, rfcBackend(), plainContext());
        const QByteArray serverFirst = clientFirst(mechanism, header + bare);
        const Step step = mechanism.step(
            test::scramClientFinal(ScramHash::Sha256, "pencil", bare, serverFirst, header).message);
        return std::make_pair(step, mechanism.authzid());
    };
    const auto other = run("n,a=admin@example.com,");
    QCOMPARE(other.first.kind, Step::Failure);
    QCOMPARE(other.first.failure, Failure::InvalidAuthzid);

    const auto withResource = run("n,a=user@example.com/phone,");
    QCOMPARE(withResource.first.failure, Failure::InvalidAuthzid);

    const auto own = run("n,a=user@example.com,");
    QCOMPARE(own.first.kind, Step::Success);
    QCOMPARE(own.second, QStringLiteral("user@example.com"));
}

void TestScram::usernameEscapes()
{
    QCOMPARE(ScramMechanism::decodeSaslName("a=2Cb=3Dc"), std::optional<QByteArray>("a,b=c"));
    QCOMPARE(ScramMechanism::decodeSaslName("plain"), std::optional<QByteArray>("plain"));
    QVERIFY(!ScramMechanism::decodeSaslName("a=41b"));
    QVERIFY(!ScramMechanism::decodeSaslName("a=2"));
    QVERIFY(!ScramMechanism::decodeSaslName("a="));

    QString looked;
    Backend backend;
    backend.scramCredentials = [&looked](const QString &user,
                                         ScramHash) -> std::optional<auth::ScramCredentials> {
        looked = user;
        return std::nullopt;
    };
    ScramMechanism decoded(ScramHash::Sha256, false, backend, plainContext());
    QCOMPARE(decoded.start("n,,n=od=2Cd=3Dname,r=x", true).kind, Step::Challenge);
    QCOMPARE(looked, QStringLiteral("od,d=name"));

    ScramMechanism badEscape(ScramHash::Sha256, false, backend, plainContext());
    const Step step = badEscape.start("n,,n=od=2cd,r=x", true);
    QCOMPARE(step.kind, Step::Failure);
    QCOMPARE(step.failure, Failure::MalformedRequest);
}

void TestScram::malformedMessages_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no gs2 header") << QByteArray("n=user,r=abc");
    QTest::newRow("unknown flag") << QByteArray("x,,n=user,r=abc");
    QTest::newRow("authzid without a=") << QByteArray("n,user@example.com,n=user,r=abc");
    QTest::newRow("mandatory extension") << QByteArray("n,,m=ext,n=user,r=abc");
    QTest::newRow("nonce first") << QByteArray("n,,r=abc,n=user");
    QTest::newRow("no nonce") << QByteArray("n,,n=user");
    QTest::newRow("empty nonce") << QByteArray("n,,n=user,r=");
    QTest::newRow("empty user") << QByteArray("n,,n=,r=abc");
    QTest::newRow("bad utf-8 user") << QByteArray("n,,n=\xff\xfe,r=abc");
    QTest::newRow("prohibited user") << QByteArray("n,,n=a\x07"
                                                   "b,r=abc");
}

void TestScram::malformedMessages()
{
    QFETCH(QByteArray, message);
    ScramMechanism mechanism(ScramHash::Sha256, false, rfcBackend(), plainContext());
    const Step step = mechanism.start(message, true);
    QCOMPARE(step.kind, Step::Failure);
    QCOMPARE(step.failure, Failure::MalformedRequest);
}

void TestScram::plusRules()
{
    // -PLUS needs TLS and binding data before it can even be created.
    QVERIFY(!createMechanism(QStringLiteral("SCRAM-SHA-256-PLUS"), rfcBackend(), plainContext()));
    Context noData = tlsContext(false);
    noData.tlsServerEndPoint.clear();
    QVERIFY(!createMechanism(QStringLiteral("SCRAM-SHA-1-PLUS"), rfcBackend(), noData));

    // -PLUS chosen, but the client does not bind.
    ScramMechanism plus(ScramHash::Sha256, true, rfcBackend(), tlsContext(true));
    QCOMPARE(plus.start("n,,n=user,r=abc", true).failure, Failure::MalformedRequest);
    // binding requested on the mechanism without -PLUS
    ScramMechanism notPlus(ScramHash::Sha256, false, rfcBackend(), tlsContext(true));
    QCOMPARE(notPlus.start("p=tls-server-end-point,,n=user,r=abc", true).failure, Failure::MalformedRequest);
    // a binding type we do not provide
    ScramMechanism unique(ScramHash::Sha256, true, rfcBackend(), tlsContext(true));
    const Step step = unique.start("p=tls-unique,,n=user,r=abc", true);
    QCOMPARE(step.kind, Step::Failure);
    QCOMPARE(step.text, QStringLiteral("unsupported-channel-binding-type"));
}

void TestScram::noStepAfterCompletion()
{
    const Rfc rfc = rfcExample(ScramHash::Sha256);
    MechanismOptions options;
    options.fixedNonce = rfc.serverNonce;
    ScramMechanism mechanism(ScramHash::Sha256, false, rfcBackend(), plainContext(), options);
    mechanism.start("n,,n=user,r=" + rfc.clientNonce, true);
    QCOMPARE(mechanism.step(rfc.clientFinal).kind, Step::Success);
    QCOMPARE(mechanism.step(rfc.clientFinal).kind, Step::Failure);
}

QTEST_GUILESS_MAIN(TestScram)
#include "tst_scram.moc"
