#include "streamcollector.h"
#include "xml/element.h"
#include "xml/namespaces.h"
#include "xml/serializer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace confab::xml;
using confab::xml::test::parseStanza;

class TestSerializer : public QObject
{
    Q_OBJECT
private slots:
    void escapesText();
    void escapesAttributes();
    void stripsCharactersXmlForbids();
    void sameNamespaceNotRedeclared();
    void differentNamespaceDeclared();
    void emptyNamespaceUndeclared();
    void namespacedAttributeGetsPrefix();
    void namespaceDeclarationsAreNotAttributes();
    void unsafeNamesAreMadeSafe();
    void roundTrip_data();
    void roundTrip();
    void bodyCannotInjectMarkup();
    void utf8WriterMatchesTheUtf16One();
};

void TestSerializer::escapesText()
{
    Element body(QStringLiteral("body"), ns::Client);
    body.addText(QStringLiteral("a<b>&c\"d'e]]>\r\n\t"));
    QCOMPARE(body.toString(ns::Client), QStringLiteral("<body>a&lt;b&gt;&amp;c\"d'e]]&gt;&#13;\n\t</body>"));
    QCOMPARE(escapeText(u"&amp;"), QStringLiteral("&amp;amp;")); // escaped text is escaped again
}

void TestSerializer::escapesAttributes()
{
    Element e(QStringLiteral("x"), QString());
    e.setAttr(QStringLiteral("v"), QStringLiteral("'\"<>&\t\n\r"));
    QCOMPARE(e.toString(), QStringLiteral("<x v='&apos;&quot;&lt;&gt;&amp;&#9;&#10;&#13;'/>"));
    QCOMPARE(e.toUtf8(), QByteArray("<x v='&apos;&quot;&lt;&gt;&amp;&#9;&#10;&#13;'/>"));
}

void TestSerializer::stripsCharactersXmlForbids()
{
    Element e(QStringLiteral("x"), QString());
    QString text = QStringLiteral("a");
    text += QChar(0x01);
    text += QChar(0x1B);
    text += QChar(0xD800); // lone high surrogate
    text += u'b';
    text += QChar(0xDC00); // lone low surrogate
    text += QChar(0xFFFE);
    text += QChar(0xFFFF);
    text += QString::fromUtf8("\xF0\x9F\x98\x80"); // a valid pair stays
    text += QChar(0x00);
    e.addText(text);
    e.setAttr(QStringLiteral("v"), text);
    QCOMPARE(e.toString(), QString::fromUtf8("<x v='ab\xF0\x9F\x98\x80'>ab\xF0\x9F\x98\x80</x>"));
}

void TestSerializer::sameNamespaceNotRedeclared()
{
    Element message(QStringLiteral("message"), ns::Client);
    message.addChild(QStringLiteral("body"), ns::Client).addText(QStringLiteral("hi"));
    QCOMPARE(message.toString(ns::Client), QStringLiteral("<message><body>hi</body></message>"));
    QCOMPARE(message.toString(), QStringLiteral("<message xmlns='jabber:client'><body>hi</body></message>"));
}

void TestSerializer::differentNamespaceDeclared()
{
    Element iq(QStringLiteral("iq"), ns::Client);
    Element &bind = iq.addChild(QStringLiteral("bind"), ns::Bind);
    bind.addChild(QStringLiteral("resource"), ns::Bind);
    bind.addChild(QStringLiteral("back"), ns::Client); // back to the outer namespace: declared again
    QCOMPARE(iq.toString(ns::Client),
             QStringLiteral("<iq><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><resource/>"
                            "<back xmlns='jabber:client'/></bind></iq>"));
}

void TestSerializer::emptyNamespaceUndeclared()
{
    Element outer(QStringLiteral("outer"), QStringLiteral("urn:o"));
    outer.addChild(QStringLiteral("plain"), QString());
    QCOMPARE(outer.toString(), QStringLiteral("<outer xmlns='urn:o'><plain xmlns=''/></outer>"));
}

