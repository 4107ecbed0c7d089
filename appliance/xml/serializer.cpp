// Element::toString / toUtf8 and the escaping helpers of serializer.h.
#include "xml/serializer.h"

#include "xml/element.h"
#include "xml/namespaces.h"

#include <vector>

namespace confab::xml {

namespace {

// One step of XML 1.0 Char filtering over UTF-16: returns how many code units to consume, and
// sets `keep` when they form an allowed character.
qsizetype nextChar(QStringView s, qsizetype i, bool &keep)
{
    const char16_t c = s[i].unicode();
    if (QChar::isHighSurrogate(c)) {
        keep = i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode());
        return keep ? 2 : 1;
    }
    keep = !QChar::isLowSurrogate(c) && c != 0xFFFE && c != 0xFFFF &&
           (c >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r');
    return 1;
}

void appendEscaped(QString &out, QStringView s, bool attribute)
{
    out.reserve(out.size() + s.size());
    for (qsizetype i = 0; i < s.size();) {
        bool keep = false;
        const qsizetype n = nextChar(s, i, keep);
        if (!keep) {
            i += n;
            continue;
        }
        if (n == 2) {
            out += s.mid(i, 2);
            i += 2;
            continue;
        }
        const QChar c = s[i++];
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;";
            break;
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        case u'\r':
            out += u"&#13;";
            break;
        case u'\'':
            attribute ? out += u"&apos;" : out += c;
            break;
        case u'"':
            attribute ? out += u"&quot;" : out += c;
            break;
        case u'\t':
            attribute ? out += u"&#9;" : out += c;
            break;
        case u'\n':
            attribute ? out += u"&#10;" : out += c;
            break;
        default:
            out += c;
        }
    }
}

bool isAsciiNameChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' ||
           c == u'_' || c == u'.';
}

bool isNameChar(QStringView s, qsizetype i, qsizetype &n)
{
    bool keep = false;
    n = nextChar(s, i, keep);
    const char16_t c = s[i].unicode();
    return keep && (c >= 0x80 ? c != 0xD7 && c != 0xF7 : isAsciiNameChar(c));
}

bool isNameStart(char16_t c)
{
    return !(c >= u'0' && c <= u'9') && c != u'-' && c != u'.';
}

struct Frame
{
    const Element *element;
    QStringView scopeNs; // default namespace in scope inside this element
    size_t next = 0;     // next child to write
};

void writeAttribute(QString &out, QStringView qname, QStringView value)
{
    out += u' ';
    out += qname;
    out += u"='";
    appendEscapedAttr(out, value);
    out += u'\'';
}

// Writes "<name ...". Prefixes for qualified attributes are declared right here, so the element
// never depends on declarations further out; declarations the parser kept as attributes are
// dropped because the serializer alone decides namespace declarations.
void writeStartTag(QString &out, const Element &e, QStringView parentNs)
{
    out += u'<';
    out += safeXmlName(e.name());
    if (e.ns() != parentNs)
        writeAttribute(out, u"xmlns", e.ns());
    QList<QString> prefixed; // namespace URIs, index i gets prefix "ns<i+1>"
    for (const Attribute &a : e.attributes()) {
        if (a.ns == ns::Xmlns || (a.ns.isEmpty() && a.name == u"xmlns"))
            continue;
        const QString name = safeXmlName(a.name);
        if (a.ns.isEmpty()) {
            writeAttribute(out, name, a.value);
        } else if (a.ns == ns::Xml) {
            writeAttribute(out, QStringLiteral("xml:") + name, a.value);
        } else {
            qsizetype index = prefixed.indexOf(a.ns);
            if (index < 0) {
                prefixed.append(a.ns);
                index = prefixed.size() - 1;
                writeAttribute(out, QStringLiteral("xmlns:ns%1").arg(index + 1), a.ns);
            }
            writeAttribute(out, QStringLiteral("ns%1:").arg(index + 1) + name, a.value);
        }
    }
}

} // namespace

void appendEscapedText(QString &out, QStringView text)
{
    appendEscaped(out, text, false);
}

void appendEscapedAttr(QString &out, QStringView value)
{
    appendEscaped(out, value, true);
}

QString escapeText(QStringView text)
{
    QString out;
    appendEscapedText(out, text);
    return out;
}

QString escapeAttr(QStringView value)
{
    QString out;
    appendEscapedAttr(out, value);
    return out;
}

QString safeXmlName(const QString &name)
{
    bool valid = !name.isEmpty() && isNameStart(name[0].unicode());
    for (qsizetype i = 0, n = 1; valid && i < name.size(); i += n)
        valid = isNameChar(name, i, n);
    if (valid)
        return name;
    QString out;
    for (qsizetype i = 0, n = 1; i < name.size(); i += n) {
        if (isNameChar(name, i, n))
            out += QStringView(name).mid(i, n);
    }
    if (out.isEmpty() || !isNameStart(out[0].unicode()))
        out.prepend(u'_');
    return out;
}

// Iterative: an explicit stack of open elements, so depth is bounded only by memory.
QString Element::toString(QStringView parentNs) const
{
    QString out;
    writeStartTag(out, *this, parentNs);
    if (m_children.empty()) {
        out += u"/>";
        return out;
    }
    out += u'>';
    std::vector<Frame> stack{{this, QStringView(m_ns)}};
    while (!stack.empty()) {
        Frame &top = stack.back();
        if (top.next == top.element->m_children.size()) {
            out += u"</";
            out += safeXmlName(top.element->m_name);
            out += u'>';
            stack.pop_back();
            continue;
        }
        const Child &child = top.element->m_children[top.next++];
        if (const auto *text = std::get_if<QString>(&child)) {
            appendEscapedText(out, *text);
            continue;
        }
        const Element *e = std::get<std::unique_ptr<Element>>(child).get();
        if (!e)
            continue;
        writeStartTag(out, *e, top.scopeNs);
        if (e->m_children.empty()) {
            out += u"/>";
        } else {
            out += u'>';
            stack.push_back(Frame{e, QStringView(e->m_ns)});
        }
    }
    return out;
}

QByteArray Element::toUtf8(QStringView parentNs) const
{
    return toString(parentNs).toUtf8();
}

} // namespace confab::xml
