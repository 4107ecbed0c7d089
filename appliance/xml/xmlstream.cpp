#include "xml/xmlstream.h"

#include "xml/namespaces.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <vector>

namespace confab::xml {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("confab::xml::XmlStream", text);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// QString::fromUtf8 drops a byte order mark at the start; in XML content U+FEFF is a character
// like any other (a BOM is only special as the stream's first bytes, handled in parse()).
QString fromUtf8(const char *b, qsizetype n)
{
    if (n < 3 || b[0] != '\xEF' || b[1] != '\xBB' || b[2] != '\xBF')
        return QString::fromUtf8(b, n);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder(QByteArrayView(b, n));
}

QString fromUtf8(QByteArrayView bytes)
{
    return fromUtf8(bytes.data(), bytes.size());
}

// Byte classes, one table: what may appear in a name (ASCII name characters, ':' and every byte
// of a multi-byte UTF-8 sequence; the characters themselves are checked afterwards), what a name
// may start with among ASCII, and what stops the scan of character data.
enum : unsigned char { NameByte = 1, NameStartAscii = 2, TextStop = 4, AttributeSpecial = 8 };

constexpr std::array<unsigned char, 256> byteClasses = [] {
    std::array<unsigned char, 256> t{};
    for (int c = 0; c < 256; ++c) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (letter || c == '_' || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == ':' || c >= 0x80)
            t[size_t(c)] |= NameByte;
        if (letter || c == '_')
            t[size_t(c)] |= NameStartAscii;
        if (c == '<' || c == '&' || c == '>' || c == '\r')
            t[size_t(c)] |= TextStop;
        if (c == '&' || c == '\r' || c == '\n' || c == '\t')
            t[size_t(c)] |= AttributeSpecial;
    }
    return t;
}();

bool is(char c, unsigned char cls)
{
    return byteClasses[static_cast<unsigned char>(c)] & cls;
}

// The next code point of valid UTF-8 (the bytes were checked before they got here).
char32_t nextCodePoint(const char *&p)
{
    const auto c = static_cast<unsigned char>(*p++);
    if (c < 0x80)
        return c;
    const int extra = c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    char32_t cp = c & (0x3F >> extra);
    for (int i = 0; i < extra; ++i)
        cp = (cp << 6) | (static_cast<unsigned char>(*p++) & 0x3F);
    return cp;
}

// XML 1.0 (fifth edition) §2.3 NameStartChar and NameChar, without ':' (namespaces split there).
bool isNameStart(char32_t c)
{
    if (c < 0x80)
        return is(char(c), NameStartAscii);
    return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) ||
           (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) ||
           (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) ||
           (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

bool isNameChar(char32_t c)
{
    if (c < 0x80)
        return c != ':' && is(char(c), NameByte);
    return isNameStart(c) || c == 0xB7 || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}

// An NCName: a name without ':' (Namespaces in XML 1.0 §3).
bool isNcName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    const char *p = name.data();
    const char *const end = p + name.size();
    if (!isNameStart(nextCodePoint(p)))
        return false;
    while (p < end) {
        if (static_cast<unsigned char>(*p) < 0x80) {
            if (*p == ':' || !is(*p, NameByte))
                return false;
            ++p;
        } else if (!isNameChar(nextCodePoint(p))) {
            return false;
        }
    }
    return true;
}

// A qualified name: NCName, or NCName ':' NCName. `colon` is the index of the ':' or -1.
bool isQName(QByteArrayView name, qsizetype &colon)
{
    colon = name.indexOf(':');
    if (colon < 0)
        return isNcName(name);
    return isNcName(name.first(colon)) && isNcName(name.sliced(colon + 1));
}

const char *scanName(const char *p, const char *end)
{
    while (p < end && is(*p, NameByte))
        ++p;
    return p;
}

const char *skipSpace(const char *p, const char *end)
{
    while (p < end && isSpace(*p))
        ++p;
    return p;
}

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// Bytes that may appear in an entity name; anything else ends the reference.
bool isEntityNameByte(char c)
{
    return is(c, NameByte);
}

enum class Ref { Ok, More, Restricted, Bad, TooLong };

constexpr int MaxReferenceDigits = 16; // "&#0000000000000065;" is the longest character reference
constexpr const char *TooLongReference = "character reference with more than 16 digits";

