#include "streamcollector.h"
#include "xml/namespaces.h"
#include "xml/xmlstream.h"

#include <QTest>

using namespace confab::xml;
using confab::xml::test::clientHeader;
using confab::xml::test::Collector;
using confab::xml::test::errorOf;
using confab::xml::test::parseStanza;

namespace {

// A client's side of a session after TLS, in the style of RFC 6120 §9.1 (stream header, SASL,
// resource binding), plus keepalives, non-ASCII text, references and the stream's end.
const QByteArray transcript =
    "<?xml version='1.0'?>"
    "<stream:stream from='juliet@im.example.com' to='im.example.com' version='1.0' xml:lang='en' "
    "xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>\n"
    "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>\n"
    "<auth xmlns=\"urn:ietf:params:xml:ns:xmpp-sasl\" mechanism=\"SCRAM-SHA-1\">"
    "biwsbj1qdWxpZXQscj1vTXNUQUF3QUFBQU1BQUFBTlAwVEFBQUFBQUJQVTBBQQ==</auth>"
    "<response xmlns=\"urn:ietf:params:xml:ns:xmpp-sasl\">"
    "Yz1iaXdzLHI9b01zVEFBd0FBQUFNQUFBQU5QMFRBQUFBQUFCUFUwQUFlMTI0Njk1Yi02OWE5LTRkZTYtOWMzMC1iNTFiMzgwOGM1OWUs"
    "cD1VQTU3dE0vU3ZwQVRCa0gyRlhzMFdEWHZKWXc9</response>"
    "  \n\t "
    "<iq id='yhc13a95' type='set'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
    "<resource>balcony</resource></bind></iq>"
    " "
    "<message to='romeo@example.net' type='chat' xml:lang='en'>"
    "<body>caf\xC3\xA9 \xF0\x9F\x98\x80 &lt;&amp;&gt;&quot;&apos; &#x263A;&#65;</body></message>"
    "<presence/>"
    "</stream:stream>";

struct Outcome
{
    std::vector<StreamHeader> headers;
    std::vector<Element> stanzas;
    int closes = 0;
    int errors = 0;
};

Outcome feedChunks(const QList<QByteArray> &chunks)
{
    Collector c;
    for (const QByteArray &chunk : chunks)
        c.feed(chunk);
    return Outcome{c.headers, c.stanzas, c.closes, c.errors};
}

bool sameOutcome(const Outcome &a, const Outcome &b)
{
    if (a.headers.size() != b.headers.size() || a.stanzas.size() != b.stanzas.size() ||
        a.closes != b.closes || a.errors != b.errors)
        return false;
    for (size_t i = 0; i < a.stanzas.size(); ++i) {
        if (!(a.stanzas[i] == b.stanzas[i]))
            return false;
    }
    for (size_t i = 0; i < a.headers.size(); ++i) {
        const StreamHeader &x = a.headers[i], &y = b.headers[i];
        if (x.ns != y.ns || x.from != y.from || x.to != y.to || x.version != y.version || x.lang != y.lang)
            return false;
    }
    return true;
}

} // namespace

class TestXmlStream : public QObject
{
    Q_OBJECT
private slots:
    void transcriptWhole();
    void transcriptSplitAtEveryByte();
    void transcriptOneByteAtATime();
    void restartAfterStartTls();
    void stanzaSizeLimitHitMidStanza();
    void stanzaSizeLimitIsPerStanza();
    void endlessStartTag();
    void depthLimit();
    void attributeLimits();
    void streamNamespace_data();
    void streamNamespace();
    void serverStreamPrefixes();
    void whitespaceKeepalives();
    void streamCloseIgnoresTrailingData();
    void textOutsideStanzas();
    void callbackMayDestroyStream();
    void normalization();
    void namesAndNamespaces();
    void headerNamespacesApplyToEveryStanza();
    void idleStreamHoldsNoBuffers();
};

