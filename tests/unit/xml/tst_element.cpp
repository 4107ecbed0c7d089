#include "xml/element.h"
#include "xml/namespaces.h"

#include <QTest>

using namespace confab::xml;

class TestElement : public QObject
{
    Q_OBJECT
private slots:
    void attributes();
    void namespacedAttributes();
    void children();
    void text();
    void removeChildren();
    void deepCopyIsIndependent();
    void copyAssignment();
    void move();
    void equality();
    void deepTreeWithoutRecursion();
};

void TestElement::attributes()
{
    Element e(QStringLiteral("message"), ns::Client);
    QVERIFY(!e.hasAttr(u"to"));
    QCOMPARE(e.attr(u"to"), QString());
    e.setAttr(QStringLiteral("to"), QStringLiteral("romeo@example.net"));
    e.setAttr(QStringLiteral("type"), QStringLiteral("chat"));
    e.setAttr(QStringLiteral("to"), QStringLiteral("juliet@example.com")); // replaces, keeps position
    QVERIFY(e.hasAttr(u"to"));
    QCOMPARE(e.attr(u"to"), QStringLiteral("juliet@example.com"));
    QCOMPARE(e.attributes().size(), 2);
    QCOMPARE(e.attributes().first().name, QStringLiteral("to"));
    e.removeAttr(u"to");
    QVERIFY(!e.hasAttr(u"to"));
    QCOMPARE(e.attributes().size(), 1);
    // An empty value is still present.
    e.setAttr(QStringLiteral("id"), QString());
    QVERIFY(e.hasAttr(u"id"));
}

void TestElement::namespacedAttributes()
{
    Element e(QStringLiteral("body"), ns::Client);
    e.setAttrNs(ns::Xml, QStringLiteral("lang"), QStringLiteral("en"));
    e.setAttr(QStringLiteral("lang"), QStringLiteral("unqualified"));
    QCOMPARE(e.attrNs(ns::Xml, u"lang"), QStringLiteral("en"));
    QCOMPARE(e.attr(u"lang"), QStringLiteral("unqualified"));
    e.removeAttr(u"lang"); // only the unqualified one
    QCOMPARE(e.attrNs(ns::Xml, u"lang"), QStringLiteral("en"));
    QVERIFY(!e.hasAttr(u"lang"));
}

void TestElement::children()
{
    Element iq(QStringLiteral("iq"), ns::Client);
    QCOMPARE(iq.firstChildElement(), nullptr);
    Element &bind = iq.addChild(QStringLiteral("bind"), ns::Bind);
    bind.addChild(QStringLiteral("resource"), ns::Bind).addText(QStringLiteral("balcony"));
    iq.addChild(Element(QStringLiteral("query"), QStringLiteral("jabber:iq:roster")));
    QCOMPARE(iq.childElements().size(), 2);
    QCOMPARE(iq.firstChildElement(), &bind);
    QCOMPARE(iq.firstChild(u"bind"), &bind);
    QCOMPARE(iq.firstChild(u"bind", ns::Bind), &bind);
    QCOMPARE(iq.firstChild(u"bind", ns::Session), nullptr);
    QCOMPARE(iq.firstChild(u"query")->ns(), QStringLiteral("jabber:iq:roster"));
    QCOMPARE(bind.childText(u"resource", ns::Bind), QStringLiteral("balcony"));
    QCOMPARE(bind.childText(u"missing"), QString());
    // The non-const overload hands out a modifiable child.
    iq.firstChild(u"bind")->setAttr(QStringLiteral("x"), QStringLiteral("1"));
    QCOMPARE(bind.attr(u"x"), QStringLiteral("1"));
}

void TestElement::text()
{
    Element body(QStringLiteral("body"), ns::Client);
    body.addText(QStringLiteral("Hello, "));
    body.addText(QStringLiteral("world"));
    QCOMPARE(body.children().size(), size_t(1)); // adjacent text merged
    body.addChild(QStringLiteral("b"), QStringLiteral("http://www.w3.org/1999/xhtml"))
        .addText(QStringLiteral("!"));
    body.addText(QStringLiteral("?"));
    body.addText(QString()); // no empty text nodes
    QCOMPARE(body.children().size(), size_t(3));
    QCOMPARE(body.text(), QStringLiteral("Hello, world?")); // direct text only
}