// The reference starting at p ('&'): one of the five predefined entities or a character
// reference (XML 1.0 §4.1, §4.6). Any other entity is what RFC 6120 §11.1 forbids; it is
// refused as soon as its name is longer than the longest predefined one.
Ref reference(const char *p, const char *end, const char *&after, char32_t &cp)
{
    const char *q = p + 1;
    if (q == end)
        return Ref::More;
    if (*q == '#') {
        ++q;
        if (q == end)
            return Ref::More;
        const bool hex = *q == 'x';
        if (hex)
            ++q;
        char32_t value = 0;
        int digits = 0;
        for (; q < end && digits <= MaxReferenceDigits; ++q, ++digits) {
            const char c = *q;
            int d;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (hex && c >= 'a' && c <= 'f')
                d = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F')
                d = c - 'A' + 10;
            else
                break;
            value = std::min<char32_t>(value * (hex ? 16 : 10) + char32_t(d), 0x110000);
        }
        // Leading zeros are allowed, but not without end: a reference a read cuts short is
        // scanned again from its '&' when the next bytes come.
        if (digits > MaxReferenceDigits)
            return Ref::TooLong;
        if (q == end)
            return Ref::More;
        if (*q != ';' || digits == 0 || !isXmlChar(value))
            return Ref::Bad;
        after = q + 1;
        cp = value;
        return Ref::Ok;
    }
    const char *const name = q;
    while (q < end && isEntityNameByte(*q)) {
        if (++q - name > 4) // longer than any predefined entity name
            return Ref::Restricted;
    }
    if (q == end)
        return Ref::More;
    if (*q != ';' || q == name)
        return Ref::Bad;
    static constexpr std::pair<QByteArrayView, char> predefined[] = {
        {"lt", '<'}, {"gt", '>'}, {"amp", '&'}, {"quot", '"'}, {"apos", '\''}};
    const QByteArrayView n(name, q - name);
    for (const auto &[entity, c] : predefined) {
        if (n == entity) {
            after = q + 1;
            cp = char32_t(c);
            return Ref::Ok;
        }
    }
    return Ref::Restricted;
}

// The element names, namespaces, attribute names and short attribute values most stanzas carry,
// handed out as shared copies (a reference count) instead of a new QString per stanza each.
QString interned(QByteArrayView s)
{
    static constexpr const char *common[] = {"message",
                                             "presence",
                                             "iq",
                                             "body",
                                             "thread",
                                             "subject",
                                             "show",
                                             "status",
                                             "priority",
                                             "query",
                                             "error",
                                             "delay",
                                             "x",
                                             "c",
                                             "request",
                                             "received",
                                             "active",
                                             "composing",
                                             "paused",
                                             "inactive",
                                             "gone",
                                             "markable",
                                             "displayed",
                                             "origin-id",
                                             "stanza-id",
                                             "bind",
                                             "resource",
                                             "session",
                                             "ping",
                                             "item",
                                             "group",
                                             "jabber:client",
                                             "jabber:server",
                                             "jabber:server:dialback",
                                             "http://etherx.jabber.org/streams",
                                             "urn:ietf:params:xml:ns:xmpp-stanzas",
                                             "urn:ietf:params:xml:ns:xmpp-sasl",
                                             "urn:ietf:params:xml:ns:xmpp-tls",
                                             "urn:ietf:params:xml:ns:xmpp-bind",
                                             "urn:ietf:params:xml:ns:xmpp-session",
                                             "http://www.w3.org/XML/1998/namespace",
                                             "http://jabber.org/protocol/caps",
                                             "http://jabber.org/protocol/chatstates",
                                             "http://jabber.org/protocol/disco#info",
                                             "http://jabber.org/protocol/disco#items",
                                             "urn:xmpp:receipts",
                                             "urn:xmpp:chat-markers:0",
                                             "urn:xmpp:delay",
                                             "urn:xmpp:ping",
                                             "urn:xmpp:sid:0",
                                             "urn:xmpp:hints",
                                             "urn:xmpp:carbons:2",
                                             "urn:xmpp:sm:3",
                                             "jabber:iq:roster",
                                             "jabber:iq:version",
                                             "jabber:iq:last",
                                             "jabber:iq:private",
                                             "jabber:x:data",
                                             "vcard-temp",
                                             "vcard-temp:x:update",
                                             "to",
                                             "from",
                                             "id",
                                             "type",
                                             "lang",
                                             "hash",
                                             "node",
                                             "ver",
                                             "xmlns",
                                             "chat",
                                             "groupchat",
                                             "normal",
                                             "headline",
                                             "get",
                                             "set",
                                             "result",
                                             "unavailable",
                                             "subscribe",
                                             "subscribed",
                                             "unsubscribe",
                                             "unsubscribed",
                                             "probe",
                                             "away",
                                             "xa",
                                             "dnd",
                                             "sha-1",
                                             "en"};
    struct Entry
    {
        QByteArrayView key;
        QString value;
    };
    static constexpr size_t Longest = 40;
    static const auto byLength = [] {
        std::array<std::vector<Entry>, Longest + 1> table;
        for (const char *c : common) {
            const QByteArrayView key(c);
            Q_ASSERT(size_t(key.size()) <= Longest);
            table[size_t(key.size())].push_back({key, QString::fromLatin1(key)});
        }
        return table;
    }();
    if (size_t(s.size()) <= Longest) {
        for (const Entry &e : byLength[size_t(s.size())]) {
            if (std::memcmp(e.key.data(), s.data(), size_t(s.size())) == 0)
                return e.value;
        }
    }
    return fromUtf8(s);
}

enum class Mode { Text, Attribute, Cdata };

