#include "shared/jid.h"

#include <QSet>
#include <QTest>

using confab::Jid;

namespace {
QString U(QStringView s)
{
    return s.toString();
}
} // namespace

class TestJid : public QObject
{
    Q_OBJECT
private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void partLimits();
    void domainLimits();
    void fromParts();
    void helpers();
    void equalityAndHash();
};

void TestJid::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("resource");

    // RFC 7622 §3.5 Table 1.
    QTest::newRow("bare") << "juliet@example.com"
                          << "juliet"
                          << "example.com"
                          << "";
    QTest::newRow("full") << "juliet@example.com/foo"
                          << "juliet"
                          << "example.com"
                          << "foo";
    QTest::newRow("space in resource") << "juliet@example.com/foo bar"
                                       << "juliet"
                                       << "example.com"
                                       << "foo bar";
    QTest::newRow("at in resource") << "juliet@example.com/foo@bar"
                                    << "juliet"
                                    << "example.com"
                                    << "foo@bar";
    QTest::newRow("escaped space") << "foo\\20bar@example.com"
                                   << "foo\\20bar"
                                   << "example.com"
                                   << "";
    QTest::newRow("fussball") << "fussball@example.com"
                              << "fussball"
                              << "example.com"
                              << "";
    QTest::newRow("pi") << U(u"\u03C0@example.com") << U(u"\u03C0") << "example.com"
                        << "";
    QTest::newRow("capital sigma") << U(u"\u03A3@example.com") << U(u"\u03C3") << "example.com"
                                   << "";
    QTest::newRow("chess king resource") << U(u"king@example.com/\u265A") << "king"
                                         << "example.com" << U(u"\u265A");
    QTest::newRow("domain") << "example.com"
                            << ""
                            << "example.com"
                            << "";
    QTest::newRow("domain/resource") << "example.com/foobar"
                                     << ""
                                     << "example.com"
                                     << "foobar";
    QTest::newRow("resource with at") << "a.example.com/b@example.net"
                                      << ""
                                      << "a.example.com"
                                      << "b@example.net";
    // §3.1: the resource starts at the first '/', so '@' and '/' after it belong to the resource.
    QTest::newRow("server/resource@foo") << "server/resource@foo"
                                         << ""
                                         << "server"
                                         << "resource@foo";
    QTest::newRow("server/resource@foo/bar") << "server/resource@foo/bar"
                                             << ""
                                             << "server"
                                             << "resource@foo/bar";

    // Stringprep (RFC 6122 profiles, as deployed servers use) differs from PRECIS here: it case-folds
    // sharp s and final sigma, and NFKC turns ROMAN NUMERAL FOUR into "iv"; symbols are allowed.
    QTest::newRow("sharp s folds") << U(u"fu\u00DFball@example.com") << "fussball"
                                   << "example.com"
                                   << "";
    QTest::newRow("final sigma folds") << U(u"\u03C2@example.com") << U(u"\u03C3") << "example.com"
                                       << "";
    QTest::newRow("roman numeral") << U(u"henry\u2163@example.com") << "henryiv"
                                   << "example.com"
                                   << "";
    // U+0340 is only prohibited in its NFKC form, which is U+0300 (allowed), composed with the 'a'.
    QTest::newRow("U+0340 normalizes") << U(u"a\u0340b@example.com") << U(u"\u00E0b") << "example.com"
                                       << "";
    QTest::newRow("chess king node") << U(u"\u265A@example.com") << U(u"\u265A") << "example.com"
                                     << "";

    // Case folding in node and domain; the resource keeps its case.
    QTest::newRow("case") << "Juliet@EXAMPLE.com/Balcony"
                          << "juliet"
                          << "example.com"
                          << "Balcony";
    QTest::newRow("idn domain") << U(u"user@B\u00FCcher.Example") << "user" << U(u"b\u00FCcher.example")
                                << "";
    QTest::newRow("trailing dot") << "juliet@example.com./x"
                                  << "juliet"
                                  << "example.com"
                                  << "x";
    QTest::newRow("ipv4") << "user@192.0.2.1"
                          << "user"
                          << "192.0.2.1"
                          << "";
    QTest::newRow("ipv6 canonical") << "user@[2001:DB8:0::1]/r"
                                    << "user"
                                    << "[2001:db8::1]"
                                    << "r";
    QTest::newRow("emoji resource") << U(u"a@b.c/\U0001F600") << "a"
                                    << "b.c" << U(u"\U0001F600");
}

