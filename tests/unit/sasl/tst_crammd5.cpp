// CRAM-MD5 against the RFC 2195 §2 example.
#include "sasl/crammd5mechanism.h"
#include "sasl/mechanisms.h"

#include <QRegularExpression>
#include <QtTest>

using namespace confab::sasl;

namespace {

const QByteArray RfcChallenge = "<1896.697170952@postoffice.reston.mci.net>";

Backend backend()
{
    Backend b;
    b.reversiblePassword = [](const QString &user) -> std::optional<QString> {
        if (user == QLatin1String("tim"))
            return QStringLiteral("tanstaaftanstaaf");
        return std::nullopt;
    };
    return b;
}

Context context()
{
    Context c;
    c.domain = QStringLiteral("example.com");
    return c;
}

std::unique_ptr<Mechanism> rfcMechanism()
{
    MechanismOptions options;
    options.fixedNonce = RfcChallenge;
    return createMechanism(QStringLiteral("CRAM-MD5"), backend(), context(), options);
}

} // namespace

class TestCramMd5 : public QObject
{
    Q_OBJECT

private slots:
    void rfcExample()
    {
        QCOMPARE(CramMd5Mechanism::responseDigest("tanstaaftanstaaf", RfcChallenge),
                 QByteArray("b913a602c7eda7a495b4e6e7334d3890"));
        auto mechanism = rfcMechanism();
        const Step challenge = mechanism->start({}, false);
        QCOMPARE(challenge.kind, Step::Challenge);
        QCOMPARE(challenge.data, RfcChallenge);
        const Step result = mechanism->step("tim b913a602c7eda7a495b4e6e7334d3890");
        QCOMPARE(result.kind, Step::Success);
        QCOMPARE(mechanism->authenticatedUser(), QStringLiteral("tim"));
    }

    void failures()
    {
        auto wrong = rfcMechanism();
        wrong->start({}, false);
        QCOMPARE(wrong->step("tim b913a602c7eda7a495b4e6e7334d3891").failure, Failure::NotAuthorized);

        auto unknown = rfcMechanism();
        unknown->start({}, false);
        QCOMPARE(unknown->step("tom b913a602c7eda7a495b4e6e7334d3890").failure, Failure::NotAuthorized);

        auto malformed = rfcMechanism();
        malformed->start({}, false);
        QCOMPARE(malformed->step("b913a602c7eda7a495b4e6e7334d3890").failure, Failure::MalformedRequest);

        auto initial = rfcMechanism();
        QCOMPARE(initial->start("tim b913a602c7eda7a495b4e6e7334d3890", true).failure,
                 Failure::MalformedRequest);
    }

    void randomChallenge()
    {
        auto a = createMechanism(QStringLiteral("CRAM-MD5"), backend(), context());
        auto b = createMechanism(QStringLiteral("CRAM-MD5"), backend(), context());
        const QByteArray challenge = a->start({}, false).data;
        QVERIFY(QRegularExpression(QStringLiteral("^<\\d+\\.\\d+@example\\.com>$"))
                    .match(QString::fromLatin1(challenge))
                    .hasMatch());
        QVERIFY(challenge != b->start({}, false).data);
        const QByteArray answer = "tim " + CramMd5Mechanism::responseDigest("tanstaaftanstaaf", challenge);
        QCOMPARE(a->step(answer).kind, Step::Success);
    }
};

QTEST_GUILESS_MAIN(TestCramMd5)
#include "tst_crammd5.moc"