void TestElement::removeChildren()
{
    Element e(QStringLiteral("presence"), ns::Client);
    e.addChild(QStringLiteral("c"), ns::Caps);
    e.addChild(QStringLiteral("show"), ns::Client);
    e.addChild(QStringLiteral("c"), QStringLiteral("urn:other"));
    e.removeChildren(u"c", ns::Caps);
    QCOMPARE(e.childElements().size(), 2);
    QCOMPARE(e.firstChild(u"c")->ns(), QStringLiteral("urn:other"));
    e.removeChildren(u"c", {}); // any namespace
    QCOMPARE(e.childElements().size(), 1);
    e.clearChildren();
    QVERIFY(e.children().empty());
}

void TestElement::deepCopyIsIndependent()
{
    Element original(QStringLiteral("iq"), ns::Client);
    original.setAttr(QStringLiteral("id"), QStringLiteral("a1"));
    Element &query = original.addChild(QStringLiteral("query"), QStringLiteral("urn:q"));
    query.addChild(QStringLiteral("item"), QStringLiteral("urn:q")).addText(QStringLiteral("one"));
    query.addText(QStringLiteral("tail"));

    Element copy(original);
    QVERIFY(copy == original);
    QVERIFY(copy.firstChild(u"query") != original.firstChild(u"query")); // not shared
    copy.firstChild(u"query")->firstChild(u"item")->addText(QStringLiteral("-changed"));
    copy.firstChild(u"query")->setAttr(QStringLiteral("x"), QStringLiteral("y"));
    QCOMPARE(original.firstChild(u"query")->childText(u"item"), QStringLiteral("one"));
    QVERIFY(!original.firstChild(u"query")->hasAttr(u"x"));
    QCOMPARE(copy.firstChild(u"query")->childText(u"item"), QStringLiteral("one-changed"));
    QCOMPARE(copy.firstChild(u"query")->text(), QStringLiteral("tail"));
    QVERIFY(!(copy == original));
}

void TestElement::copyAssignment()
{
    Element a(QStringLiteral("a"), QStringLiteral("urn:a"));
    a.addChild(QStringLiteral("b"), QStringLiteral("urn:a"))
        .addChild(QStringLiteral("c"), QStringLiteral("urn:a"));
    Element target(QStringLiteral("old"), QString());
    target.addChild(QStringLiteral("gone"), QString());
    target = a;
    QVERIFY(target == a);
    QVERIFY(!target.firstChild(u"gone"));

    Element &self = target;
    target = self; // self-assignment keeps the tree
    QVERIFY(target == a);

    // Assigning from one's own descendant: the source must be copied before the old tree goes.
    Element b = *target.firstChild(u"b");
    target = *target.firstChild(u"b");
    QVERIFY(target == b);
    QCOMPARE(target.name(), QStringLiteral("b"));
    QVERIFY(target.firstChild(u"c"));
}

void TestElement::move()
{
    Element a(QStringLiteral("a"), QString());
    a.addChild(QStringLiteral("b"), QString());
    const Element *child = a.firstChild(u"b");
    Element moved(std::move(a));
    QCOMPARE(moved.firstChild(u"b"), child); // moved, not copied
}

void TestElement::equality()
{
    Element a(QStringLiteral("x"), QStringLiteral("urn:x"));
    Element b(QStringLiteral("x"), QStringLiteral("urn:x"));
    QVERIFY(a == b);
    b.setNs(QStringLiteral("urn:y"));
    QVERIFY(!(a == b));
    b.setNs(QStringLiteral("urn:x"));
    a.addText(QStringLiteral("t"));
    QVERIFY(!(a == b));
    b.addChild(QStringLiteral("t"), QString()); // an element where a has text
    QVERIFY(!(a == b));
}

// 200000 levels would overflow the stack if copy, comparison, serialization or destruction recursed.
void TestElement::deepTreeWithoutRecursion()
{
    constexpr int depth = 200000;
    auto root = std::make_unique<Element>(QStringLiteral("d"), QString());
    Element *leaf = root.get();
    for (int i = 0; i < depth; ++i)
        leaf = &leaf->addChild(QStringLiteral("d"), QString());
    leaf->addText(QStringLiteral("bottom"));
    {
        Element copy(*root);
        QVERIFY(copy == *root);
        const QString xml = copy.toString();
        QVERIFY(xml.contains(QStringLiteral("<d>bottom</d></d>")));
        QCOMPARE(xml.count(QStringLiteral("<d>")), depth + 1);
    } // copy destroyed here
    root.reset();
    QVERIFY(!root);
}

QTEST_GUILESS_MAIN(TestElement)
#include "tst_element.moc"
