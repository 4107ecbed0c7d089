// Routing rules (the seed's Router): wildcard matching and first-match-wins in rule order.
#include "s2s/routingrules.h"

#include <QTest>

using namespace confab;
using confab::s2s::Route;

namespace {

storage::RoutingRule relay(qint64 id, const QString &pattern, const QString &host, int port = 0)
{
    storage::RoutingRule r;
    r.id = id;
    r.position = int(id - 1);
    r.pattern = pattern;
    r.action = QStringLiteral("relay");
    r.relayHost = host;
    r.relayPort = port;
    return r;
}

storage::RoutingRule refuseRule(qint64 id, const QString &pattern)
{
    storage::RoutingRule r;
    r.id = id;
    r.position = int(id - 1);
    r.pattern = pattern;
    r.action = QStringLiteral("refuse");
    return r;
}

} // namespace

class TestRoutingRules : public QObject
{
    Q_OBJECT
private slots:
    void patternMatches_data();
    void patternMatches();
    void seedExampleRelaysCompanyDom();
    void wildcardSubdomainsDoNotIncludeTheDomainItself();
    void starMatchesEverything();
    void firstMatchWinsInRuleOrder();
    void positionNotListOrderDecides();
    void refuseAction();
    void ports();
    void noRulesMeansDns();
};

void TestRoutingRules::patternMatches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "company.dom"
                           << "company.dom" << true;
    QTest::newRow("case") << "Company.DOM"
                          << "company.dom" << true;
    QTest::newRow("case in domain") << "company.dom"
                                    << "COMPANY.dom" << true;
    QTest::newRow("other") << "company.dom"
                           << "company.com" << false;
    QTest::newRow("prefix only") << "company.dom"
                                 << "company.dom.evil" << false;
    QTest::newRow("suffix only") << "company.dom"
                                 << "xcompany.dom" << false;
    QTest::newRow("sub wildcard") << "*.company.dom"
                                  << "a.company.dom" << true;
    QTest::newRow("sub wildcard deep") << "*.company.dom"
                                       << "a.b.company.dom" << true;
    QTest::newRow("sub wildcard not apex") << "*.company.dom"
                                           << "company.dom" << false;
    QTest::newRow("sub wildcard not lookalike") << "*.company.dom"
                                                << "evilcompany.dom" << false;
    QTest::newRow("star") << "*"
                          << "anything.example" << true;
    QTest::newRow("star empty") << "*"
                                << "" << true;
    QTest::newRow("star middle") << "mail*.example"
                                 << "mail2.example" << true;
    QTest::newRow("star middle none") << "mail*.example"
                                      << "mail.example" << true;
    QTest::newRow("star middle wrong") << "mail*.example"
                                       << "smail.example" << false;
    QTest::newRow("two stars") << "*.corp.*"
                               << "x.corp.net" << true;
    QTest::newRow("two stars miss") << "*.corp.*"
                                    << "corp.net" << false;
    QTest::newRow("backtracking") << "*a*a*b"
                                  << "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaac" << false;
    QTest::newRow("trailing star") << "example.*"
                                   << "example.org" << true;
    QTest::newRow("unicode fold") << QStringLiteral("bücher.example") << QStringLiteral("BÜCHER.example")
                                  << true;
    QTest::newRow("empty pattern") << ""
                                   << "a" << false;
}

void TestRoutingRules::patternMatches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, domain);
    QFETCH(bool, matches);
    QCOMPARE(s2s::patternMatches(pattern, domain), matches);
}

// The seed's example: route company.dom via server.company.dom.
void TestRoutingRules::seedExampleRelaysCompanyDom()
{
    s2s::RoutingRules rules;
    rules.setRules({relay(1, "company.dom", "server.company.dom")});
    const Route r = rules.route("company.dom");
    QCOMPARE(r.kind, Route::Relay);
    QCOMPARE(r.host, QStringLiteral("server.company.dom"));
    QCOMPARE(r.port, quint16(5269));
    QCOMPARE(r.ruleId, 1);
    QCOMPARE(rules.route("other.dom").kind, Route::Dns);
    QCOMPARE(rules.route("sub.company.dom").kind, Route::Dns);
}

