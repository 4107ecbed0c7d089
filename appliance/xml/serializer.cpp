// Element::toString / toUtf8 and the escaping helpers of serializer.h.
#include "xml/serializer.h"

#include "xml/element.h"
#include "xml/namespaces.h"

#include <algorithm>
#include <array>
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

// The character reference or entity that stands for an ASCII character in text (or, with
// `attribute`, in a single-quoted attribute value); nullptr when it is written as it is. Both
// serializers use it, so they escape alike. (C0 controls other than tab/LF/CR never get here:
// nextChar drops them, and so does Utf8Out.)
constexpr const char *asciiEscape(char16_t c, bool attribute)
{
    switch (c) {
    case u'&':
        return "&amp;";
    case u'<':
        return "&lt;";
    case u'>':
        return "&gt;";
    case u'\r':
        return "&#13;";
    case u'\'':
        return attribute ? "&apos;" : nullptr;
    case u'"':
        return attribute ? "&quot;" : nullptr;
    case u'\t':
        return attribute ? "&#9;" : nullptr;
    case u'\n':
        return attribute ? "&#10;" : nullptr;
    default:
        return nullptr;
    }
}

// ASCII characters each output writes unchanged: everything but escapes and dropped controls.
enum : unsigned char { PlainRaw = 1, PlainText = 2, PlainAttribute = 4 };
constexpr std::array<unsigned char, 128> plainAscii = [] {
    std::array<unsigned char, 128> t{};
    for (char16_t c = 0; c < 128; ++c) {
        t[c] = PlainRaw;
        const bool control = c < 0x20 && c != u'\t' && c != u'\n';
        if (!control && !asciiEscape(c, false))
            t[c] |= PlainText;
        if (!control && !asciiEscape(c, true))
            t[c] |= PlainAttribute;
    }
    return t;
}();

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
        const char *escape = c.unicode() < 0x80 ? asciiEscape(c.unicode(), attribute) : nullptr;
        if (escape)
            out += QLatin1StringView(escape);
        else
            out += c;
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

// toString's output: UTF-16, through the escaping helpers above.
class QStringOut
{
public:
    void literal(QStringView s) { m_out += s; }
    void name(const QString &n) { m_out += safeXmlName(n); }
    void text(QStringView s) { appendEscapedText(m_out, s); }
    void attr(QStringView s) { appendEscapedAttr(m_out, s); }
    QString take() { return std::move(m_out); }

private:
    QString m_out;
};

// toUtf8's output: UTF-8 written straight into a byte buffer, without a UTF-16 copy of the whole
// stanza first. The same characters are escaped and dropped as by appendEscaped, so the bytes are
// those of toString().toUtf8() (tst_serializer compares both on generated trees).
class Utf8Out
{
public:
    void literal(QStringView s) { encode(s, Mode::Raw); }
    void name(const QString &n)
    {
        // Names the parser produced are safe already: written without a copy.
        if (isSafeXmlName(n))
            encode(n, Mode::Raw);
        else
            encode(safeXmlName(n), Mode::Raw);
    }
    void text(QStringView s) { encode(s, Mode::Text); }
    void attr(QStringView s) { encode(s, Mode::Attribute); }
    QByteArray take()
    {
        m_buf.truncate(m_len);
        // The buffer grew for the worst case (6 bytes per unit); a large stanza may wait in a send
        // queue, so it does not keep the unused part.
        if (m_buf.capacity() - m_len > 4096)
            m_buf.squeeze();
        return std::move(m_buf);
    }

private:
    enum class Mode { Raw, Text, Attribute };

    static char *put(char *p, const char *s)
    {
        while (*s)
            *p++ = *s++;
        return p;
    }

    void encode(QStringView s, Mode mode)
    {
        // At most 6 bytes per UTF-16 unit ("&quot;"; a character is at most 3 bytes per unit).
        const qsizetype need = m_len + 6 * s.size();
        if (need > m_buf.size())
            m_buf.resize(std::max(need, 2 * m_buf.size() + 64));
        char *const begin = m_buf.data() + m_len;
        char *p = begin;
        const bool attribute = mode == Mode::Attribute;
        const unsigned char bit = mode == Mode::Raw ? PlainRaw : attribute ? PlainAttribute : PlainText;
        for (qsizetype i = 0; i < s.size(); ++i) {
            const char16_t c = s[i].unicode();
            if (c < 0x80 && (plainAscii[c] & bit)) { // most characters: written as they are
                *p++ = char(c);
                continue;
            }
            if (c < 0x80) {
                if (mode == Mode::Raw) {
                    *p++ = char(c);
                } else if (const char *escape = asciiEscape(c, attribute)) {
                    p = put(p, escape);
                } else if (c >= 0x20 || c == u'\t' || c == u'\n') {
                    *p++ = char(c); // other C0 controls are not XML characters: dropped
                }
            } else if (c < 0x800) {
                *p++ = char(0xC0 | (c >> 6));
                *p++ = char(0x80 | (c & 0x3F));
            } else if (QChar::isHighSurrogate(c)) {
                if (i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode())) {
                    const char32_t u = QChar::surrogateToUcs4(c, s[i + 1].unicode());
                    *p++ = char(0xF0 | (u >> 18));
                    *p++ = char(0x80 | ((u >> 12) & 0x3F));
                    *p++ = char(0x80 | ((u >> 6) & 0x3F));
                    *p++ = char(0x80 | (u & 0x3F));
                    ++i;
                } // a lone high surrogate is dropped
            } else if (!QChar::isLowSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
                *p++ = char(0xE0 | (c >> 12));
                *p++ = char(0x80 | ((c >> 6) & 0x3F));
                *p++ = char(0x80 | (c & 0x3F));
            }
        }
        m_len += p - begin;
    }

    QByteArray m_buf;
    qsizetype m_len = 0;
};

