// Test oracle only; see referencexmlstream.h. Kept as it was, apart from names.
#include "referencexmlstream.h"

#include "xml/namespaces.h"
#include "xml/serializer.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <array>
#include <cstring>
#include <vector>

namespace confab::xml::reference {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("confab::xml::XmlStream", text);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// XML 1.0 Char excludes C0 controls but tab, CR and LF. QXmlStreamReader refuses them in text but
// lets them through in names, and the serializer drops them again, so "x\0mlns" would turn into a
// namespace declaration when a stanza is forwarded: refuse them here, before the parser. In UTF-8
// such a byte is always that character (never part of a longer sequence).
qsizetype firstControlByte(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x20 && c != '\t' && c != '\r' && c != '\n')
            return i;
    }
    return -1;
}

// QXmlStreamReader accepts some characters in names that XML forbids ("x$mlns"); the serializer
// drops them again (safeXmlName), so "x$mlns='urn:evil'" would reach the recipient as a namespace
// declaration and the stanza would mean something other than what our filters saw. Every name
// must therefore be one the serializer writes unchanged. Found by tests/fuzz/fuzz_xmlstream.
bool namesSerializable(const QXmlStreamReader &reader)
{
    auto ok = [](QStringView name, bool mayBeEmpty) {
        return name.isEmpty() ? mayBeEmpty : isSafeXmlName(name);
    };
    if (!ok(reader.name(), false) || !ok(reader.prefix(), true))
        return false;
    for (const QXmlStreamAttribute &a : reader.attributes()) {
        if (!ok(a.name(), false) || !ok(a.prefix(), true))
            return false;
    }
    for (const QXmlStreamNamespaceDeclaration &d : reader.namespaceDeclarations()) {
        if (!ok(d.prefix(), true))
            return false;
    }
    return true;
}

// The element names, namespaces, attribute names and short attribute values most stanzas carry,
// handed out as shared copies (a reference count) instead of a new QString per stanza each.
QString interned(QStringView s)
{
    static const QString common[] = {QStringLiteral("message"),
                                     QStringLiteral("presence"),
                                     QStringLiteral("iq"),
                                     QStringLiteral("body"),
                                     QStringLiteral("thread"),
                                     QStringLiteral("subject"),
                                     QStringLiteral("show"),
                                     QStringLiteral("status"),
                                     QStringLiteral("priority"),
                                     QStringLiteral("query"),
                                     QStringLiteral("error"),
                                     QStringLiteral("delay"),
                                     QStringLiteral("jabber:client"),
                                     QStringLiteral("jabber:server"),
                                     QString(ns::Xml),
                                     QStringLiteral("to"),
                                     QStringLiteral("from"),
                                     QStringLiteral("id"),
                                     QStringLiteral("type"),
                                     QStringLiteral("lang"),
                                     QStringLiteral("chat"),
                                     QStringLiteral("groupchat"),
                                     QStringLiteral("normal"),
                                     QStringLiteral("headline"),
                                     QStringLiteral("get"),
                                     QStringLiteral("set"),
                                     QStringLiteral("result"),
                                     QStringLiteral("unavailable"),
                                     QStringLiteral("subscribe"),
                                     QStringLiteral("subscribed")};
    // The candidates of each length, so that most lookups compare nothing or one or two strings.
    static const auto byLength = [] {
        std::array<std::vector<const QString *>, 37> table; // 36: the longest above
        for (const QString &c : common)
            table[size_t(c.size())].push_back(&c);
        return table;
    }();
    if (size_t(s.size()) < byLength.size()) {
        for (const QString *c : byLength[size_t(s.size())]) {
            if (std::memcmp(c->utf16(), s.utf16(), size_t(s.size()) * sizeof(char16_t)) == 0)
                return *c;
        }
    }
    return s.toString();
}

} // namespace

// What a callback may have changed under us: the stream destroyed (alive expires) or restarted
// (generation moves on). Checked after every callback before touching any member again.
struct ReferenceXmlStream::Guard
{
    std::weak_ptr<bool> alive;
    quint64 generation;
};

ReferenceXmlStream::ReferenceXmlStream() : m_reader(std::make_unique<QXmlStreamReader>()) {}

ReferenceXmlStream::~ReferenceXmlStream() = default;

void ReferenceXmlStream::reset()
{
    m_reader = std::make_unique<QXmlStreamReader>();
    m_utf8.reset();
    m_scanner.reset();
    ++m_generation;
    m_state = State::AwaitingHeader;
    m_header = {};
    m_open.clear();
    m_stanza.reset();
    m_atBoundary = true;
    m_pendingBytes = 0;
}

