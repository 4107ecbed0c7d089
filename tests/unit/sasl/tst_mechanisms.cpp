// Which mechanisms a stream offers, the factory, and the RFC 6120 §6.5 condition names.
#include "sasl/mechanisms.h"

#include <QtTest>

using namespace confab::sasl;

namespace {

Context context(bool tls, const QByteArray &binding = {})
{
    Context c;
    c.domain = QStringLiteral("example.com");
    c.tlsActive = tls;
    c.tlsServerEndPoint = binding;
    return c;
}

const QByteArray Binding(32, 'x');

} // namespace

class TestMechanisms : public QObject
{
    Q_OBJECT

private slots:
    void plaintextStream()
    {
        QCOMPARE(availableMechanisms({}, context(false), false, false),
                 QStringList({"SCRAM-SHA-256", "SCRAM-SHA-1"}));
        // binding data without TLS is meaningless; PLAIN never goes out in the clear
        QCOMPARE(availableMechanisms({}, context(false, Binding), false, false),
                 QStringList({"SCRAM-SHA-256", "SCRAM-SHA-1"}));
    }

    void tlsStream()
    {
        QCOMPARE(availableMechanisms({}, context(true), false, false),
                 QStringList({"SCRAM-SHA-256", "SCRAM-SHA-1", "PLAIN"}));
        QCOMPARE(
            availableMechanisms({}, context(true, Binding), false, false),
            QStringList({"SCRAM-SHA-256-PLUS", "SCRAM-SHA-1-PLUS", "SCRAM-SHA-256", "SCRAM-SHA-1", "PLAIN"}));
    }

    void optIns()
    {
        QCOMPARE(
            availableMechanisms({}, context(true), true, true),
            QStringList({"SCRAM-SHA-256", "SCRAM-SHA-1", "PLAIN", "DIGEST-MD5", "CRAM-MD5", "ANONYMOUS"}));
        QCOMPARE(availableMechanisms({}, context(false), true, false),
                 QStringList({"SCRAM-SHA-256", "SCRAM-SHA-1", "ANONYMOUS"}));
    }

    void domainRestriction()
    {
        const QStringList allowed{"SCRAM-SHA-256-PLUS", "SCRAM-SHA-256", "PLAIN", "ANONYMOUS"};
        QCOMPARE(availableMechanisms(allowed, context(true, Binding), false, true),
                 QStringList({"SCRAM-SHA-256-PLUS", "SCRAM-SHA-256", "PLAIN"}));
        // allowed by the domain but not on this stream
        QCOMPARE(availableMechanisms(allowed, context(false), false, true), QStringList({"SCRAM-SHA-256"}));
    }

    void factory()
    {
        const QStringList all{
            "SCRAM-SHA-256-PLUS", "SCRAM-SHA-1-PLUS", "SCRAM-SHA-256", "SCRAM-SHA-1", "PLAIN",
            "DIGEST-MD5",         "CRAM-MD5",         "ANONYMOUS"};
        for (const QString &name : all) {
            auto mechanism = createMechanism(name, {}, context(true, Binding));
            QVERIFY2(mechanism, qPrintable(name));
            QCOMPARE(mechanism->name(), name);
        }
        QVERIFY(!createMechanism(QStringLiteral("GSSAPI"), {}, context(true, Binding)));
        QVERIFY(!createMechanism(QStringLiteral("SCRAM-SHA-256-PLUS"), {}, context(true)));
    }

    void conditionNames()
    {
        const QList<std::pair<Failure, QString>> expected{
            {Failure::Aborted, "aborted"},
            {Failure::AccountDisabled, "account-disabled"},
            {Failure::CredentialsExpired, "credentials-expired"},
            {Failure::EncryptionRequired, "encryption-required"},
            {Failure::IncorrectEncoding, "incorrect-encoding"},
            {Failure::InvalidAuthzid, "invalid-authzid"},
            {Failure::InvalidMechanism, "invalid-mechanism"},
            {Failure::MalformedRequest, "malformed-request"},
            {Failure::MechanismTooWeak, "mechanism-too-weak"},
            {Failure::NotAuthorized, "not-authorized"},
            {Failure::TemporaryAuthFailure, "temporary-auth-failure"},
        };
        for (const auto &[failure, name] : expected)
            QCOMPARE(failureConditionName(failure), name);
    }

    void unsetBackendMeansNoAccount()
    {
        auto plain = createMechanism(QStringLiteral("PLAIN"), {}, context(true));
        QCOMPARE(plain->start(QByteArray("\0user\0pass", 10), true).failure, Failure::NotAuthorized);
    }
};

QTEST_GUILESS_MAIN(TestMechanisms)
#include "tst_mechanisms.moc"