// " prefix:name='value'" (no prefix when empty); the name is made safe, the value escaped.
template <class Out> void writeAttribute(Out &out, QStringView prefix, const QString &name, QStringView value)
{
    out.literal(u" ");
    if (!prefix.isEmpty()) {
        out.literal(prefix);
        out.literal(u":");
    }
    out.name(name);
    out.literal(u"='");
    out.attr(value);
    out.literal(u"'");
}

// Writes "<name ...". Prefixes for qualified attributes are declared right here, so the element
// never depends on declarations further out; declarations the parser kept as attributes are
// dropped because the serializer alone decides namespace declarations.
template <class Out> void writeStartTag(Out &out, const Element &e, QStringView parentNs)
{
    out.literal(u"<");
    out.name(e.name());
    if (e.ns() != parentNs)
        writeAttribute(out, {}, QStringLiteral("xmlns"), e.ns());
    QList<QString> prefixed; // namespace URIs, index i gets prefix "ns<i+1>"
    for (const Attribute &a : e.attributes()) {
        if (a.ns == ns::Xmlns || (a.ns.isEmpty() && a.name == u"xmlns"))
            continue;
        if (a.ns.isEmpty()) {
            writeAttribute(out, {}, a.name, a.value);
        } else if (a.ns == ns::Xml) {
            writeAttribute(out, u"xml", a.name, a.value);
        } else {
            qsizetype index = prefixed.indexOf(a.ns);
            if (index < 0) {
                prefixed.append(a.ns);
                index = prefixed.size() - 1;
                writeAttribute(out, u"xmlns", QStringLiteral("ns%1").arg(index + 1), a.ns);
            }
            writeAttribute(out, QStringLiteral("ns%1").arg(index + 1), a.name, a.value);
        }
    }
}

// Iterative: an explicit stack of open elements, so depth is bounded only by memory.
template <class Out> void writeElement(Out &out, const Element &root, QStringView parentNs)
{
    writeStartTag(out, root, parentNs);
    if (root.children().empty()) {
        out.literal(u"/>");
        return;
    }
    out.literal(u">");
    std::vector<Frame> stack{{&root, QStringView(root.ns())}};
    while (!stack.empty()) {
        Frame &top = stack.back();
        if (top.next == top.element->children().size()) {
            out.literal(u"</");
            out.name(top.element->name());
            out.literal(u">");
            stack.pop_back();
            continue;
        }
        const Element::Child &child = top.element->children()[top.next++];
        if (const auto *text = std::get_if<QString>(&child)) {
            out.text(*text);
            continue;
        }
        const Element *e = std::get<std::unique_ptr<Element>>(child).get();
        if (!e)
            continue;
        writeStartTag(out, *e, top.scopeNs);
        if (e->children().empty()) {
            out.literal(u"/>");
        } else {
            out.literal(u">");
            stack.push_back(Frame{e, QStringView(e->ns())});
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

bool isSafeXmlName(QStringView name)
{
    if (name.isEmpty() || !isNameStart(name[0].unicode()))
        return false;
    for (qsizetype i = 0, n = 1; i < name.size(); i += n) {
        const char16_t c = name[i].unicode();
        if (c < 0x80) { // nearly every name: no surrogate or XML Char question to ask
            n = 1;
            if (!isAsciiNameChar(c))
                return false;
        } else if (!isNameChar(name, i, n)) {
            return false;
        }
    }
    return true;
}

QString safeXmlName(const QString &name)
{
    if (isSafeXmlName(name))
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

QString Element::toString(QStringView parentNs) const
{
    QStringOut out;
    writeElement(out, *this, parentNs);
    return out.take();
}

QByteArray Element::toUtf8(QStringView parentNs) const
{
    Utf8Out out;
    writeElement(out, *this, parentNs);
    return out.take();
}

} // namespace confab::xml
