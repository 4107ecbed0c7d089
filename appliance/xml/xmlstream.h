#pragma once
// Incremental parser for one XML stream (RFC 6120 §4, restricted per §11): bytes in through
// addData() in chunks of any size, callbacks out — the stream header, each complete top-level
// stanza as an Element tree, the stream's end, or one fatal error with its stream error
// condition. After an error or the stream's end, further data is ignored.
//
// A tokenizer of its own on the UTF-8 bytes (XML 1.0 with namespaces, restricted as RFC 6120
// §11.1 requires): what §11 forbids (comments, processing instructions, DTDs, entities other than
// the five predefined ones) is refused as restricted-xml the moment it starts; the UTF-8 check,
// the stanza byte count and the tokens are one pass over the bytes; a token that a read cuts short
// is kept (and only then copied) until the next read completes it. Between stanzas a stream holds
// no buffer, only the namespace declarations of its header.
//
// Callbacks may call reset() (stream restart after STARTTLS / SASL): whatever remained of the
// chunk being parsed is then discarded, which is what STARTTLS requires (no plaintext may be
// processed after <starttls/>). Callbacks may also destroy the XmlStream; parsing stops at once.
#include "xml/element.h"
#include "xml/streamerror.h"
#include "xml/streamheader.h"
#include "xml/utf8validator.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace confab::xml {

class XmlStream
{
public:
    enum class State { AwaitingHeader, Open, Closed, Failed };

    XmlStream();
    ~XmlStream();
    XmlStream(const XmlStream &) = delete;
    XmlStream &operator=(const XmlStream &) = delete;

    std::function<void(const StreamHeader &)> onStreamOpen;
    std::function<void(std::unique_ptr<Element>)> onStanza;
    std::function<void()> onStreamClose;
    std::function<void(StreamErrorCondition, const QString &text)> onError; // text: English, for logs

    void addData(const QByteArray &data);
    // Forget everything: a new parser for a new stream (limits and callbacks are kept).
    void reset();

    // What the parser holds beyond its own size and the header's namespaces: the bytes of a token
    // a read cut short and the stacks of the stanza being parsed. Zero after a read that ended
    // between stanzas: a token's copy is freed when it completes, the stacks when a read ends.
    qsizetype heldBytes() const;

    State state() const { return m_state; }
    const StreamHeader &header() const { return m_header; }

    // Limits; exceeding any is a policy-violation. Stanza bytes are counted from the first byte
    // of the stanza's start tag (the stream header counts as a stanza) and checked before the
    // parser buffers them, so an endless stanza is refused while still incomplete.
    void setMaxStanzaBytes(qsizetype bytes) { m_maxStanzaBytes = bytes; }
    void setMaxDepth(int depth) { m_maxDepth = depth; }           // the stanza element is depth 1
    void setMaxAttributes(int count) { m_maxAttributes = count; } // incl. namespace declarations
    void setMaxAttributeValueLength(qsizetype chars) { m_maxAttributeValueLength = chars; }
    qsizetype maxStanzaBytes() const { return m_maxStanzaBytes; }
    int maxDepth() const { return m_maxDepth; }
    int maxAttributes() const { return m_maxAttributes; }
    qsizetype maxAttributeValueLength() const { return m_maxAttributeValueLength; }

private:
    struct Guard;
    struct Binding // a namespace declaration in scope: prefix (UTF-8, empty: default) and URI
    {
        QByteArray prefix;
        QString uri;
    };
    struct OpenTag // an element of the stanza being built whose end tag is still to come
    {
        Element *element;
        qsizetype nameEnd;  // its qualified name is m_openNames[previous nameEnd, nameEnd)
        size_t bindingMark; // m_bindings.size() before its declarations
    };
    enum class Step { Done, More, Stop }; // token handled; needs more bytes; stopped (see parse)

    qsizetype firstBadByte(QByteArrayView bytes, const char *&what);
    qsizetype parse(QByteArrayView bytes, const Guard &guard);
    Step markup(const char *p, const char *end, const Guard &guard, const char *&next);
    Step text(const char *p, const char *end, const char *&next);
    Step xmlDeclaration(const char *p, const char *end, const char *&next);
    Step cdata(const char *p, const char *end, const char *&next);
    Step misplacedMarkup(const char *q, const char *end);
    Step referenceInTag(const char *q, const char *end);
    Step startTag(const char *p, const char *end, const Guard &guard, const char *&next);
    Step endTag(const char *p, const char *end, const Guard &guard, const char *&next);
    Step startElement(const char *p, const char *gt, const Guard &guard);
    Step endElement(QByteArrayView qname, const Guard &guard);
    Step openStream(Element &root, const Guard &guard);
    bool resolve(QByteArrayView prefix, QString &uri) const;
    bool stanzaTooLarge(qint64 end);
    bool fail(StreamErrorCondition condition, const QString &text);
    bool stillCurrent(const Guard &guard) const;

    Utf8Validator m_utf8;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    quint64 m_generation = 0;
    State m_state = State::AwaitingHeader;
    StreamHeader m_header;
    QByteArray m_streamName; // the qualified name of the stream element, for its end tag

    QByteArray m_buf;                  // an incomplete token (and the rest of its read), when there is one
    qsizetype m_scan = 0;              // how much of that token has been checked already
    char m_quote = 0;                  // inside a start tag: the quote of the attribute value we are in
    bool m_textSpecial = false;        // the text token so far holds '&' or CR (decoded the slow way)
    const char *m_parseBase = nullptr; // the first byte parse() is looking at
    qint64 m_offset = 0;               // its stream offset
    qint64 m_stanzaStart = 0;          // stream offset of the first byte of the current stanza
    bool m_atBoundary = true;          // between stanzas: white space here is dropped, not parsed
    bool m_declAllowed = true;         // nothing but white space (and a BOM) seen in this stream yet

    std::unique_ptr<Element> m_stanza;
    std::vector<OpenTag> m_open;           // open elements of the stanza being built, stanza first
    QByteArray m_openNames;                // their qualified names, one after another
    std::vector<Binding> m_streamBindings; // what the header declared, for the whole stream
    std::vector<Binding> m_bindings;       // what the open elements of the stanza declared

    qsizetype m_maxStanzaBytes = 262144;
    int m_maxDepth = 64;
    int m_maxAttributes = 64;
    qsizetype m_maxAttributeValueLength = 16384;
};

} // namespace confab::xml