void TestSerializer::namespacedAttributeGetsPrefix()
{
    Element c(QStringLiteral("x"), QStringLiteral("urn:x"));
    c.setAttrNs(ns::Xml, QStringLiteral("lang"), QStringLiteral("en"));
    c.setAttrNs(QStringLiteral("urn:a"), QStringLiteral("one"), QStringLiteral("1"));
    c.setAttrNs(QStringLiteral("urn:b"), QStringLiteral("two"), QStringLiteral("2"));
    c.setAttrNs(QStringLiteral("urn:a"), QStringLiteral("three"), QStringLiteral("3"));
    Element &child = c.addChild(QStringLiteral("y"), QStringLiteral("urn:x"));
    child.setAttrNs(QStringLiteral("urn:a"), QStringLiteral("four"), QStringLiteral("4"));
    // xml: is never declared; each element declares the prefixes it uses itself.
    QCOMPARE(c.toString(QStringLiteral("urn:x")),
             QStringLiteral("<x xml:lang='en' xmlns:ns1='urn:a' ns1:one='1' xmlns:ns2='urn:b' ns2:two='2' "
                            "ns1:three='3'><y xmlns:ns1='urn:a' ns1:four='4'/></x>"));
    const auto parsed = parseStanza(c.toUtf8(ns::Client));
    QVERIFY(parsed);
    QCOMPARE(parsed->attrNs(QStringLiteral("urn:b"), u"two"), QStringLiteral("2"));
    QCOMPARE(parsed->attrNs(ns::Xml, u"lang"), QStringLiteral("en"));
    QVERIFY(*parsed == c);
}

void TestSerializer::namespaceDeclarationsAreNotAttributes()
{
    Element e(QStringLiteral("x"), QStringLiteral("urn:x"));
    e.setAttr(QStringLiteral("xmlns"), QStringLiteral("urn:evil"));
    e.setAttrNs(ns::Xmlns, QStringLiteral("p"), QStringLiteral("urn:evil"));
    QCOMPARE(e.toString(QStringLiteral("urn:x")), QStringLiteral("<x/>"));
}

void TestSerializer::unsafeNamesAreMadeSafe()
{
    Element e(QStringLiteral("a b/><evil"), QString());
    e.setAttr(QStringLiteral("x='1' y"), QStringLiteral("v"));
    e.addChild(QStringLiteral("1st"), QString());
    QCOMPARE(e.toString(), QStringLiteral("<abevil x1y='v'><_1st/></abevil>"));
    QCOMPARE(safeXmlName(QStringLiteral("ok-name_1.x")), QStringLiteral("ok-name_1.x"));
    QCOMPARE(safeXmlName(QString::fromUtf8("caf\xC3\xA9")), QString::fromUtf8("caf\xC3\xA9"));
    QCOMPARE(safeXmlName(QString()), QStringLiteral("_"));
}

void TestSerializer::roundTrip_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("message") << QByteArray(
        "<message to='romeo@example.net' from='juliet@example.com/balcony' type='chat' xml:lang='en' "
        "id='ktx72v49'>"
        "<body>Art thou not Romeo, and a Montague? &lt;&amp;&gt; &#x263A; caf\xC3\xA9</body>"
        "<thread>e0ffe42b28561960c6b12b944a092794b9683a38</thread></message>");
    QTest::newRow("iq bind") << QByteArray(
        "<iq id='yhc13a95' type='set'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
        "<resource>balcony</resource></bind></iq>");
    QTest::newRow("nested namespaces") << QByteArray(
        "<message><x xmlns='urn:a'><y xmlns='urn:b' xmlns:q='urn:q' q:attr='v&apos;&quot;'><z/></y>"
        "<w xmlns='jabber:client'>mixed <b xmlns='urn:a'>content</b> tail</w></x></message>");
    QTest::newRow("whitespace and cdata")
        << QByteArray("<message>\n  <body>  spaced\ttext\r\n  </body>\n  <subject><![CDATA[<not markup> & "
                      "]]></subject>\n</message>");
    QTest::newRow("attribute whitespace") << QByteArray("<presence id='a&#9;b&#10;c&#13;d'/>");
}

void TestSerializer::roundTrip()
{
    QFETCH(QByteArray, xml);
    const auto first = parseStanza(xml);
    QVERIFY(first);
    const QByteArray serialized = first->toUtf8(ns::Client);
    const auto second = parseStanza(serialized);
    QVERIFY2(second, serialized.constData());
    QVERIFY2(*first == *second, serialized.constData());
    QCOMPARE(second->toUtf8(ns::Client), serialized); // and stable from then on
}

