#pragma once
// A small owned XML element tree: what a stanza is once XmlStream has parsed it.
// Children keep document order; text children are stored unescaped.
// Copying, destruction, comparison and serialization walk the tree iteratively (explicit stacks),
// so a tree built by code deeper than the parser's depth limit cannot overflow the call stack.
#include <QList>
#include <QString>
#include <QStringView>
#include <memory>
#include <variant>
#include <vector>

namespace confab::xml {

struct Attribute
{
    QString name;  // local name, e.g. "lang" for xml:lang
    QString ns;    // namespace URI; empty for unqualified attributes
    QString value; // unescaped
};

class Element
{
public:
    Element() = default;
    Element(QString name, QString ns) : m_name(std::move(name)), m_ns(std::move(ns)) {}
    Element(const Element &other); // deep copy
    Element &operator=(const Element &other);
    ~Element();
    Element(Element &&) noexcept = default;
    Element &operator=(Element &&) noexcept = default;

    const QString &name() const { return m_name; }
    const QString &ns() const { return m_ns; }
    void setName(const QString &name) { m_name = name; }
    void setNs(const QString &ns) { m_ns = ns; }

    // Unqualified attributes (the common case: to, from, id, type).
    QString attr(QStringView name) const;
    bool hasAttr(QStringView name) const;
    void setAttr(const QString &name, const QString &value);
    void removeAttr(QStringView name);
    // Namespace-qualified attributes (xml:lang is ns "http://www.w3.org/XML/1998/namespace").
    QString attrNs(QStringView ns, QStringView name) const;
    void setAttrNs(const QString &ns, const QString &name, const QString &value);
    const QList<Attribute> &attributes() const { return m_attrs; }
    // For the parser, which refuses a repeated attribute itself: room for `count`, then appended
    // without looking for an existing one.
    void reserveAttrs(qsizetype count) { m_attrs.reserve(count); }
    void appendAttr(Attribute attribute) { m_attrs.append(std::move(attribute)); }

    // Children.
    using Child = std::variant<std::unique_ptr<Element>, QString>;
    const std::vector<Child> &children() const { return m_children; }
    Element &addChild(Element child);                          // returns the stored child
    Element &addChild(const QString &name, const QString &ns); // new empty child
    void addText(const QString &text);                         // merged into a preceding text child
    void clearChildren() { m_children.clear(); }
    // First child element with that name (and ns, if given: an empty ns matches any); nullptr when absent.
    const Element *firstChild(QStringView name, QStringView ns = {}) const;
    Element *firstChild(QStringView name, QStringView ns = {});
    // First child element regardless of name.
    const Element *firstChildElement() const;
    QList<const Element *> childElements() const;
    void removeChildren(QStringView name, QStringView ns); // empty ns: any namespace
    // Concatenated direct text children.
    QString text() const;
    // Text of the first child element with that name/ns, or empty.
    QString childText(QStringView name, QStringView ns = {}) const;

    // Serialization (see serializer.cpp): `parentNs` is the default namespace in scope where the
    // element is written; xmlns is only emitted when it differs. Prefixes for qualified attributes are
    // declared on the element that uses them, so a payload can never depend on an outer declaration.
    QString toString(QStringView parentNs = {}) const;
    QByteArray toUtf8(QStringView parentNs = {}) const;

    // Deep structural equality: names, namespaces, attributes (in order), children (in order).
    friend bool operator==(const Element &a, const Element &b);

private:
    QString m_name;
    QString m_ns;
    QList<Attribute> m_attrs;
    std::vector<Child> m_children;
};

} // namespace confab::xml