// Character data or an attribute value as the application sees it (XML 1.0 §2.11, §3.3.3, §4.6):
// references replaced (not in CDATA), CR LF and a lone CR read as LF, and in attribute values
// every white space character as a space. `special`: the bytes hold '&' or a character that
// changes; without one they are simply converted.
Ref decode(const char *b, const char *e, Mode mode, bool special, QString &out)
{
    if (!special) {
        out = mode == Mode::Attribute ? interned(QByteArrayView(b, e - b)) : fromUtf8(b, e - b);
        return Ref::Ok;
    }
    thread_local std::string buffer;
    buffer.clear();
    for (const char *q = b; q < e;) {
        const char c = *q;
        if (c == '&' && mode != Mode::Cdata) {
            const char *after = nullptr;
            char32_t cp = 0;
            const Ref r = reference(q, e, after, cp);
            if (r != Ref::Ok)
                return r == Ref::More ? Ref::Bad : r;
            appendUtf8(buffer, cp);
            q = after;
        } else if (c == '\r') {
            buffer += mode == Mode::Attribute ? ' ' : '\n';
            if (++q < e && *q == '\n')
                ++q;
        } else {
            buffer += mode == Mode::Attribute && (c == '\n' || c == '\t') ? ' ' : c;
            ++q;
        }
    }
    out = fromUtf8(buffer.data(), qsizetype(buffer.size()));
    return Ref::Ok;
}

// An attribute as written in a start tag: its qualified name and its value, decoded.
struct RawAttribute
{
    QByteArrayView name;
    QString value;
};

constexpr QByteArrayView Xmlns("xmlns");

} // namespace

// What a callback may have changed under us: the stream destroyed (alive expires) or restarted
// (generation moves on). Checked after every callback before touching any member again.
struct XmlStream::Guard
{
    std::weak_ptr<bool> alive;
    quint64 generation;
};

XmlStream::XmlStream() = default;

XmlStream::~XmlStream() = default;

void XmlStream::reset()
{
    m_utf8.reset();
    ++m_generation;
    m_state = State::AwaitingHeader;
    m_header = {};
    m_streamName.clear();
    m_buf.clear();
    m_scan = 0;
    m_quote = 0;
    m_textSpecial = false;
    m_parseBase = nullptr;
    m_offset = 0;
    m_stanzaStart = 0;
    m_atBoundary = true;
    m_declAllowed = true;
    m_stanza.reset();
    m_open.clear();
    m_openNames.clear();
    m_bindings.clear();
    m_streamBindings.clear();
}

// Only called once guard.alive is known not to have expired: a callback may destroy the stream.
bool XmlStream::stillCurrent(const Guard &guard) const
{
    return guard.generation == m_generation && (m_state == State::Open || m_state == State::AwaitingHeader);
}

void XmlStream::addData(const QByteArray &data)
{
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    const Guard guard{m_alive, m_generation};

    // The bytes are checked before any of them is parsed. Everything before the first bad byte is
    // still parsed, so an earlier error in it is the one reported.
    QByteArrayView in(data);
    const char *badWhat = nullptr;
    const qsizetype bad = firstBadByte(in, badWhat);
    if (bad >= 0)
        in = in.first(bad);

    if (!in.isEmpty()) {
        qsizetype used;
        if (m_buf.isEmpty()) {
            used = parse(in, guard);
            if (used < 0)
                return;
            if (used < in.size())
                m_buf = in.sliced(used).toByteArray();
        } else {
            m_buf.append(in);
            used = parse(m_buf, guard);
            if (used < 0)
                return;
            if (used == m_buf.size())
                m_buf.clear();
            else
                m_buf.remove(0, used);
        }
        m_offset += used;
        m_parseBase = nullptr;
        // A read that ends between stanzas leaves nothing behind: an idle stream holds no stacks.
        if (m_atBoundary && heldBytes() != 0) {
            std::vector<OpenTag>().swap(m_open);
            std::vector<Binding>().swap(m_bindings);
            m_openNames = QByteArray();
        }
        // An incomplete stanza is refused as soon as it is too large, not when it ends.
        if (!m_atBoundary && m_offset + m_buf.size() - m_stanzaStart > m_maxStanzaBytes) {
            fail(StreamErrorCondition::PolicyViolation,
                 tr("stanza larger than %1 bytes").arg(m_maxStanzaBytes));
            return;
        }
    }
    if (bad >= 0)
        fail(StreamErrorCondition::NotWellFormed, tr(badWhat));
}