void TestSerializer::bodyCannotInjectMarkup()
{
    const QString evil = QStringLiteral("</body></message><message to='victim@example.com'><body>gotcha");
    Element message(QStringLiteral("message"), ns::Client);
    message.setAttr(QStringLiteral("to"), QStringLiteral("a@b' type='x"));
    message.addChild(QStringLiteral("body"), ns::Client).addText(evil);
    confab::xml::test::Collector c;
    c.feed(confab::xml::test::clientHeader() + message.toUtf8(ns::Client));
    QVERIFY(!c.error);
    QCOMPARE(c.stanzas.size(), size_t(1));
    QCOMPARE(c.stanzas.front().childText(u"body"), evil);
    QCOMPARE(c.stanzas.front().attr(u"to"), QStringLiteral("a@b' type='x"));
    QVERIFY(!c.stanzas.front().hasAttr(u"type"));
}

namespace {

// Strings from a pool with every case the escaping distinguishes: markup characters, whitespace,
// C0 controls, non-ASCII of each UTF-8 length, U+FFFE/U+FFFF, paired and lone surrogates.
QString randomString(QRandomGenerator &rng, int maxLength)
{
    static const char16_t pool[] = {u'a', u'Z',  u'0',  u'-',   u'.',   u'_',   u':',   u' ',   u'&',  u'<',
                                    u'>', u'\'', u'"',  u'\t',  u'\n',  u'\r',  0x01,   0x1F,   0x7F,  0xE9,
                                    0xD7, 0x7FF, 0x800, 0x4E2D, 0xFFFD, 0xFFFE, 0xFFFF, 0xD83D, 0xDE00};
    QString out;
    const int n = int(rng.bounded(maxLength + 1));
    for (int i = 0; i < n; ++i) {
        const char16_t c = pool[rng.bounded(int(std::size(pool)))];
        out += QChar(c);
        if (c == 0xD83D && rng.bounded(2)) // usually completes the pair, sometimes leaves it lone
            out += QChar(char16_t(0xDE00));
    }
    return out;
}

QString randomName(QRandomGenerator &rng)
{
    static const QString names[] = {QStringLiteral("message"), QStringLiteral("body"),
                                    QStringLiteral("x-y.z_1")};
    return rng.bounded(4) ? names[rng.bounded(3)] : randomString(rng, 6);
}

void fill(Element &e, QRandomGenerator &rng, int depth)
{
    static const QString nss[] = {QString(), ns::Client, QStringLiteral("urn:x"), QStringLiteral("urn:y")};
    for (int i = int(rng.bounded(4)); i > 0; --i) {
        switch (rng.bounded(3)) {
        case 0:
            e.setAttr(randomName(rng), randomString(rng, 12));
            break;
        case 1:
            e.setAttrNs(nss[rng.bounded(4)], randomName(rng), randomString(rng, 12));
            break;
        default:
            e.setAttrNs(ns::Xml, QStringLiteral("lang"), randomString(rng, 4));
        }
    }
    for (int i = depth > 0 ? int(rng.bounded(4)) : 0; i > 0; --i) {
        if (rng.bounded(2))
            e.addText(randomString(rng, 20));
        else
            fill(e.addChild(randomName(rng), nss[rng.bounded(4)]), rng, depth - 1);
    }
}

} // namespace

// toUtf8 writes UTF-8 directly; its bytes must be those of the UTF-16 serialization, encoded.
void TestSerializer::utf8WriterMatchesTheUtf16One()
{
    QRandomGenerator rng(20261122);
    for (int round = 0; round < 3000; ++round) {
        Element e(randomName(rng), round % 2 ? ns::Client : QStringLiteral("urn:x"));
        fill(e, rng, 3);
        const QByteArray direct = e.toUtf8(ns::Client);
        const QByteArray viaUtf16 = e.toString(ns::Client).toUtf8();
        if (direct != viaUtf16)
            QFAIL(qPrintable(QStringLiteral("round %1:\n%2\n%3")
                                 .arg(round)
                                 .arg(QString::fromLatin1(direct.toPercentEncoding()),
                                      QString::fromLatin1(viaUtf16.toPercentEncoding()))));
    }
    // A large stanza: the same bytes, and the buffer grown for the worst case is given back.
    Element big(QStringLiteral("message"), ns::Client);
    big.addChild(QStringLiteral("body"), ns::Client)
        .addText(QString(100000, QChar(u'x')) + QStringLiteral("<&\u00e9"));
    const QByteArray bytes = big.toUtf8(ns::Client);
    QCOMPARE(bytes, big.toString(ns::Client).toUtf8());
    QVERIFY2(bytes.capacity() < bytes.size() + 4096, qPrintable(QString::number(bytes.capacity())));
}

QTEST_GUILESS_MAIN(TestSerializer)
#include "tst_serializer.moc"
