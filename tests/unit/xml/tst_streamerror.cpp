#include "streamcollector.h"
#include "xml/namespaces.h"
#include "xml/streamerror.h"
#include "xml/streamheader.h"

#include <QTest>

using namespace confab::xml;
using confab::xml::test::Collector;

class TestStreamError : public QObject
{
    Q_OBJECT
private slots:
    void allConditions();
    void errorXml();
    void errorParsesBack();
    void headerXml();
    void headerEscapesAndRoundTrips();
};

// RFC 6120 §4.9.3.1 – §4.9.3.25, in order.
void TestStreamError::allConditions()
{
    const QStringList names = {
        "bad-format",
        "bad-namespace-prefix",
        "conflict",
        "connection-timeout",
        "host-gone",
        "host-unknown",
        "improper-addressing",
        "internal-server-error",
        "invalid-from",
        "invalid-namespace",
        "invalid-xml",
        "not-authorized",
        "not-well-formed",
        "policy-violation",
        "remote-connection-failed",
        "reset",
        "resource-constraint",
        "restricted-xml",
        "see-other-host",
        "system-shutdown",
        "undefined-condition",
        "unsupported-encoding",
        "unsupported-feature",
        "unsupported-stanza-type",
        "unsupported-version",
    };
    QCOMPARE(names.size(), 25);
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(streamErrorConditionName(StreamErrorCondition(i)), names[i]);
        QCOMPARE(streamErrorConditionFromName(names[i]), StreamErrorCondition(i));
    }
    QVERIFY(!streamErrorConditionFromName(u"xml-not-well-formed"));
}

void TestStreamError::errorXml()
{
    QCOMPARE(
        streamErrorXml(StreamErrorCondition::NotWellFormed),
        QByteArray(
            "<stream:error><not-well-formed xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>"));
    QCOMPARE(streamErrorXml(StreamErrorCondition::PolicyViolation, QStringLiteral("too <big> & ugly")),
             QByteArray(
                 "<stream:error><policy-violation xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
                 "<text xmlns='urn:ietf:params:xml:ns:xmpp-streams' xml:lang='en'>too &lt;big&gt; &amp; ugly"
                 "</text></stream:error>"));
    QCOMPARE(streamErrorXml(StreamErrorCondition::SeeOtherHost, {}, QStringLiteral("[2001:db8::1]:9222")),
             QByteArray("<stream:error><see-other-host xmlns='urn:ietf:params:xml:ns:xmpp-streams'>"
                        "[2001:db8::1]:9222</see-other-host></stream:error>"));
}

void TestStreamError::errorParsesBack()
{
    Collector c;
    c.feed(test::clientHeader() +
           streamErrorXml(StreamErrorCondition::RestrictedXml, QStringLiteral("no comments")));
    QVERIFY(!c.error);
    QCOMPARE(c.stanzas.size(), size_t(1));
    const Element &error = c.stanzas.front();
    QCOMPARE(error.name(), QStringLiteral("error"));
    QCOMPARE(error.ns(), ns::Streams);
    const StreamError parsed = parseStreamError(error);
    QCOMPARE(parsed.condition, StreamErrorCondition::RestrictedXml);
    QCOMPARE(parsed.text, QStringLiteral("no comments"));

    Element unknown(QStringLiteral("error"), ns::Streams);
    unknown.addChild(QStringLiteral("brand-new"), ns::StreamErrors);
    QCOMPARE(parseStreamError(unknown).condition, StreamErrorCondition::UndefinedCondition);
}

void TestStreamError::headerXml()
{
    StreamHeader h;
    h.ns = ns::Client;
    h.from = QStringLiteral("im.example.com");
    h.to = QStringLiteral("juliet@im.example.com");
    h.id = QStringLiteral("t7AMCin9zjMNwQKDnplntZPIDEI=");
    h.version = QStringLiteral("1.0");
    h.lang = QStringLiteral("en");
    QCOMPARE(
        streamHeaderXml(h),
        QByteArray(
            "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
            "xmlns:stream='http://etherx.jabber.org/streams' from='im.example.com' "
            "to='juliet@im.example.com' id='t7AMCin9zjMNwQKDnplntZPIDEI=' version='1.0' xml:lang='en'>"));
    QCOMPARE(streamCloseXml(), QByteArray("</stream:stream>"));
    StreamHeader minimal;
    minimal.ns = ns::Server;
    minimal.prefixes = {{QStringLiteral("db"), ns::Dialback}};
    QCOMPARE(
        streamHeaderXml(minimal),
        QByteArray("<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                   "xmlns:stream='http://etherx.jabber.org/streams' xmlns:db='jabber:server:dialback'>"));
}

void TestStreamError::headerEscapesAndRoundTrips()
{
    StreamHeader h;
    h.ns = ns::Server;
    h.from = QStringLiteral("a.example' injected='1");
    h.to = QStringLiteral("b.example\"><evil/>");
    h.id = QStringLiteral("x&y");
    h.version = QStringLiteral("1.0");
    h.lang = QStringLiteral("fr");
    h.prefixes = {{QStringLiteral("db"), ns::Dialback}};
    Collector c;
    c.feed(streamHeaderXml(h));
    QVERIFY2(!c.error, qPrintable(c.errorText));
    QCOMPARE(c.headers.size(), size_t(1));
    const StreamHeader &p = c.headers.front();
    QCOMPARE(p.ns, h.ns);
    QCOMPARE(p.from, h.from);
    QCOMPARE(p.to, h.to);
    QCOMPARE(p.id, h.id);
    QCOMPARE(p.version, h.version);
    QCOMPARE(p.lang, h.lang);
    QCOMPARE(p.prefixes, h.prefixes);
}

QTEST_GUILESS_MAIN(TestStreamError)
#include "tst_streamerror.moc"