// The index of the first byte that cannot be in an XML stream, or -1: UTF-8 (RFC 3629, stricter
// than a decoder's idea of it; also refusing U+FFFE and U+FFFF) and no C0 control character but
// tab, CR and LF (XML 1.0 Char; in UTF-8 such a byte is always that character).
qsizetype XmlStream::firstBadByte(QByteArrayView bytes, const char *&what)
{
    const auto *d = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    auto isControl = [](unsigned char c) { return c < 0x20 && c != '\t' && c != '\r' && c != '\n'; };
    qsizetype i = 0;
    if (!m_utf8.midSequence()) {
        for (;;) {
            // Eight bytes at a time while they are printable ASCII.
            for (quint64 w; i + 8 <= n; i += 8) {
                std::memcpy(&w, d + i, 8);
                if (((w | ((w - 0x2020202020202020ULL) & ~w)) & 0x8080808080808080ULL) != 0)
                    break;
            }
            if (i == n)
                return -1;
            if (d[i] >= 0x80)
                break;
            if (isControl(d[i])) {
                what = "control character";
                return i;
            }
            ++i;
        }
    }
    const qsizetype badUtf8 = m_utf8.feed(bytes.sliced(i));
    const qsizetype limit = badUtf8 < 0 ? n : i + badUtf8;
    for (qsizetype j = i; j < limit; ++j) {
        if (isControl(d[j])) {
            what = "control character";
            return j;
        }
    }
    if (badUtf8 < 0)
        return -1;
    what = "invalid UTF-8";
    return i + badUtf8;
}

// Parses as many whole tokens as `bytes` holds, starting with the incomplete one kept from the
// last read. Returns how many bytes it used up (the rest start a token still incomplete), or -1
// when it stopped: an error, the stream's end, or a callback that reset or destroyed the stream.
qsizetype XmlStream::parse(QByteArrayView bytes, const Guard &guard)
{
    const char *const begin = bytes.data();
    const char *const end = begin + bytes.size();
    m_parseBase = begin;
    const char *p = begin;
    while (p < end) {
        if (m_atBoundary) {
            // White space between stanzas (keepalives) is dropped and not counted.
            p = skipSpace(p, end);
            if (p == end)
                break;
            m_atBoundary = false;
            m_stanzaStart = m_offset + (p - begin);
        }
        // A byte order mark may start the stream (XML 1.0 §4.3.3).
        if (m_declAllowed && *p == '\xEF' && m_offset + (p - begin) == m_stanzaStart) {
            constexpr QByteArrayView Bom("\xEF\xBB\xBF");
            const QByteArrayView have(p, std::min<qsizetype>(end - p, 3));
            if (have == Bom) {
                p += 3;
                continue;
            }
            if (Bom.startsWith(have))
                break;
        }
        const char *next = nullptr;
        const Step step = *p == '<' ? markup(p, end, guard, next) : text(p, end, next);
        if (step == Step::Stop)
            return -1;
        if (step == Step::More)
            break;
        m_scan = 0;
        m_quote = 0;
        m_textSpecial = false;
        p = next;
    }
    return p - begin;
}

bool XmlStream::stanzaTooLarge(qint64 end)
{
    if (end - m_stanzaStart <= m_maxStanzaBytes)
        return false;
    fail(StreamErrorCondition::PolicyViolation, tr("stanza larger than %1 bytes").arg(m_maxStanzaBytes));
    return true;
}

XmlStream::Step XmlStream::markup(const char *p, const char *end, const Guard &guard, const char *&next)
{
    if (end - p < 2)
        return Step::More;
    switch (p[1]) {
    case '?':
        if (!m_declAllowed || m_state != State::AwaitingHeader) {
            fail(StreamErrorCondition::RestrictedXml, tr("processing instructions are not allowed"));
            return Step::Stop;
        }
        return xmlDeclaration(p, end, next);
    case '!':
        m_declAllowed = false;
        if (end - p < 3)
            return Step::More;
        if (p[2] == '[')
            return cdata(p, end, next);
        fail(StreamErrorCondition::RestrictedXml, p[2] == '-'
                                                      ? tr("comments are not allowed")
                                                      : tr("DTDs and markup declarations are not allowed"));
        return Step::Stop;
    case '/':
        m_declAllowed = false;
        return endTag(p, end, guard, next);
    default:
        m_declAllowed = false;
        return startTag(p, end, guard, next);
    }
}

