// PLAIN (RFC 4616) server side: message syntax, SASLprep of both names, authzid rule.
#include "sasl/mechanisms.h"

#include <QtTest>

using namespace confab::sasl;

namespace {

struct Seen
{
    QString user, password;
};

Backend backend(Seen *seen)
{
    Backend b;
    b.checkPassword = [seen](const QString &user, const QString &password) {
        *seen = {user, password};
        return user == QLatin1String("juliet") && password == QLatin1String("secret pass");
    };
    return b;
}

Context context()
{
    Context c;
    c.domain = QStringLiteral("example.com");
    c.tlsActive = true;
    return c;
}

Step run(const QByteArray &message, Seen *seen, QString *user = nullptr, QString *authzid = nullptr)
{
    auto mechanism = createMechanism(QStringLiteral("PLAIN"), backend(seen), context());
    const Step step = mechanism->start(message, true);
    if (user)
        *user = mechanism->authenticatedUser();
    if (authzid)
        *authzid = mechanism->authzid();
    return step;
}

} // namespace

class TestPlain : public QObject
{
    Q_OBJECT

private slots:
    void success()
    {
        Seen seen;
        QString user, authzid;
        const Step step = run(QByteArray("\0juliet\0secret pass", 19), &seen, &user, &authzid);
        QCOMPARE(step.kind, Step::Success);
        QVERIFY(step.data.isEmpty());
        QCOMPARE(user, QStringLiteral("juliet"));
        QVERIFY(authzid.isEmpty());
    }

    void saslPrepBothNames()
    {
        // U+00AD (soft hyphen) maps to nothing, U+00A0 (no-break space) to a space (RFC 4013).
        Seen seen;
        const QByteArray message = QByteArray("\0jul\xc2\xad"
                                              "iet\0secret\xc2\xa0pass",
                                              22);
        QCOMPARE(run(message, &seen).kind, Step::Success);
        QCOMPARE(seen.user, QStringLiteral("juliet"));
        QCOMPARE(seen.password, QStringLiteral("secret pass"));
    }

    void wrongPassword()
    {
        Seen seen;
        const Step step = run(QByteArray("\0juliet\0secret", 14), &seen);
        QCOMPARE(step.kind, Step::Failure);
        QCOMPARE(step.failure, Failure::NotAuthorized);
        const Step prohibited = run(QByteArray("\0juliet\0sec\x07ret", 15), &seen);
        QCOMPARE(prohibited.failure, Failure::NotAuthorized);
    }

    void authzid()
    {
        Seen seen;
        QString user, authzid;
        const Step own =
            run(QByteArray("juliet@example.com\0juliet\0secret pass", 37), &seen, &user, &authzid);
        QCOMPARE(own.kind, Step::Success);
        QCOMPARE(authzid, QStringLiteral("juliet@example.com"));

        const Step other = run(QByteArray("romeo@example.com\0juliet\0secret pass", 36), &seen);
        QCOMPARE(other.kind, Step::Failure);
        QCOMPARE(other.failure, Failure::InvalidAuthzid);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no separators") << QByteArray("juliet");
        QTest::newRow("one separator") << QByteArray("juliet\0secret", 13);
        QTest::newRow("empty authcid") << QByteArray("\0\0secret", 8);
        QTest::newRow("empty password") << QByteArray("\0juliet\0", 8);
        QTest::newRow("extra field") << QByteArray("a\0b\0c\0d", 7);
        QTest::newRow("bad utf-8 authcid") << QByteArray("\0\xff\0secret", 9);
    }

    void malformed()
    {
        QFETCH(QByteArray, message);
        Seen seen;
        const Step step = run(message, &seen);
        QCOMPARE(step.kind, Step::Failure);
        QCOMPARE(step.failure, Failure::MalformedRequest);
    }

    void withoutInitialResponse()
    {
        Seen seen;
        auto mechanism = createMechanism(QStringLiteral("PLAIN"), backend(&seen), context());
        const Step challenge = mechanism->start({}, false);
        QCOMPARE(challenge.kind, Step::Challenge);
        QVERIFY(challenge.data.isEmpty());
        QCOMPARE(mechanism->step(QByteArray("\0juliet\0secret pass", 19)).kind, Step::Success);
        // one exchange per mechanism object
        QCOMPARE(mechanism->step(QByteArray("\0juliet\0secret pass", 19)).kind, Step::Failure);
    }
};

QTEST_GUILESS_MAIN(TestPlain)
#include "tst_plain.moc"