void TestXmlStream::transcriptWhole()
{
    Collector c;
    c.feed(transcript);
    QVERIFY2(!c.error, qPrintable(c.errorText));
    QCOMPARE(c.headers.size(), size_t(1));
    const StreamHeader &h = c.headers.front();
    QCOMPARE(h.ns, ns::Client);
    QCOMPARE(h.from, QStringLiteral("juliet@im.example.com"));
    QCOMPARE(h.to, QStringLiteral("im.example.com"));
    QCOMPARE(h.version, QStringLiteral("1.0"));
    QCOMPARE(h.lang, QStringLiteral("en"));
    QVERIFY(h.id.isEmpty());
    QCOMPARE(c.stream.header().to, h.to);

    QCOMPARE(c.stanzas.size(), size_t(6));
    QCOMPARE(c.stanzas[0].name(), QStringLiteral("starttls"));
    QCOMPARE(c.stanzas[0].ns(), ns::Tls);
    QCOMPARE(c.stanzas[1].ns(), ns::Sasl);
    QCOMPARE(c.stanzas[1].attr(u"mechanism"), QStringLiteral("SCRAM-SHA-1"));
    QCOMPARE(c.stanzas[1].text(),
             QStringLiteral("biwsbj1qdWxpZXQscj1vTXNUQUF3QUFBQU1BQUFBTlAwVEFBQUFBQUJQVTBBQQ=="));
    QCOMPARE(c.stanzas[2].name(), QStringLiteral("response"));
    const Element &iq = c.stanzas[3];
    QCOMPARE(iq.name(), QStringLiteral("iq"));
    QCOMPARE(iq.ns(), ns::Client); // the stream's default namespace
    QCOMPARE(iq.attr(u"id"), QStringLiteral("yhc13a95"));
    QCOMPARE(iq.firstChild(u"bind", ns::Bind)->childText(u"resource", ns::Bind), QStringLiteral("balcony"));
    const Element &message = c.stanzas[4];
    QCOMPARE(message.attrNs(ns::Xml, u"lang"), QStringLiteral("en"));
    QVERIFY(!message.hasAttr(u"lang"));
    QCOMPARE(message.childText(u"body", ns::Client),
             QString::fromUtf8("caf\xC3\xA9 \xF0\x9F\x98\x80 <&>\"' \xE2\x98\xBA"
                               "A"));
    QCOMPARE(c.stanzas[5].name(), QStringLiteral("presence"));
    QCOMPARE(c.closes, 1);
    QCOMPARE(c.stream.state(), XmlStream::State::Closed);
}

void TestXmlStream::transcriptSplitAtEveryByte()
{
    const Outcome whole = feedChunks({transcript});
    QCOMPARE(whole.stanzas.size(), size_t(6));
    for (qsizetype i = 0; i <= transcript.size(); ++i) {
        const Outcome split = feedChunks({transcript.first(i), transcript.sliced(i)});
        QVERIFY2(sameOutcome(whole, split), qPrintable(QStringLiteral("split at %1").arg(i)));
    }
}

void TestXmlStream::transcriptOneByteAtATime()
{
    const Outcome whole = feedChunks({transcript});
    QList<QByteArray> bytes;
    for (char c : transcript)
        bytes.append(QByteArray(1, c));
    QVERIFY(sameOutcome(whole, feedChunks(bytes)));
}

void TestXmlStream::restartAfterStartTls()
{
    Collector c;
    c.stream.onStanza = [&c](std::unique_ptr<Element> e) {
        const bool restart = e->name() == u"starttls";
        c.stanzas.push_back(std::move(*e));
        if (restart)
            c.stream.reset();
    };
    // Bytes after <starttls/> in the same read must be dropped (plaintext injection).
    c.feed(clientHeader() +
           "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/><iq type='set' id='injected'/>");
    QCOMPARE(c.stanzas.size(), size_t(1));
    QCOMPARE(c.stream.state(), XmlStream::State::AwaitingHeader);
    c.feed(clientHeader() + "<iq type='get' id='after'/>");
    QVERIFY(!c.error);
    QCOMPARE(c.headers.size(), size_t(2));
    QCOMPARE(c.stanzas.size(), size_t(2));
    QCOMPARE(c.stanzas[1].attr(u"id"), QStringLiteral("after"));
    // A reset from outside works too, e.g. after SASL success.
    c.stream.reset();
    c.feed(clientHeader());
    QCOMPARE(c.headers.size(), size_t(3));
}