// <?xml version='1.0' encoding='UTF-8' standalone='yes'?> (XML 1.0 §2.8), at the start of the
// stream only: any other processing instruction is restricted XML (RFC 6120 §11.1).
XmlStream::Step XmlStream::xmlDeclaration(const char *p, const char *end, const char *&next)
{
    constexpr QByteArrayView Start("<?xml");
    const QByteArrayView have(p, std::min<qsizetype>(end - p, Start.size() + 1));
    if (!Start.startsWith(have.first(std::min(have.size(), Start.size()))) ||
        (have.size() > Start.size() && !isSpace(have.back()))) {
        fail(StreamErrorCondition::RestrictedXml, tr("processing instructions are not allowed"));
        return Step::Stop;
    }
    if (have.size() <= Start.size())
        return Step::More;
    const char *q = p + std::max<qsizetype>(Start.size() + 1, m_scan);
    while (q < end && *q != '>')
        ++q;
    if (q == end) {
        m_scan = q - p;
        return Step::More;
    }
    if (stanzaTooLarge(m_offset + (q + 1 - m_parseBase)))
        return Step::Stop;
    const char *const close = q - 1; // the '?' before '>'
    auto malformed = [this] {
        fail(StreamErrorCondition::NotWellFormed, tr("malformed XML declaration"));
        return Step::Stop;
    };
    if (*close != '?' || close < p + Start.size())
        return malformed();
    // Pseudo-attributes in their fixed order; each preceded by white space.
    const char *s = p + Start.size();
    auto pseudo = [&](QByteArrayView name, QByteArrayView &value) {
        const char *t = skipSpace(s, close);
        if (t == s || QByteArrayView(t, close - t).first(std::min<qsizetype>(close - t, name.size())) != name)
            return false;
        t = skipSpace(t + name.size(), close);
        if (t == close || *t != '=')
            return false;
        t = skipSpace(t + 1, close);
        if (t == close || (*t != '\'' && *t != '"'))
            return false;
        const char *const valueEnd = static_cast<const char *>(std::memchr(t + 1, *t, size_t(close - t - 1)));
        if (!valueEnd)
            return false;
        value = QByteArrayView(t + 1, valueEnd - t - 1);
        s = valueEnd + 1;
        return true;
    };
    QByteArrayView version, encoding, standalone;
    if (!pseudo("version", version) || version.size() < 3 || !version.startsWith("1.") ||
        !std::all_of(version.begin() + 2, version.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return malformed();
    if (pseudo("encoding", encoding)) {
        if (encoding.compare("UTF-8", Qt::CaseInsensitive) != 0) {
            fail(StreamErrorCondition::UnsupportedEncoding, tr("only UTF-8 is allowed"));
            return Step::Stop;
        }
    }
    if (pseudo("standalone", standalone) && standalone != "yes" && standalone != "no")
        return malformed();
    if (skipSpace(s, close) != close)
        return malformed();
    m_declAllowed = false;
    next = q + 1;
    return Step::Done;
}

// <![CDATA[...]]>: character data taken literally (XML 1.0 §2.7).
XmlStream::Step XmlStream::cdata(const char *p, const char *end, const char *&next)
{
    constexpr QByteArrayView Start("<![CDATA[");
    const QByteArrayView have(p, std::min<qsizetype>(end - p, Start.size()));
    if (!Start.startsWith(have) || m_state == State::AwaitingHeader) {
        fail(StreamErrorCondition::NotWellFormed, tr("malformed CDATA section"));
        return Step::Stop;
    }
    if (have.size() < Start.size())
        return Step::More;
    const char *q = p + std::max<qsizetype>(Start.size() + 2, m_scan);
    while (q < end && !(*q == '>' && q[-1] == ']' && q[-2] == ']'))
        ++q;
    if (q >= end) { // q starts past the end when only the section's start has arrived
        m_scan = std::max<qsizetype>(Start.size() + 2, end - p);
        return Step::More;
    }
    if (stanzaTooLarge(m_offset + (q + 1 - m_parseBase)))
        return Step::Stop;
    next = q + 1;
    const char *const b = p + Start.size();
    const char *const e = q - 2;
    if (m_open.empty()) { // between stanzas: only white space is allowed there
        if (skipSpace(b, e) != e) {
            fail(StreamErrorCondition::BadFormat, tr("text outside of stanzas"));
            return Step::Stop;
        }
        m_atBoundary = true;
        return Step::Done;
    }
    QString content;
    decode(b, e, Mode::Cdata, std::find(b, e, '\r') != e, content);
    m_open.back().element->addText(content);
    return Step::Done;
}

// Character data up to the next '<'. Inside a stanza it becomes text of the open element; outside
// only white space may appear (RFC 6120 §11.7 keepalives).
XmlStream::Step XmlStream::text(const char *p, const char *end, const char *&next)
{
    const char *q = p + m_scan;
    if (m_open.empty()) {
        for (; q < end; ++q) {
            if (*q == '<') {
                next = q;
                return Step::Done;
            }
            if (isSpace(*q)) {
                m_declAllowed = false; // the XML declaration comes first, right after a BOM
                continue;
            }
            if (*q == '&') {
                const char *after = nullptr;
                char32_t cp = 0;
                const Ref r = reference(q, end, after, cp);
                if (r == Ref::More) {
                    m_scan = q - p;
                    return Step::More;
                }
                if (r == Ref::Restricted) {
                    fail(StreamErrorCondition::RestrictedXml,
                         tr("entity references other than the predefined ones are not allowed"));
                    return Step::Stop;
                }
            }
            if (m_state == State::AwaitingHeader)
                fail(StreamErrorCondition::NotWellFormed, tr("text before the stream header"));
            else
                fail(StreamErrorCondition::BadFormat, tr("text outside of stanzas"));
            return Step::Stop;
        }
        m_scan = q - p;
        return Step::More;
    }
    for (;;) {
        while (q < end && !is(*q, TextStop))
            ++q;
        if (q == end) {
            m_scan = q - p;
            return Step::More;
        }
        if (*q == '<')
            break;
        if (*q == '&') {
            const char *after = nullptr;
            char32_t cp = 0;
            switch (reference(q, end, after, cp)) {
            case Ref::Ok:
                m_textSpecial = true;
                q = after;
                continue;
            case Ref::More:
                m_scan = q - p;
                return Step::More;
            case Ref::Restricted:
                fail(StreamErrorCondition::RestrictedXml,
                     tr("entity references other than the predefined ones are not allowed"));
                return Step::Stop;
            case Ref::Bad:
                fail(StreamErrorCondition::NotWellFormed, tr("malformed reference"));
                return Step::Stop;
            case Ref::TooLong:
                fail(StreamErrorCondition::NotWellFormed, tr(TooLongReference));
                return Step::Stop;
            }
        }
        if (*q == '>' && q - p >= 2 && q[-1] == ']' && q[-2] == ']') {
            fail(StreamErrorCondition::NotWellFormed, tr("']]>' in character data"));
            return Step::Stop;
        }
        m_textSpecial = m_textSpecial || *q == '\r';
        ++q;
    }
    if (stanzaTooLarge(m_offset + (q - m_parseBase)))
        return Step::Stop;
    QString content;
    decode(p, q, Mode::Text, m_textSpecial, content);
    m_open.back().element->addText(content);
    next = q;
    return Step::Done;
}

// '<' inside a tag is not well-formed; where it starts a comment, a processing instruction or a
// declaration it is refused as restricted XML, as everywhere else, once enough bytes tell which.
XmlStream::Step XmlStream::misplacedMarkup(const char *q, const char *end)
{
    if (end - q < 2 || (q[1] == '!' && end - q < 3))
        return Step::More;
    if (q[1] == '?')
        fail(StreamErrorCondition::RestrictedXml, tr("processing instructions are not allowed"));
    else if (q[1] == '!' && q[2] == '-')
        fail(StreamErrorCondition::RestrictedXml, tr("comments are not allowed"));
    else if (q[1] == '!' && q[2] != '[')
        fail(StreamErrorCondition::RestrictedXml, tr("DTDs and markup declarations are not allowed"));
    else
        fail(StreamErrorCondition::NotWellFormed, tr("'<' inside a tag"));
    return Step::Stop;
}

// A reference in a tag: an entity other than the predefined ones is refused while the tag is still
// arriving; everything else about it is checked when the tag is parsed.
XmlStream::Step XmlStream::referenceInTag(const char *q, const char *end)
{
    const char *after = nullptr;
    char32_t cp = 0;
    switch (reference(q, end, after, cp)) {
    case Ref::More:
        return Step::More;
    case Ref::Restricted:
        fail(StreamErrorCondition::RestrictedXml,
             tr("entity references other than the predefined ones are not allowed"));
        return Step::Stop;
    default:
        return Step::Done;
    }
}

XmlStream::Step XmlStream::startTag(const char *p, const char *end, const Guard &guard, const char *&next)
{
    // The tag ends at the first '>' outside an attribute value; '<' may appear nowhere in it.
    const char *q = p + std::max<qsizetype>(1, m_scan);
    char quote = m_quote;
    for (; q < end; ++q) {
        const char c = *q;
        if (c == '<' || c == '&') {
            const Step step = c == '<' ? misplacedMarkup(q, end) : referenceInTag(q, end);
            if (step == Step::Done)
                continue;
            if (step == Step::More) {
                m_scan = q - p;
                m_quote = quote;
            }
            return step;
        }
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '>') {
            break;
        } else if (c == '\'' || c == '"') {
            quote = c;
        }
    }
    if (q == end) {
        m_scan = q - p;
        m_quote = quote;
        return Step::More;
    }
    if (stanzaTooLarge(m_offset + (q + 1 - m_parseBase)))
        return Step::Stop;
    next = q + 1;
    return startElement(p, q, guard);
}

XmlStream::Step XmlStream::endTag(const char *p, const char *end, const Guard &guard, const char *&next)
{
    const char *q = p + std::max<qsizetype>(2, m_scan);
    for (; q < end && *q != '>'; ++q) {
        if (*q == '<' || *q == '&') {
            const Step step = *q == '<' ? misplacedMarkup(q, end) : referenceInTag(q, end);
            if (step == Step::Done)
                continue;
            if (step == Step::More)
                m_scan = q - p;
            return step;
        }
    }
    if (q == end) {
        m_scan = q - p;
        return Step::More;
    }
    if (stanzaTooLarge(m_offset + (q + 1 - m_parseBase)))
        return Step::Stop;
    const char *const name = p + 2;
    const char *const nameEnd = scanName(name, q);
    if (nameEnd == name || skipSpace(nameEnd, q) != q) {
        fail(StreamErrorCondition::NotWellFormed, tr("malformed end tag"));
        return Step::Stop;
    }
    next = q + 1;
    return endElement(QByteArrayView(name, nameEnd - name), guard);
}

bool XmlStream::resolve(QByteArrayView prefix, QString &uri) const
{
    for (const std::vector<Binding> *scope : {&m_bindings, &m_streamBindings}) {
        for (auto it = scope->rbegin(); it != scope->rend(); ++it) {
            if (it->prefix == prefix) {
                uri = it->uri;
                return true;
            }
        }
    }
    if (prefix == "xml") {
        uri = ns::Xml;
        return true;
    }
    uri.clear();
    return prefix.isEmpty(); // no default namespace declared: no namespace
}

// A start tag from '<' at p to '>' at gt (XML 1.0 §3.1, Namespaces in XML 1.0 §3–§6).
XmlStream::Step XmlStream::startElement(const char *p, const char *gt, const Guard &guard)
{
    auto notWellFormed = [this](const char *what) {
        fail(StreamErrorCondition::NotWellFormed, tr(what));
        return Step::Stop;
    };
    const char *s = p + 1;
    const char *e = gt;
    const bool empty = e > s && e[-1] == '/';
    if (empty)
        --e;
    const char *const nameEnd = scanName(s, e);
    const QByteArrayView qname(s, nameEnd - s);
    qsizetype colon = -1;
    if (!isQName(qname, colon))
        return notWellFormed("invalid element name");

    // Attributes in document order, values decoded as they come, so that the first error in the
    // tag is the one reported.
    thread_local std::vector<RawAttribute> raw;
    raw.clear();
    s = nameEnd;
    for (;;) {
        const char *const before = s;
        s = skipSpace(s, e);
        if (s == e)
            break;
        if (s == before)
            return notWellFormed("malformed start tag");
        const char *const an = s;
        s = scanName(s, e);
        const QByteArrayView name(an, s - an);
        qsizetype c = -1;
        if (name.isEmpty() || !isQName(name, c))
            return notWellFormed("invalid attribute name");
        s = skipSpace(s, e);
        if (s == e || *s != '=')
            return notWellFormed("malformed start tag");
        s = skipSpace(s + 1, e);
        if (s == e || (*s != '\'' && *s != '"'))
            return notWellFormed("malformed start tag");
        const char *const v = s + 1;
        const char *const ve = static_cast<const char *>(std::memchr(v, *s, size_t(e - v)));
        if (!ve)
            return notWellFormed("malformed start tag");
        s = ve + 1;
        bool special = false;
        for (const char *t = v; t < ve && !special; ++t)
            special = is(*t, AttributeSpecial);
        QString value;
        switch (decode(v, ve, Mode::Attribute, special, value)) {
        case Ref::Ok:
            break;
        case Ref::Restricted:
            fail(StreamErrorCondition::RestrictedXml,
                 tr("entity references other than the predefined ones are not allowed"));
            return Step::Stop;
        case Ref::TooLong:
            return notWellFormed(TooLongReference);
        default:
            return notWellFormed("malformed reference");
        }
        raw.push_back({name, std::move(value)});
        // Checked as they come: the checks below compare attributes pairwise.
        if (raw.size() > size_t(m_maxAttributes)) {
            fail(StreamErrorCondition::PolicyViolation, tr("more than %1 attributes").arg(m_maxAttributes));
            return Step::Stop;
        }
    }

    // Namespace declarations first: they apply to the element's own name and attributes.
    const size_t mark = m_bindings.size();
    qsizetype declarations = 0;
    for (const RawAttribute &a : raw) {
        QByteArrayView prefix;
        if (a.name == Xmlns)
            prefix = {};
        else if (a.name.startsWith("xmlns:"))
            prefix = a.name.sliced(6);
        else
            continue;
        ++declarations;
        if (prefix == Xmlns || (prefix == "xml") != (a.value == ns::Xml) || a.value == ns::Xmlns)
            return notWellFormed("reserved namespace prefix or name");
        if (!prefix.isEmpty() && a.value.isEmpty())
            return notWellFormed("empty namespace name for a prefix");
        for (size_t i = mark; i < m_bindings.size(); ++i) {
            if (m_bindings[i].prefix == prefix)
                return notWellFormed("namespace declared twice");
        }
        m_bindings.push_back({prefix.toByteArray(), a.value});
    }
    for (const RawAttribute &a : raw) {
        if (a.value.size() > m_maxAttributeValueLength) {
            fail(StreamErrorCondition::PolicyViolation,
                 tr("attribute value longer than %1 characters").arg(m_maxAttributeValueLength));
            return Step::Stop;
        }
    }

    QString elementNs;
    if (!resolve(colon < 0 ? QByteArrayView() : qname.first(colon), elementNs))
        return notWellFormed("undeclared namespace prefix");
    QList<Attribute> attributes;
    attributes.reserve(qsizetype(raw.size()) - declarations);
    for (RawAttribute &a : raw) {
        if (a.name == Xmlns || a.name.startsWith("xmlns:"))
            continue;
        const qsizetype c = a.name.indexOf(':');
        Attribute attribute;
        if (c >= 0 && !resolve(a.name.first(c), attribute.ns))
            return notWellFormed("undeclared namespace prefix");
        attribute.name = interned(c < 0 ? a.name : a.name.sliced(c + 1));
        for (const Attribute &other : attributes) {
            if (other.name == attribute.name && other.ns == attribute.ns)
                return notWellFormed("attribute given twice");
        }
        attribute.value = std::move(a.value);
        attributes.push_back(std::move(attribute));
    }
    const QByteArrayView local = colon < 0 ? qname : qname.sliced(colon + 1);

    if (m_state == State::AwaitingHeader) {
        Element root(interned(local), elementNs);
        for (Attribute &a : attributes)
            root.appendAttr(std::move(a));
        m_streamName = qname.toByteArray();
        const Step step = openStream(root, guard);
        if (step != Step::Done || !empty)
            return step;
        m_state = State::Closed; // <stream:stream/>: opened and closed at once
        if (auto callback = onStreamClose)
            callback();
        return Step::Stop;
    }
    if (qsizetype(m_open.size()) >= m_maxDepth) {
        fail(StreamErrorCondition::PolicyViolation, tr("elements nested deeper than %1").arg(m_maxDepth));
        return Step::Stop;
    }
    Element *element;
    if (m_open.empty()) {
        m_stanza = std::make_unique<Element>(interned(local), elementNs);
        element = m_stanza.get();
    } else {
        element = &m_open.back().element->addChild(Element(interned(local), elementNs));
    }
    element->reserveAttrs(attributes.size());
    for (Attribute &a : attributes)
        element->appendAttr(std::move(a));
    m_openNames.append(qname);
    m_open.push_back({element, m_openNames.size(), mark});
    if (empty)
        return endElement(qname, guard);
    return Step::Done;
}

XmlStream::Step XmlStream::openStream(Element &root, const Guard &guard)
{
    if (root.name() != u"stream" || root.ns() != ns::Streams) {
        fail(StreamErrorCondition::InvalidNamespace, tr("the root element is not a stream"));
        return Step::Stop;
    }
    StreamHeader header;
    m_streamBindings.assign(std::make_move_iterator(m_bindings.begin()),
                            std::make_move_iterator(m_bindings.end()));
    m_bindings.clear();
    for (const Binding &b : m_streamBindings) {
        if (b.prefix.isEmpty())
            header.ns = b.uri;
        else if (b.uri != ns::Streams)
            header.prefixes.append({fromUtf8(b.prefix), b.uri});
    }
    // RFC 6120 §4.8.2: the content namespace must differ from the stream namespace.
    if (header.ns == ns::Streams) {
        fail(StreamErrorCondition::InvalidNamespace, tr("the content namespace is the stream namespace"));
        return Step::Stop;
    }
    for (const Attribute &a : root.attributes()) {
        if (a.ns == ns::Xml && a.name == u"lang")
            header.lang = a.value;
        else if (!a.ns.isEmpty())
            continue;
        else if (a.name == u"from")
            header.from = a.value;
        else if (a.name == u"to")
            header.to = a.value;
        else if (a.name == u"id")
            header.id = a.value;
        else if (a.name == u"version")
            header.version = a.value;
    }
    m_header = std::move(header);
    m_state = State::Open;
    m_atBoundary = true;
    if (auto callback = onStreamOpen) // a copy: the callback may destroy us
        callback(m_header);
    return !guard.alive.expired() && stillCurrent(guard) ? Step::Done : Step::Stop;
}

XmlStream::Step XmlStream::endElement(QByteArrayView qname, const Guard &guard)
{
    if (m_open.empty()) { // </stream:stream>; anything after it is ignored
        if (qname != m_streamName) {
            fail(StreamErrorCondition::NotWellFormed, tr("end tag does not match the start tag"));
            return Step::Stop;
        }
        m_state = State::Closed;
        if (auto callback = onStreamClose)
            callback();
        return Step::Stop;
    }
    const OpenTag top = m_open.back();
    const qsizetype nameStart = m_open.size() > 1 ? m_open[m_open.size() - 2].nameEnd : 0;
    if (QByteArrayView(m_openNames).sliced(nameStart, top.nameEnd - nameStart) != qname) {
        fail(StreamErrorCondition::NotWellFormed, tr("end tag does not match the start tag"));
        return Step::Stop;
    }
    m_openNames.truncate(nameStart);
    m_bindings.erase(m_bindings.begin() + qsizetype(top.bindingMark), m_bindings.end());
    m_open.pop_back();
    if (!m_open.empty())
        return Step::Done;
    m_atBoundary = true;
    std::unique_ptr<Element> stanza = std::move(m_stanza);
    if (auto callback = onStanza)
        callback(std::move(stanza));
    return !guard.alive.expired() && stillCurrent(guard) ? Step::Done : Step::Stop;
}

qsizetype XmlStream::heldBytes() const
{
    return m_buf.capacity() + m_openNames.capacity() + qsizetype(m_open.capacity() * sizeof(OpenTag)) +
           qsizetype(m_bindings.capacity() * sizeof(Binding));
}

bool XmlStream::fail(StreamErrorCondition condition, const QString &text)
{
    m_state = State::Failed;
    m_open.clear();
    m_stanza.reset();
    if (auto callback = onError)
        callback(condition, text);
    return false;
}

} // namespace confab::xml
