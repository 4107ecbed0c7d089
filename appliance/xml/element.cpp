#include "xml/element.h"

#include <utility>

namespace confab::xml {

namespace {

const Element *asElement(const Element::Child &child)
{
    const auto *ptr = std::get_if<std::unique_ptr<Element>>(&child);
    return ptr ? ptr->get() : nullptr;
}

bool matches(const Element &e, QStringView name, QStringView ns)
{
    return e.name() == name && (ns.isEmpty() || e.ns() == ns);
}

bool sameAttributes(const QList<Attribute> &a, const QList<Attribute> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].name != b[i].name || a[i].ns != b[i].ns || a[i].value != b[i].value)
            return false;
    }
    return true;
}

} // namespace

// Iterative on purpose: the work list holds (copy, original) pairs whose children still need
// copying, so the copy never recurses however deep the original is.
Element::Element(const Element &other) : m_name(other.m_name), m_ns(other.m_ns), m_attrs(other.m_attrs)
{
    std::vector<std::pair<Element *, const Element *>> work{{this, &other}};
    while (!work.empty()) {
        auto [dst, src] = work.back();
        work.pop_back();
        dst->m_children.reserve(src->m_children.size());
        for (const Child &child : src->m_children) {
            if (const auto *text = std::get_if<QString>(&child)) {
                dst->m_children.emplace_back(*text);
            } else if (const Element *srcChild = asElement(child)) {
                auto copy = std::make_unique<Element>(srcChild->m_name, srcChild->m_ns);
                copy->m_attrs = srcChild->m_attrs;
                work.emplace_back(copy.get(), srcChild);
                dst->m_children.emplace_back(std::move(copy));
            }
        }
    }
}

Element &Element::operator=(const Element &other)
{
    if (this != &other) {
        Element copy(other); // copy first: `other` may live inside this tree
        *this = std::move(copy);
    }
    return *this;
}

// Detaches descendants level by level so each unique_ptr dies with no element children left,
// which keeps destruction from recursing.
Element::~Element()
{
    std::vector<std::unique_ptr<Element>> pending;
    auto detach = [&pending](std::vector<Child> &children) {
        for (Child &child : children) {
            if (auto *ptr = std::get_if<std::unique_ptr<Element>>(&child); ptr && *ptr)
                pending.push_back(std::move(*ptr));
        }
        children.clear();
    };
    detach(m_children);
    while (!pending.empty()) {
        std::unique_ptr<Element> e = std::move(pending.back());
        pending.pop_back();
        detach(e->m_children);
    }
}

QString Element::attr(QStringView name) const
{
    return attrNs({}, name);
}

bool Element::hasAttr(QStringView name) const
{
    for (const Attribute &a : m_attrs) {
        if (a.ns.isEmpty() && a.name == name)
            return true;
    }
    return false;
}

void Element::setAttr(const QString &name, const QString &value)
{
    setAttrNs({}, name, value);
}

void Element::removeAttr(QStringView name)
{
    m_attrs.removeIf([name](const Attribute &a) { return a.ns.isEmpty() && a.name == name; });
}

QString Element::attrNs(QStringView ns, QStringView name) const
{
    for (const Attribute &a : m_attrs) {
        if (a.ns == ns && a.name == name)
            return a.value;
    }
    return {};
}

void Element::setAttrNs(const QString &ns, const QString &name, const QString &value)
{
    for (Attribute &a : m_attrs) {
        if (a.ns == ns && a.name == name) {
            a.value = value;
            return;
        }
    }
    m_attrs.append(Attribute{name, ns, value});
}

Element &Element::addChild(Element child)
{
    auto stored = std::make_unique<Element>(std::move(child));
    Element &ref = *stored;
    m_children.emplace_back(std::move(stored));
    return ref;
}

Element &Element::addChild(const QString &name, const QString &ns)
{
    return addChild(Element(name, ns));
}

void Element::addText(const QString &text)
{
    if (text.isEmpty())
        return;
    if (!m_children.empty()) {
        if (auto *last = std::get_if<QString>(&m_children.back())) {
            last->append(text);
            return;
        }
    }
    m_children.emplace_back(text);
}

const Element *Element::firstChild(QStringView name, QStringView ns) const
{
    for (const Child &child : m_children) {
        const Element *e = asElement(child);
        if (e && matches(*e, name, ns))
            return e;
    }
    return nullptr;
}

Element *Element::firstChild(QStringView name, QStringView ns)
{
    return const_cast<Element *>(std::as_const(*this).firstChild(name, ns));
}

const Element *Element::firstChildElement() const
{
    for (const Child &child : m_children) {
        if (const Element *e = asElement(child))
            return e;
    }
    return nullptr;
}

QList<const Element *> Element::childElements() const
{
    QList<const Element *> out;
    for (const Child &child : m_children) {
        if (const Element *e = asElement(child))
            out.append(e);
    }
    return out;
}

void Element::removeChildren(QStringView name, QStringView ns)
{
    std::erase_if(m_children, [&](const Child &child) {
        const Element *e = asElement(child);
        return e && matches(*e, name, ns);
    });
}

QString Element::text() const
{
    QString out;
    for (const Child &child : m_children) {
        if (const auto *s = std::get_if<QString>(&child))
            out += *s;
    }
    return out;
}

QString Element::childText(QStringView name, QStringView ns) const
{
    const Element *e = firstChild(name, ns);
    return e ? e->text() : QString();
}

bool operator==(const Element &a, const Element &b)
{
    std::vector<std::pair<const Element *, const Element *>> work{{&a, &b}};
    while (!work.empty()) {
        auto [x, y] = work.back();
        work.pop_back();
        if (x->m_name != y->m_name || x->m_ns != y->m_ns || !sameAttributes(x->m_attrs, y->m_attrs) ||
            x->m_children.size() != y->m_children.size())
            return false;
        for (size_t i = 0; i < x->m_children.size(); ++i) {
            const auto *tx = std::get_if<QString>(&x->m_children[i]);
            const auto *ty = std::get_if<QString>(&y->m_children[i]);
            const Element *cx = asElement(x->m_children[i]);
            const Element *cy = asElement(y->m_children[i]);
            if (tx || ty) {
                if (!tx || !ty || *tx != *ty)
                    return false;
            } else if (!cx || !cy) {
                return false;
            } else {
                work.emplace_back(cx, cy);
            }
        }
    }
    return true;
}

} // namespace confab::xml