// Only called once guard.alive is known not to have expired: a callback may destroy the stream.
bool ReferenceXmlStream::stillCurrent(const Guard &guard) const
{
    return guard.generation == m_generation && (m_state == State::Open || m_state == State::AwaitingHeader);
}

// The parser is fed one '>'-terminated segment at a time: every tag ends with '>', so the stanza
// that a segment completes is reported before any later byte is counted against the next one, and
// the byte limit is exact without mapping parser offsets back to bytes.
void ReferenceXmlStream::addData(const QByteArray &data)
{
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    const Guard guard{m_alive, m_generation};
    QByteArrayView rest(data);
    while (!rest.isEmpty()) {
        const qsizetype gt = rest.indexOf('>');
        const qsizetype length = gt < 0 ? rest.size() : gt + 1;
        if (!feedSegment(rest.first(length), guard))
            return;
        rest = rest.sliced(length);
    }
}

bool ReferenceXmlStream::feedSegment(QByteArrayView segment, const Guard &guard)
{
    if (m_atBoundary) {
        // White space between stanzas (keepalives) never reaches the parser, so it cannot pile up
        // in the parser's buffer, and it does not count towards the next stanza.
        qsizetype i = 0;
        while (i < segment.size() && isSpace(segment[i]))
            ++i;
        segment = segment.sliced(i);
        if (segment.isEmpty())
            return true;
        m_atBoundary = false;
        m_pendingBytes = 0;
    }
    const qsizetype badUtf8 = m_utf8.feed(segment);
    QString what;
    if (m_scanner.feed(badUtf8 < 0 ? segment : segment.first(badUtf8), &what) >= 0)
        return fail(StreamErrorCondition::RestrictedXml, what);
    if (badUtf8 >= 0)
        return fail(StreamErrorCondition::NotWellFormed, tr("invalid UTF-8"));
    if (firstControlByte(segment) >= 0)
        return fail(StreamErrorCondition::NotWellFormed, tr("control character"));
    m_pendingBytes += segment.size();
    if (m_pendingBytes > m_maxStanzaBytes)
        return fail(StreamErrorCondition::PolicyViolation,
                    tr("stanza larger than %1 bytes").arg(m_maxStanzaBytes));
    m_reader->addData(segment.toByteArray());
    return readTokens(guard);
}

bool ReferenceXmlStream::readTokens(const Guard &guard)
{
    for (;;) {
        switch (m_reader->readNext()) {
        case QXmlStreamReader::Invalid:
            // Premature end just means "more bytes needed" when data arrives incrementally.
            if (m_reader->error() == QXmlStreamReader::PrematureEndOfDocumentError)
                return true;
            return fail(StreamErrorCondition::NotWellFormed, m_reader->errorString());
        case QXmlStreamReader::StartDocument: {
            const QStringView encoding = m_reader->documentEncoding();
            if (!encoding.isEmpty() && encoding.compare(u"UTF-8", Qt::CaseInsensitive) != 0)
                return fail(StreamErrorCondition::UnsupportedEncoding, tr("only UTF-8 is allowed"));
            break;
        }
        case QXmlStreamReader::DTD:
            return fail(StreamErrorCondition::RestrictedXml,
                        tr("DTDs and markup declarations are not allowed"));
        case QXmlStreamReader::Comment:
            return fail(StreamErrorCondition::RestrictedXml, tr("comments are not allowed"));
        case QXmlStreamReader::ProcessingInstruction:
            return fail(StreamErrorCondition::RestrictedXml, tr("processing instructions are not allowed"));
        case QXmlStreamReader::EntityReference:
            return fail(StreamErrorCondition::RestrictedXml,
                        tr("entity references other than the predefined ones are not allowed"));
        case QXmlStreamReader::StartElement:
            if (!handleStartElement(guard))
                return false;
            break;
        case QXmlStreamReader::EndElement:
            if (!handleEndElement(guard))
                return false;
            break;
        case QXmlStreamReader::Characters:
            if (!handleText())
                return false;
            break;
        default: // NoToken, EndDocument (the stream's end tag already closed it)
            break;
        }
    }
}