void TestRoutingRules::wildcardSubdomainsDoNotIncludeTheDomainItself()
{
    s2s::RoutingRules rules;
    rules.setRules(
        {relay(1, "*.company.dom", "gw.company.dom"), relay(2, "company.dom", "apex.company.dom")});
    QCOMPARE(rules.route("chat.company.dom").host, QStringLiteral("gw.company.dom"));
    QCOMPARE(rules.route("company.dom").host, QStringLiteral("apex.company.dom"));
    QCOMPARE(rules.route("company.dom").ruleId, 2);
}

void TestRoutingRules::starMatchesEverything()
{
    s2s::RoutingRules rules;
    rules.setRules({relay(1, "*", "smarthost.example", 5270)});
    for (const char *d : {"a.example", "jabber.org", "xn--bcher-kva.example"}) {
        const Route r = rules.route(QString::fromLatin1(d));
        QCOMPARE(r.kind, Route::Relay);
        QCOMPARE(r.host, QStringLiteral("smarthost.example"));
        QCOMPARE(r.port, quint16(5270));
    }
}

void TestRoutingRules::firstMatchWinsInRuleOrder()
{
    s2s::RoutingRules rules;
    rules.setRules({refuseRule(1, "bad.company.dom"), relay(2, "*.company.dom", "gw.company.dom"),
                    relay(3, "*", "any")});
    QCOMPARE(rules.route("bad.company.dom").kind, Route::Refuse);
    QCOMPARE(rules.route("bad.company.dom").ruleId, 1);
    QCOMPARE(rules.route("good.company.dom").host, QStringLiteral("gw.company.dom"));
    QCOMPARE(rules.route("elsewhere.org").host, QStringLiteral("any"));
    QCOMPARE(rules.route("elsewhere.org").ruleId, 3);

    // Moving the catch-all to the front (confabctl route move) shadows the others.
    auto catchAll = relay(3, "*", "any");
    catchAll.position = 0;
    auto bad = refuseRule(1, "bad.company.dom");
    bad.position = 1;
    rules.setRules({catchAll, bad});
    QCOMPARE(rules.route("bad.company.dom").kind, Route::Relay);
}

void TestRoutingRules::positionNotListOrderDecides()
{
    auto first = refuseRule(7, "x.example");
    first.position = 1;
    auto second = relay(8, "*", "any");
    second.position = 0;
    s2s::RoutingRules rules;
    rules.setRules({first, second});
    QCOMPARE(rules.route("x.example").kind, Route::Relay);
}

void TestRoutingRules::refuseAction()
{
    s2s::RoutingRules rules;
    rules.setRules({::refuseRule(1, "*.spam.example")});
    const Route r = rules.route("a.spam.example");
    QCOMPARE(r.kind, Route::Refuse);
    QVERIFY(r.host.isEmpty());
    QCOMPARE(rules.route("spam.example").kind, Route::Dns);

    // An action the store would never write is not read as "use DNS".
    auto odd = relay(2, "odd.example", "");
    s2s::RoutingRules broken;
    broken.setRules({odd});
    QCOMPARE(broken.route("odd.example").kind, Route::Refuse);
}

void TestRoutingRules::ports()
{
    s2s::RoutingRules rules;
    rules.setRules({relay(1, "a.example", "relay.example", 0), relay(2, "b.example", "relay.example", 15269),
                    relay(3, "c.example", "[::1]", 5270), relay(4, "d.example", "127.0.0.9", 65535)});
    QCOMPARE(rules.route("a.example").port, quint16(5269));
    QCOMPARE(rules.route("b.example").port, quint16(15269));
    QCOMPARE(rules.route("c.example").host, QStringLiteral("::1"));
    QCOMPARE(rules.route("c.example").port, quint16(5270));
    QCOMPARE(rules.route("d.example").host, QStringLiteral("127.0.0.9"));
    QCOMPARE(rules.route("d.example").port, quint16(65535));
}

void TestRoutingRules::noRulesMeansDns()
{
    s2s::RoutingRules rules;
    const Route r = rules.route("jabber.org");
    QCOMPARE(r.kind, Route::Dns);
    QCOMPARE(r.ruleId, 0);
}

QTEST_GUILESS_MAIN(TestRoutingRules)
#include "tst_routingrules.moc"