void TestXmlStream::stanzaSizeLimitHitMidStanza()
{
    Collector c;
    c.stream.setMaxStanzaBytes(1000);
    c.feed(clientHeader());
    c.feed("<message><body>");
    c.feed(QByteArray(900, 'a'));
    QVERIFY(!c.error);
    c.feed(QByteArray(100, 'a')); // 15 + 1000 bytes, and no end tag anywhere yet
    QCOMPARE(c.error, StreamErrorCondition::PolicyViolation);
    QVERIFY(c.stanzas.empty());
}

void TestXmlStream::stanzaSizeLimitIsPerStanza()
{
    const QByteArray open = "<message><body>";
    const QByteArray close = "</body></message>";
    const QByteArray exact = open + QByteArray(1000 - open.size() - close.size(), 'x') + close;
    QCOMPARE(exact.size(), 1000);
    {
        Collector c;
        c.stream.setMaxStanzaBytes(1000);
        QByteArray many = clientHeader();
        for (int i = 0; i < 10; ++i)
            many += exact + "\n";
        c.feed(many); // 10 KB in one read, each stanza exactly at the limit
        QVERIFY(!c.error);
        QCOMPARE(c.stanzas.size(), size_t(10));
        c.feed(open + QByteArray(1001 - open.size() - close.size(), 'x') + close);
        QCOMPARE(c.error, StreamErrorCondition::PolicyViolation);
        QCOMPARE(c.stanzas.size(), size_t(10));
    }
    {
        Collector c; // the default limit
        c.feed(clientHeader() + open + QByteArray(262144, 'x') + close);
        QCOMPARE(c.error, StreamErrorCondition::PolicyViolation);
    }
}

void TestXmlStream::endlessStartTag()
{
    Collector c;
    c.stream.setMaxStanzaBytes(4096);
    c.feed(clientHeader() + "<message to='");
    for (int i = 0; i < 100 && !c.error; ++i)
        c.feed(QByteArray(100, 'a'));
    QCOMPARE(c.error, StreamErrorCondition::PolicyViolation);
    // Also before any stream header: the header is a stanza for this purpose.
    Collector d;
    d.stream.setMaxStanzaBytes(4096);
    d.feed("<stream:stream to='" + QByteArray(5000, 'a'));
    QCOMPARE(d.error, StreamErrorCondition::PolicyViolation);
}

void TestXmlStream::depthLimit()
{
    auto nested = [](int depth) {
        QByteArray open, close;
        for (int i = 0; i < depth; ++i) {
            open += "<x>";
            close.prepend("</x>");
        }
        return clientHeader() + open + close;
    };
    Collector ok;
    ok.feed(nested(64));
    QVERIFY(!ok.error);
    QCOMPARE(ok.stanzas.size(), size_t(1));
    Collector tooDeep;
    tooDeep.feed(nested(65).first(clientHeader().size() + 65 * 3)); // only the start tags
    QCOMPARE(tooDeep.error, StreamErrorCondition::PolicyViolation);

    XmlStream limits;
    limits.setMaxDepth(4);
    QCOMPARE(errorOf({nested(4)}, &limits), std::nullopt);
    QCOMPARE(errorOf({nested(5)}, &limits), StreamErrorCondition::PolicyViolation);
}