bool ReferenceXmlStream::checkAttributeLimits()
{
    const QXmlStreamAttributes attributes = m_reader->attributes();
    const QXmlStreamNamespaceDeclarations declarations = m_reader->namespaceDeclarations();
    if (attributes.size() + declarations.size() > m_maxAttributes)
        return fail(StreamErrorCondition::PolicyViolation,
                    tr("more than %1 attributes").arg(m_maxAttributes));
    bool tooLong = false;
    for (const QXmlStreamAttribute &a : attributes)
        tooLong = tooLong || a.value().size() > m_maxAttributeValueLength;
    for (const QXmlStreamNamespaceDeclaration &d : declarations)
        tooLong = tooLong || d.namespaceUri().size() > m_maxAttributeValueLength;
    if (tooLong)
        return fail(StreamErrorCondition::PolicyViolation,
                    tr("attribute value longer than %1 characters").arg(m_maxAttributeValueLength));
    return true;
}

bool ReferenceXmlStream::handleStartElement(const Guard &guard)
{
    if (!checkAttributeLimits())
        return false;
    if (!namesSerializable(*m_reader))
        return fail(StreamErrorCondition::NotWellFormed, tr("invalid character in a name"));
    if (m_state == State::AwaitingHeader)
        return openStream(guard);
    if (qsizetype(m_open.size()) >= m_maxDepth)
        return fail(StreamErrorCondition::PolicyViolation,
                    tr("elements nested deeper than %1").arg(m_maxDepth));
    Element element(interned(m_reader->name()), interned(m_reader->namespaceUri()));
    for (const QXmlStreamAttribute &a : m_reader->attributes())
        element.setAttrNs(interned(a.namespaceUri()), interned(a.name()), interned(a.value()));
    if (m_open.empty()) {
        m_stanza = std::make_unique<Element>(std::move(element));
        m_open.push_back(m_stanza.get());
    } else {
        m_open.push_back(&m_open.back()->addChild(std::move(element)));
    }
    return true;
}

bool ReferenceXmlStream::openStream(const Guard &guard)
{
    if (m_reader->name() != u"stream" || m_reader->namespaceUri() != ns::Streams)
        return fail(StreamErrorCondition::InvalidNamespace, tr("the root element is not a stream"));
    StreamHeader header;
    for (const QXmlStreamNamespaceDeclaration &d : m_reader->namespaceDeclarations()) {
        if (d.prefix().isEmpty())
            header.ns = d.namespaceUri().toString();
        else if (d.namespaceUri() != ns::Streams)
            header.prefixes.append({d.prefix().toString(), d.namespaceUri().toString()});
    }
    // RFC 6120 §4.8.2: the content namespace must differ from the stream namespace.
    if (header.ns == ns::Streams)
        return fail(StreamErrorCondition::InvalidNamespace,
                    tr("the content namespace is the stream namespace"));
    for (const QXmlStreamAttribute &a : m_reader->attributes()) {
        const QString value = a.value().toString();
        if (a.namespaceUri() == ns::Xml && a.name() == u"lang")
            header.lang = value;
        else if (!a.namespaceUri().isEmpty())
            continue;
        else if (a.name() == u"from")
            header.from = value;
        else if (a.name() == u"to")
            header.to = value;
        else if (a.name() == u"id")
            header.id = value;
        else if (a.name() == u"version")
            header.version = value;
    }
    m_header = std::move(header);
    m_state = State::Open;
    m_atBoundary = true;
    m_pendingBytes = 0;
    if (auto callback = onStreamOpen) // a copy: the callback may destroy us
        callback(m_header);
    return !guard.alive.expired() && stillCurrent(guard);
}

bool ReferenceXmlStream::handleEndElement(const Guard &guard)
{
    if (m_open.empty()) { // </stream:stream>; anything after it is ignored
        m_state = State::Closed;
        if (auto callback = onStreamClose)
            callback();
        return false;
    }
    m_open.pop_back();
    if (!m_open.empty())
        return true;
    m_atBoundary = true;
    m_pendingBytes = 0;
    std::unique_ptr<Element> stanza = std::move(m_stanza);
    if (auto callback = onStanza)
        callback(std::move(stanza));
    return !guard.alive.expired() && stillCurrent(guard);
}

bool ReferenceXmlStream::handleText()
{
    if (!m_open.empty()) {
        m_open.back()->addText(m_reader->text().toString());
        return true;
    }
    if (m_reader->isWhitespace())
        return true;
    return fail(StreamErrorCondition::BadFormat, tr("text outside of stanzas"));
}

bool ReferenceXmlStream::fail(StreamErrorCondition condition, const QString &text)
{
    m_state = State::Failed;
    m_open.clear();
    m_stanza.reset();
    if (auto callback = onError)
        callback(condition, text);
    return false;
}

} // namespace confab::xml::reference