void TestJid::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, node);
    QFETCH(QString, domain);
    QFETCH(QString, resource);
    const auto jid = Jid::parse(input);
    QVERIFY2(jid.has_value(), qPrintable(input));
    QCOMPARE(jid->node(), node);
    QCOMPARE(jid->domain(), domain);
    QCOMPARE(jid->resource(), resource);
    QVERIFY(jid->isValid());
    // A prepared JID prepares to itself.
    const auto again = Jid::parse(jid->toString());
    QVERIFY(again.has_value());
    QCOMPARE(*again, *jid);
}

void TestJid::invalid_data()
{
    QTest::addColumn<QString>("input");
    // RFC 7622 §3.5 Table 2 (the examples stringprep also rejects).
    QTest::newRow("quotes in node") << "\"juliet\"@example.com";
    QTest::newRow("space in node") << "foo bar@example.com";
    QTest::newRow("empty node and resource") << "@example.com/";
    QTest::newRow("no domain") << "juliet@";
    QTest::newRow("resource only") << "/foobar";
    // Empty parts and misplaced separators.
    QTest::newRow("empty") << "";
    QTest::newRow("@d") << "@d";
    QTest::newRow("n@") << "n@";
    QTest::newRow("d/") << "d/";
    QTest::newRow("node@/server") << "node@/server";
    QTest::newRow("@server/resource") << "@server/resource";
    QTest::newRow("@/resource") << "@/resource";
    QTest::newRow("@/") << "@/";
    QTest::newRow("/") << "/";
    QTest::newRow("@") << "@";
    QTest::newRow("user@@") << "user@@";
    QTest::newRow("user@@host") << "user@@host";
    QTest::newRow("user@@host/resource") << "user@@host/resource";
    // Node: the ASCII that Nodeprep prohibits, and prohibited code points.
    QTest::newRow("colon") << "a:b@example.com";
    QTest::newRow("lt") << "a<b@example.com";
    QTest::newRow("gt") << "a>b@example.com";
    QTest::newRow("amp") << "a&b@example.com";
    QTest::newRow("apostrophe") << "a'b@example.com";
    QTest::newRow("U+0000") << U(u"a") + QChar(0) + U(u"b@example.com");
    QTest::newRow("U+206A node") << U(u"a\u206Ab@example.com"); // C.8, changes display properties
    QTest::newRow("U+E000 node") << U(u"a\uE000b@example.com");
    QTest::newRow("U+FFFD resource") << U(u"a@example.com/x\uFFFD");
    QTest::newRow("U+0007 resource") << U(u"a@example.com/x\u0007");
    QTest::newRow("lone surrogate") << U(u"a") + QChar(0xD800) + U(u"@example.com");
    QTest::newRow("U+FFFD node") << U(u"a\uFFFD@example.com");
    QTest::newRow("bidi mix") << U(u"\u05D0a@example.com");
    // Domain.
    QTest::newRow("space in domain") << "user@exa mple.com";
    QTest::newRow("empty label") << "user@example..com";
    QTest::newRow("leading dot") << "user@.example.com";
    QTest::newRow("two trailing dots") << "user@example.com..";
    QTest::newRow("only dot") << "user@.";
    QTest::newRow("leading hyphen") << "user@-example.com";
    QTest::newRow("underscore") << "user@ex_ample.com";
    QTest::newRow("unclosed ipv6") << "user@[::1";
    QTest::newRow("not ipv6") << "user@[192.0.2.1]";
    QTest::newRow("ipv6 zone") << "user@[fe80::1%eth0]";
    QTest::newRow("bare ipv6") << "user@::1";
}

void TestJid::invalid()
{
    QFETCH(QString, input);
    QVERIFY2(!Jid::parse(input).has_value(), qPrintable(input));
}