void TestXmlStream::attributeLimits()
{
    auto withAttributes = [](int count, int valueLength) {
        QByteArray s = clientHeader() + "<message";
        for (int i = 0; i < count; ++i)
            s += " a" + QByteArray::number(i) + "='" + QByteArray(valueLength, 'v') + "'";
        return s + "/>";
    };
    QCOMPARE(errorOf({withAttributes(64, 1)}), std::nullopt);
    QCOMPARE(errorOf({withAttributes(65, 1)}), StreamErrorCondition::PolicyViolation);
    QCOMPARE(errorOf({withAttributes(1, 16384)}), std::nullopt);
    QCOMPARE(errorOf({withAttributes(1, 16385)}), StreamErrorCondition::PolicyViolation);
    // The stream header obeys the limits too; it has 5 attributes and declarations, the longest
    // value being the 32-character stream namespace.
    XmlStream limits;
    limits.setMaxAttributes(5);
    limits.setMaxAttributeValueLength(40);
    QCOMPARE(errorOf({withAttributes(5, 40)}, &limits), std::nullopt);
    QCOMPARE(errorOf({withAttributes(6, 1)}, &limits), StreamErrorCondition::PolicyViolation);
    QCOMPARE(errorOf({withAttributes(1, 41)}, &limits), StreamErrorCondition::PolicyViolation);
    // Namespace declarations count too: they cost the same memory.
    QCOMPARE(errorOf({clientHeader() + "<message xmlns:a='1' xmlns:b='2' xmlns:c='3' xmlns:d='4' xmlns:e='5' "
                                       "xmlns:f='6'/>"},
                     &limits),
             StreamErrorCondition::PolicyViolation);
}

void TestXmlStream::streamNamespace_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("ok");
    QTest::newRow("wrong stream namespace")
        << QByteArray("<stream:stream xmlns='jabber:client' xmlns:stream='http://example.com/streams'>")
        << false;
    QTest::newRow("no stream namespace") << QByteArray("<stream xmlns='jabber:client'>") << false;
    QTest::newRow("wrong root name")
        << QByteArray("<stream:flow xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>")
        << false;
    QTest::newRow("content namespace is stream namespace")
        << QByteArray("<stream xmlns='http://etherx.jabber.org/streams'>") << false;
    QTest::newRow("other prefix, right namespace")
        << QByteArray("<s:stream xmlns='jabber:client' xmlns:s='http://etherx.jabber.org/streams'>") << true;
    QTest::newRow("no content namespace")
        << QByteArray("<stream:stream xmlns:stream='http://etherx.jabber.org/streams'>") << true;
}

void TestXmlStream::streamNamespace()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, ok);
    Collector c;
    c.feed(header);
    if (ok) {
        QVERIFY(!c.error);
        QCOMPARE(c.headers.size(), size_t(1));
    } else {
        QCOMPARE(c.error, StreamErrorCondition::InvalidNamespace);
        QVERIFY(c.headers.empty());
    }
}

void TestXmlStream::serverStreamPrefixes()
{
    Collector c;
    c.feed("<stream:stream xmlns='jabber:server' xmlns:db='jabber:server:dialback' "
           "xmlns:stream='http://etherx.jabber.org/streams' from='a.example' to='b.example' id='s1' "
           "version='1.0'>"
           "<db:result from='a.example' to='b.example'>key</db:result>");
    QVERIFY(!c.error);
    const StreamHeader &h = c.headers.front();
    QCOMPARE(h.ns, ns::Server);
    QCOMPARE(h.id, QStringLiteral("s1"));
    QCOMPARE(h.prefixes.size(), 1);
    QCOMPARE(h.prefixes.front().first, QStringLiteral("db"));
    QCOMPARE(h.prefixes.front().second, ns::Dialback);
    QCOMPARE(c.stanzas.front().name(), QStringLiteral("result"));
    QCOMPARE(c.stanzas.front().ns(), ns::Dialback);
}

