#include "streamcollector.h"
#include "xml/xmlstream.h"

#include <QTest>

// RFC 6120 §11: what an XML stream must not contain (restricted-xml), UTF-8 only, well-formedness.
using namespace confab::xml;
using confab::xml::test::clientHeader;
using confab::xml::test::Collector;
using confab::xml::test::errorOf;
using confab::xml::test::parseStanza;

Q_DECLARE_METATYPE(confab::xml::StreamErrorCondition)

class TestXmlRestrictions : public QObject
{
    Q_OBJECT
private slots:
    void restricted_data();
    void restricted();
    void restrictedSplitAtEveryByte();
    void allowedLookalikes_data();
    void allowedLookalikes();
    void utf8SplitAcrossChunksIsFine();
    void utf8DeclarationAndBom();
};

void TestXmlRestrictions::restricted_data()
{
    using C = StreamErrorCondition;
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<C>("condition");
    const QByteArray h = clientHeader();
    QTest::newRow("DTD before header")
        << QByteArray("<?xml version='1.0'?><!DOCTYPE stream:stream [<!ENTITY x 'y'>]><stream:stream "
                      "xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>")
        << C::RestrictedXml;
    QTest::newRow("DTD inside stream") << h + "<!DOCTYPE message><message/>" << C::RestrictedXml;
    QTest::newRow("entity declaration") << h + "<message><!ENTITY x 'y'></message>" << C::RestrictedXml;
    QTest::newRow("comment between stanzas") << h + "<!-- hi --><message/>" << C::RestrictedXml;
    QTest::newRow("comment in stanza")
        << h + "<message><body>a<!-- hi -->b</body></message>" << C::RestrictedXml;
    QTest::newRow("comment before header") << QByteArray("<!-- x -->") + h << C::RestrictedXml;
    QTest::newRow("PI in stanza") << h + "<message><?php echo 1 ?></message>" << C::RestrictedXml;
    QTest::newRow("PI between stanzas") << h + "<?foo?><message/>" << C::RestrictedXml;
    QTest::newRow("stylesheet PI at start")
        << QByteArray("<?xml-stylesheet href='x'?>") + h << C::RestrictedXml;
    QTest::newRow("second XML declaration") << h + "<?xml version='1.0'?>" << C::RestrictedXml;
    QTest::newRow("custom entity in text") << h + "<message><body>&foo;</body></message>" << C::RestrictedXml;
    QTest::newRow("custom entity in attribute") << h + "<message to='&foo;'/>" << C::RestrictedXml;
    QTest::newRow("long entity name") << h + "<message><body>&nbspx;</body></message>" << C::RestrictedXml;
    QTest::newRow("external entity") << h + "<message><body>&xxe;</body></message>" << C::RestrictedXml;
    QTest::newRow("overlong slash") << h + "<message><body>\xC0\xAF</body></message>" << C::NotWellFormed;
    QTest::newRow("overlong 3 bytes")
        << h + "<message><body>\xE0\x80\xAF</body></message>" << C::NotWellFormed;
    QTest::newRow("overlong 4 bytes")
        << h + "<message><body>\xF0\x80\x80\xAF</body></message>" << C::NotWellFormed;
    QTest::newRow("surrogate") << h + "<message><body>\xED\xA0\x80</body></message>" << C::NotWellFormed;
    QTest::newRow("above U+10FFFF") << h + "<message><body>\xF4\x90\x80\x80</body></message>"
                                    << C::NotWellFormed;
    QTest::newRow("U+FFFF") << h + "<message><body>\xEF\xBF\xBF</body></message>" << C::NotWellFormed;
    QTest::newRow("U+FFFE in an attribute") << h + "<message to='\xEF\xBF\xBE'/>" << C::NotWellFormed;
    QTest::newRow("0xFF") << h + "<message><body>\xFF</body></message>" << C::NotWellFormed;
    QTest::newRow("stray continuation") << h + "<message><body>\x80</body></message>" << C::NotWellFormed;
    QTest::newRow("truncated sequence") << h + "<message><body>\xE2\x98</body></message>" << C::NotWellFormed;
    QTest::newRow("bad UTF-8 in attribute") << h + "<message to='\xC3'/>" << C::NotWellFormed;
    QTest::newRow("control character") << h + "<message><body>\x01</body></message>" << C::NotWellFormed;
    // Found by fuzz_xmlstream: the serializer dropped the NUL and forwarded xmlns='urn:evil'.
    QTest::newRow("NUL in attribute name")
        << h + QByteArray("<message><body x\0mlns='urn:evil'/></message>", 44) << C::NotWellFormed;
    QTest::newRow("non-name character in attribute name")
        << h + "<message><body x$mlns='urn:evil'/></message>" << C::NotWellFormed;
    QTest::newRow("non-name character in element name")
        << h + "<message><bo$dy/></message>" << C::NotWellFormed;
    QTest::newRow("control character in element name")
        << h + "<message><bo\x01dy/></message>" << C::NotWellFormed;
    QTest::newRow("bad character reference")
        << h + "<message><body>&#0;</body></message>" << C::NotWellFormed;
    QTest::newRow("character reference with 17 digits")
        << h + "<message><body>&#00000000000000065;</body></message>" << C::NotWellFormed;
    QTest::newRow("mismatched tags") << h + "<message><body></message>" << C::NotWellFormed;
    QTest::newRow("undeclared prefix") << h + "<foo:message/>" << C::NotWellFormed;
    // XML 1.0 rules QXmlStreamReader (the parser before the tokenizer) let through.
    QTest::newRow("']]>' in text") << h + "<message><body>a]]>b</body></message>" << C::NotWellFormed;
    QTest::newRow("prefix declared twice")
        << h + "<message xmlns:a='urn:1' xmlns:a='urn:1'/>" << C::NotWellFormed;
    QTest::newRow("default namespace declared twice")
        << h + "<message xmlns='jabber:client' xmlns='jabber:client'/>" << C::NotWellFormed;
    QTest::newRow("attribute given twice, by namespace")
        << h + "<message xmlns:a='urn:1' xmlns:b='urn:1' a:x='1' b:x='2'/>" << C::NotWellFormed;
    QTest::newRow("name starting with U+00B7") << h + "<message \xC2\xB7x='1'/>" << C::NotWellFormed;
    QTest::newRow("prefix bound to the xml namespace")
        << h + "<message xmlns:p='http://www.w3.org/XML/1998/namespace'/>" << C::NotWellFormed;
    QTest::newRow("empty prefix binding") << h + "<message xmlns:p=''/>" << C::NotWellFormed;
    QTest::newRow("'<' in an attribute value") << h + "<message to='a<b'/>" << C::NotWellFormed;
    QTest::newRow("comment inside a tag") << h + "<message to='<!-- x -->'/>" << C::RestrictedXml;
    QTest::newRow("XML declaration after white space after a BOM") // a PI, then
        << QByteArray("\xEF\xBB\xBF <?xml version='1.0'?>") + h.sliced(21) << C::RestrictedXml;
    QTest::newRow("XML declaration outside its grammar")
        << QByteArray("<?xml version='1.0' foo='bar'?>") + h.sliced(21) << C::NotWellFormed;
    QTest::newRow("latin-1") << QByteArray("<?xml version='1.0' encoding='ISO-8859-1'?>") + h.sliced(21)
                             << C::UnsupportedEncoding;
}