void TestJid::partLimits()
{
    // RFC 7622: 1..1023 bytes per part, counted in UTF-8 after preparation.
    const QString a1023(1023, u'a');
    QVERIFY(Jid::parse(a1023 + U(u"@example.com")));
    QVERIFY(!Jid::parse(a1023 + U(u"a@example.com")));
    QVERIFY(Jid::parse(U(u"n@example.com/") + a1023));
    QVERIFY(!Jid::parse(U(u"n@example.com/") + a1023 + u'a'));
    const QString e511(511, QChar(0x00E9)); // 2 bytes each in UTF-8
    QVERIFY(Jid::parse(e511 + U(u"a@example.com")));
    QVERIFY(!Jid::parse(e511 + QChar(0x00E9) + U(u"@example.com")));
    // Limits apply after preparation: upper case folds to the same length, still 1023 bytes.
    QVERIFY(Jid::prepareNode(QString(1023, u'A')));
    QVERIFY(!Jid::prepareNode(QString(1024, u'A')));
}

void TestJid::domainLimits()
{
    const QString l63(63, u'a');
    QVERIFY(Jid::prepareDomain(l63 + U(u".example")));
    QVERIFY(!Jid::prepareDomain(l63 + U(u"a.example")));
    QStringList labels(16, l63); // 16 * 63 + 15 dots = 1023 bytes
    const QString d1023 = labels.join(u'.');
    QCOMPARE(d1023.size(), 1023);
    QCOMPARE(Jid::prepareDomain(d1023).value_or(QString()), d1023);
    QStringList longer(15, l63);
    longer << QStringLiteral("a") << QString(62, u'a'); // 15 * 64 + 2 + 62 = 1024 bytes
    QCOMPARE(longer.join(u'.').size(), 1024);
    QVERIFY(!Jid::prepareDomain(longer.join(u'.')));
    // A non-ASCII label counts as its A-label, not its UTF-8: 56 x U+00FC is 112 bytes of UTF-8 but
    // "xn--" + 58 = 62 bytes; 60 x U+00FC + "a" needs 68.
    QVERIFY(Jid::prepareDomain(QString(56, QChar(0x00FC)) + U(u".example")));
    QVERIFY(!Jid::prepareDomain(QString(60, QChar(0x00FC)) + U(u"a.example")));
}

void TestJid::fromParts()
{
    const auto j = Jid::fromParts(u"Romeo", u"Example.NET", u"Orchard");
    QVERIFY(j);
    QCOMPARE(j->toString(), QStringLiteral("romeo@example.net/Orchard"));
    QCOMPARE(Jid::fromParts({}, u"example.net")->toString(), QStringLiteral("example.net"));
    QVERIFY(!Jid::fromParts(u"romeo", u""));
    QVERIFY(!Jid::fromParts(u"ro meo", u"example.net"));
    QVERIFY(!Jid::fromParts(u"romeo", u"example.net", U(u"\uFFFD")));
    QCOMPARE(Jid::prepareResource(u"  x").value_or(QString()), QStringLiteral("  x"));
    QVERIFY(!Jid::prepareResource(u""));
}

void TestJid::helpers()
{
    const Jid full = *Jid::parse(u"juliet@example.com/balcony");
    QVERIFY(!full.isBare());
    QVERIFY(!full.isDomain());
    const Jid bare = full.bare();
    QVERIFY(bare.isBare());
    QCOMPARE(bare.toString(), QStringLiteral("juliet@example.com"));
    QCOMPARE(full.bareString(), QStringLiteral("juliet@example.com"));
    QCOMPARE(bare.withResource(QStringLiteral("chamber")).toString(),
             QStringLiteral("juliet@example.com/chamber"));
    const Jid domain = *Jid::parse(u"example.com");
    QVERIFY(domain.isDomain());
    QVERIFY(domain.isBare());
    QVERIFY(!Jid().isValid());
    QCOMPARE(Jid().toString(), QString());
}

void TestJid::equalityAndHash()
{
    const Jid a = *Jid::parse(u"Juliet@EXAMPLE.com/Balcony");
    const Jid b = *Jid::parse(u"juliet@example.com./Balcony");
    const Jid c = *Jid::parse(u"juliet@example.com/balcony");
    QCOMPARE(a, b);
    QVERIFY(a != c); // resources are case-sensitive
    QCOMPARE(qHash(a), qHash(b));
    QSet<Jid> set{a, b, c, a.bare()};
    QCOMPARE(set.size(), 3);
    QVERIFY(set.contains(*Jid::parse(u"JULIET@example.COM")));
}

QTEST_GUILESS_MAIN(TestJid)
#include "tst_jid.moc"