void TestXmlStream::whitespaceKeepalives()
{
    Collector c;
    c.stream.setMaxStanzaBytes(1000);
    c.feed("\n" + clientHeader());
    for (int i = 0; i < 5000; ++i)
        c.feed(" "); // 5000 keepalives exceed the stanza limit together, but are no stanza
    c.feed(QByteArray(3000, '\n'));
    QVERIFY(!c.error);
    QVERIFY(c.stanzas.empty());
    c.feed(" \r\n\t<presence/>\n\n<presence/>");
    QVERIFY(!c.error);
    QCOMPARE(c.stanzas.size(), size_t(2));
}

void TestXmlStream::streamCloseIgnoresTrailingData()
{
    Collector c;
    c.feed(clientHeader() + "<presence/></stream:stream><message/>garbage<<<&bad;");
    QCOMPARE(c.closes, 1);
    QCOMPARE(c.stanzas.size(), size_t(1));
    QVERIFY(!c.error);
    c.feed("<message/>");
    QCOMPARE(c.stanzas.size(), size_t(1));
    QCOMPARE(c.stream.state(), XmlStream::State::Closed);
}

void TestXmlStream::textOutsideStanzas()
{
    Collector c;
    c.feed(clientHeader() + "hello<presence/>");
    QCOMPARE(c.error, StreamErrorCondition::BadFormat);
}

void TestXmlStream::callbackMayDestroyStream()
{
    auto stream = std::make_unique<XmlStream>();
    int stanzas = 0;
    stream->onStanza = [&](std::unique_ptr<Element>) {
        ++stanzas;
        stream.reset(); // e.g. the session closes the connection
    };
    stream->addData(clientHeader() + "<presence/><presence/><presence/>");
    QCOMPARE(stanzas, 1);
    QVERIFY(!stream);
}

// XML 1.0 §2.11 (line ends), §3.3.3 (attribute values), §4.6 (references), §2.7 (CDATA): what a
// stanza's text and attributes hold after parsing, on every split of the input.
void TestXmlStream::normalization()
{
    const QByteArray stanza = "<message to='a\tb\nc\r\nd&#10;e&#9;f&#13;'>"
                              "<body>1\r\n2\r3\n4&#13;5\xEF\xBB\xBF"
                              "6<![CDATA[7\r\n&amp;]]></body>"
                              "<subject>\xEF\xBB\xBF</subject></message>";
    for (qsizetype i = 0; i <= clientHeader().size() + stanza.size(); ++i) {
        QString error;
        const std::optional<Element> parsed = parseStanza(stanza, i, &error);
        QVERIFY2(parsed, qPrintable(error));
        const Element &m = *parsed;
        QCOMPARE(m.attr(u"to"), QStringLiteral("a b c d\ne\tf\r"));
        QCOMPARE(m.childText(u"body"), QStringLiteral("1\n2\n3\n4\r5\uFEFF6") + QStringLiteral("7\n&amp;"));
        QCOMPARE(m.childText(u"subject"), QStringLiteral("\uFEFF")); // U+FEFF is content here, not a BOM
    }
}

// Namespaces in XML 1.0: declarations on the element itself apply to its name and attributes, end
// with it, and undeclaring the default namespace is allowed; names above U+FFFF are names.
void TestXmlStream::namesAndNamespaces()
{
    Collector c;
    c.feed(clientHeader() + "<p:message xmlns:p='urn:p' p:a='1' b='2' xml:lang='de'>"
                            "<x xmlns='urn:x'><y xmlns=''/><p:z/></x><w/></p:message>"
                            "<message><\xF0\x90\x80\x80 \xF0\x90\x80\x81='v'/></message>");
    QVERIFY2(!c.error, qPrintable(c.errorText));
    QCOMPARE(c.stanzas.size(), size_t(2));
    const Element &m = c.stanzas[0];
    QCOMPARE(m.ns(), QStringLiteral("urn:p"));
    QCOMPARE(m.attrNs(u"urn:p", u"a"), QStringLiteral("1"));
    QCOMPARE(m.attr(u"b"), QStringLiteral("2"));
    QCOMPARE(m.attrNs(ns::Xml, u"lang"), QStringLiteral("de"));
    const Element *x = m.firstChild(u"x");
    QVERIFY(x);
    QCOMPARE(x->ns(), QStringLiteral("urn:x"));
    QCOMPARE(x->firstChild(u"y")->ns(), QString());
    QCOMPARE(x->firstChild(u"z")->ns(), QStringLiteral("urn:p"));
    QCOMPARE(m.firstChild(u"w")->ns(), ns::Client);
    const Element *old = c.stanzas[1].firstChildElement();
    QVERIFY(old);
    QCOMPARE(old->name(), QString::fromUtf8("\xF0\x90\x80\x80"));
    QCOMPARE(old->attr(QString::fromUtf8("\xF0\x90\x80\x81")), QStringLiteral("v"));
    // The prefix ends with the element that declared it.
    Collector d;
    d.feed(clientHeader() + "<message><a xmlns:q='urn:q'/><q:b/></message>");
    QCOMPARE(d.error, StreamErrorCondition::NotWellFormed);
}

