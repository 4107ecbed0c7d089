#include "s2s/s2scommon.h"
#include "shared/jid.h"
#include "xml/namespaces.h"

namespace confab::s2s {

using xml::Element;

Element withContentNamespace(const Element &stanza, const QString &fromNs, const QString &toNs)
{
    Element out(stanza.name(), stanza.ns() == fromNs ? toNs : stanza.ns());
    for (const xml::Attribute &a : stanza.attributes()) {
        if (a.ns.isEmpty())
            out.setAttr(a.name, a.value);
        else
            out.setAttrNs(a.ns, a.name, a.value);
    }
    const bool inherits = stanza.ns() == fromNs;
    for (const Element::Child &child : stanza.children()) {
        if (const auto *el = std::get_if<std::unique_ptr<Element>>(&child))
            out.addChild(inherits ? withContentNamespace(**el, fromNs, toNs) : Element(**el));
        else
            out.addText(std::get<QString>(child));
    }
    return out;
}

xml::StreamHeader serverStreamHeader(const QString &from, const QString &to, const QString &id)
{
    xml::StreamHeader h;
    h.ns = xml::ns::Server;
    h.from = from;
    h.to = to;
    h.id = id;
    h.version = QStringLiteral("1.0");
    h.prefixes.append({QStringLiteral("db"), xml::ns::Dialback});
    return h;
}

Element dialbackElement(const QString &name, const QString &from, const QString &to, const QString &type,
                        const QString &id, const QString &key)
{
    Element el(name, xml::ns::Dialback);
    el.setAttr(QStringLiteral("from"), from);
    el.setAttr(QStringLiteral("to"), to);
    if (!id.isEmpty())
        el.setAttr(QStringLiteral("id"), id);
    if (!type.isEmpty())
        el.setAttr(QStringLiteral("type"), type);
    if (!key.isEmpty())
        el.addText(key);
    return el;
}

QString domainOf(const QString &jid)
{
    const auto parsed = Jid::parse(jid);
    return parsed ? parsed->domain() : QString();
}

} // namespace confab::s2s