void TestXmlRestrictions::restricted()
{
    QFETCH(QByteArray, data);
    QFETCH(StreamErrorCondition, condition);
    Collector c;
    c.feed(data);
    QVERIFY(c.error);
    QCOMPARE(streamErrorConditionName(*c.error), streamErrorConditionName(condition));
    QCOMPARE(c.errors, 1);
    QVERIFY(c.stanzas.empty());
    QCOMPARE(c.stream.state(), XmlStream::State::Failed);
    c.feed(clientHeader() + "<message/>"); // ignored after the error
    QCOMPARE(c.errors, 1);
    QVERIFY(c.stanzas.empty());
}

void TestXmlRestrictions::restrictedSplitAtEveryByte()
{
    const QList<QByteArray> cases = {
        clientHeader() + "<message><body>x&foo;</body></message>",
        clientHeader() + "<message><!-- c --></message>",
        clientHeader() + "<message><body>\xE0\x80\xAF</body></message>",
        clientHeader() + "<message><?pi x?></message>",
    };
    for (const QByteArray &data : cases) {
        const auto whole = errorOf({data});
        QVERIFY(whole);
        for (qsizetype i = 0; i <= data.size(); ++i)
            QCOMPARE(errorOf({data.first(i), data.sliced(i)}), whole);
    }
}

void TestXmlRestrictions::allowedLookalikes_data()
{
    QTest::addColumn<QByteArray>("stanza");
    QTest::addColumn<QString>("body");
    QTest::newRow("CDATA with markup")
        << QByteArray("<message><body><![CDATA[<!-- &foo; <?pi?> ]] ]>]]></body></message>")
        << QStringLiteral("<!-- &foo; <?pi?> ]] ]>");
    QTest::newRow("predefined and numeric")
        << QByteArray("<message><body>&lt;&gt;&amp;&quot;&apos;&#60;&#x3C;</body></message>")
        << QStringLiteral("<>&\"'<<");
    QTest::newRow("character reference with 16 digits")
        << QByteArray("<message><body>&#0000000000000065;</body></message>") << QStringLiteral("A");
    QTest::newRow("escaped comment") << QByteArray("<message><body>&lt;!-- x --&gt;</body></message>")
                                     << QStringLiteral("<!-- x -->");
}

void TestXmlRestrictions::allowedLookalikes()
{
    QFETCH(QByteArray, stanza);
    QFETCH(QString, body);
    for (qsizetype i = 0; i <= clientHeader().size() + stanza.size(); ++i) {
        QString error;
        const std::optional<Element> parsed = parseStanza(stanza, i, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->childText(u"body"), body);
    }
}

void TestXmlRestrictions::utf8SplitAcrossChunksIsFine()
{
    Collector c;
    c.feed(clientHeader() + "<message><body>\xF0\x9F");
    QVERIFY(!c.error); // half a code point is not (yet) an error
    c.feed("\x98");
    c.feed("\x80</body></message>");
    QVERIFY(!c.error);
    QCOMPARE(c.stanzas.front().childText(u"body"), QString::fromUtf8("\xF0\x9F\x98\x80"));
    c.feed("<message><body>\xF0\x9F");
    c.feed("<"); // the sequence is cut short by another byte
    QCOMPARE(c.error, StreamErrorCondition::NotWellFormed);
}

void TestXmlRestrictions::utf8DeclarationAndBom()
{
    const QByteArray header = clientHeader().sliced(21); // without the XML declaration
    for (const QByteArray &prolog : {QByteArray("<?xml version='1.0' encoding='utf-8'?>"),
                                     QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"),
                                     QByteArray("\xEF\xBB\xBF"), QByteArray()}) {
        Collector c;
        c.feed(prolog + header + "<presence/>");
        QVERIFY2(!c.error, qPrintable(c.errorText));
        QCOMPARE(c.stanzas.size(), size_t(1));
    }
}

QTEST_GUILESS_MAIN(TestXmlRestrictions)
#include "tst_xmlrestrictions.moc"