// The namespaces the header declares (default jabber:server, prefix db) apply to every stanza,
// however far apart they arrive; the header is reported once.
void TestXmlStream::headerNamespacesApplyToEveryStanza()
{
    Collector c;
    c.feed("<stream:stream xmlns='jabber:server' xmlns:db='jabber:server:dialback' "
           "xmlns:stream='http://etherx.jabber.org/streams' from='a.example' to='b.example' version='1.0'>"
           "<db:result from='a.example' to='b.example'>k1</db:result>");
    c.feed("  <db:result from='a.example' to='b.example'>k2</db:result><message to='x@b.example'/>");
    QVERIFY(!c.error);
    QCOMPARE(c.headers.size(), size_t(1));
    QCOMPARE(c.stanzas.size(), size_t(3));
    QCOMPARE(c.stanzas[1].ns(), QStringLiteral("jabber:server:dialback"));
    QCOMPARE(c.stanzas[1].text(), QStringLiteral("k2"));
    QCOMPARE(c.stanzas[2].ns(), ns::Server);
    c.feed("</stream:stream>");
    QCOMPARE(c.closes, 1);
}

// After a read that ends between stanzas a stream holds nothing but its header's namespaces: no
// copy of any bytes, no stacks, even after a large stanza; a stanza cut by reads is held only
// until it completes.
void TestXmlStream::idleStreamHoldsNoBuffers()
{
    Collector c;
    c.feed(clientHeader() + "<message to='a@b'><body>half");
    c.feed(QByteArray(5000, 'x'));
    QVERIFY(c.stream.heldBytes() >= 5000); // the text token so far
    c.feed(" done</body></message>");
    QCOMPARE(c.stanzas.size(), size_t(1));
    QCOMPARE(c.stanzas[0].firstChild(QStringLiteral("body"))->text(),
             QStringLiteral("half") + QString(5000, u'x') + QStringLiteral(" done"));
    QCOMPARE(c.stream.heldBytes(), 0);
    // 60 nested elements with 100-character names and a namespace declaration each.
    QByteArray open, close;
    for (int i = 0; i < 60; ++i) {
        const QByteArray name = "p" + QByteArray::number(i) + ":" + QByteArray(100, 'n');
        open += "<" + name + " xmlns:p" + QByteArray::number(i) + "='urn:" + QByteArray::number(i) + "'>";
        close.prepend("</" + name + ">");
    }
    c.feed("<message>" + open);
    QVERIFY(c.stream.heldBytes() > 6000);
    c.feed(close + "</message>");
    QVERIFY2(!c.error, qPrintable(c.errorText));
    QCOMPARE(c.stanzas.size(), size_t(2));
    QCOMPARE(c.stream.heldBytes(), 0);
    c.feed("<presence><show>away</show></presence>");
    QCOMPARE(c.stanzas.size(), size_t(3));
    QCOMPARE(c.stanzas[2].ns(), ns::Client);
}

QTEST_GUILESS_MAIN(TestXmlStream)
#include "tst_xmlstream.moc"
