#include "shared/error.h"

#include <QJsonArray>
#include <QTest>

using namespace confab;

class TestError : public QObject
{
    Q_OBJECT
private slots:
    void substitution();
    void jsonRoundTrip();
    void result();
};

void TestError::substitution()
{
    const Error e = makeError(QStringLiteral("domain.exists"), "Domain {domain} exists ({count} users, {ok})",
                              {{QStringLiteral("domain"), QStringLiteral("example.com")},
                               {QStringLiteral("count"), 5222},
                               {QStringLiteral("ok"), true}});
    QCOMPARE(e.code, QStringLiteral("domain.exists"));
    QCOMPARE(e.message, QStringLiteral("Domain example.com exists (5222 users, true)"));
    QCOMPARE(e.args.value(QStringLiteral("count")).toInt(), 5222);
    QCOMPARE(substituteArgs(QStringLiteral("{missing} and {} and {a b} and {x"), {{QStringLiteral("x"), 1}}),
             QStringLiteral("{missing} and {} and {a b} and {x"));
    QCOMPARE(
        substituteArgs(QStringLiteral("{big}/{half}/{list}"), {{QStringLiteral("big"), 1e6},
                                                               {QStringLiteral("half"), 0.5},
                                                               {QStringLiteral("list"), QJsonArray{1, 2}}}),
        QStringLiteral("1000000/0.5/[1,2]"));
    // A value that itself looks like a placeholder is not expanded again.
    QCOMPARE(substituteArgs(QStringLiteral("{a}{b}"),
                            {{QStringLiteral("a"), QStringLiteral("{b}")}, {QStringLiteral("b"), 2}}),
             QStringLiteral("{b}2"));
}

void TestError::jsonRoundTrip()
{
    const Error e{QStringLiteral("auth.failed"), QStringLiteral("Wrong"), {{QStringLiteral("n"), 1}}};
    const Error back = Error::fromJson(e.toJson());
    QCOMPARE(back.code, e.code);
    QCOMPARE(back.message, e.message);
    QCOMPARE(back.args, e.args);
    const Error noArgs{QStringLiteral("x"), QStringLiteral("y"), {}};
    QVERIFY(!noArgs.toJson().contains(QStringLiteral("args")));
}

void TestError::result()
{
    Result<int> good(5);
    QVERIFY(good.ok());
    QCOMPARE(*good, 5);
    Result<int> bad(makeError(QStringLiteral("c"), "t"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, QStringLiteral("c"));
    QVERIFY(ok().ok());
}

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
