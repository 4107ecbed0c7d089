// ANONYMOUS (RFC 4505): random user part, trace ignored but bounded.
#include "sasl/anonymousmechanism.h"
#include "sasl/mechanisms.h"
#include "shared/jid.h"

#include <QtTest>

using namespace confab;
using namespace confab::sasl;

class TestAnonymous : public QObject
{
    Q_OBJECT

private slots:
    void randomUserPart()
    {
        auto first = createMechanism(QStringLiteral("ANONYMOUS"), {}, {});
        auto second = createMechanism(QStringLiteral("ANONYMOUS"), {}, {});
        QVERIFY(first && second);
        QCOMPARE(first->name(), QStringLiteral("ANONYMOUS"));
        QCOMPARE(first->start("sirhc@example.com", true).kind, Step::Success);
        QCOMPARE(second->start({}, true).kind, Step::Success);
        const QString user = first->authenticatedUser();
        QCOMPARE(user.size(), 32);
        QVERIFY(user != second->authenticatedUser());
        // usable as a localpart as it is
        QCOMPARE(Jid::prepareNode(user), std::optional<QString>(user));
    }

    void withoutInitialResponse()
    {
        AnonymousMechanism mechanism;
        const Step challenge = mechanism.start({}, false);
        QCOMPARE(challenge.kind, Step::Challenge);
        QVERIFY(challenge.data.isEmpty());
        QCOMPARE(mechanism.step("trace").kind, Step::Success);
        QVERIFY(!mechanism.authenticatedUser().isEmpty());
    }

    void traceLimit()
    {
        AnonymousMechanism longest;
        QCOMPARE(longest.start(QByteArray(255, 'a'), true).kind, Step::Success);
        AnonymousMechanism wide; // 255 characters, 510 bytes
        QCOMPARE(wide.start(QString(255, QChar(0xe9)).toUtf8(), true).kind, Step::Success);
        AnonymousMechanism tooLong;
        const Step step = tooLong.start(QByteArray(256, 'a'), true);
        QCOMPARE(step.kind, Step::Failure);
        QCOMPARE(step.failure, Failure::MalformedRequest);
        QVERIFY(tooLong.authenticatedUser().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnonymous)
#include "tst_anonymous.moc"
