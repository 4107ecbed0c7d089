#pragma once
// Test oracle only: the QXmlStreamReader-based stream parser Confab used until the hand-written
// UTF-8 tokenizer replaced it (appliance/xml/xmlstream.h as of commit 68303cb, with its
// restriction scanner). tst_xmlstream_differential and fuzz_xmlstream_diff feed the same bytes to
// it and to confab::xml::XmlStream and compare what both report. Same public API as XmlStream
// minus hibernate(); the code is kept as it was, apart from names: do not fix or improve it here,
// a difference from the tokenizer is decided case by case.
//
// Incremental parser for one XML stream (RFC 6120 §4, restricted per §11): bytes in through
// addData() in chunks of any size, callbacks out — the stream header, each complete top-level
// stanza as an Element tree, the stream's end, or one fatal error with its stream error
// condition. After an error or the stream's end, further data is ignored.
//
// Callbacks may call reset() (stream restart after STARTTLS / SASL): whatever remained of the
// chunk being parsed is then discarded, which is what STARTTLS requires (no plaintext may be
// processed after <starttls/>). Callbacks may also destroy the stream; parsing stops at once.
#include "referencerestrictionscanner.h"
#include "xml/element.h"
#include "xml/streamerror.h"
#include "xml/streamheader.h"
#include "xml/utf8validator.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

class QXmlStreamReader;

namespace confab::xml::reference {

class ReferenceXmlStream
{
public:
    enum class State { AwaitingHeader, Open, Closed, Failed };

    ReferenceXmlStream();
    ~ReferenceXmlStream();
    ReferenceXmlStream(const ReferenceXmlStream &) = delete;
    ReferenceXmlStream &operator=(const ReferenceXmlStream &) = delete;

    std::function<void(const StreamHeader &)> onStreamOpen;
    std::function<void(std::unique_ptr<Element>)> onStanza;
    std::function<void()> onStreamClose;
    std::function<void(StreamErrorCondition, const QString &text)> onError; // text: English, for logs

    void addData(const QByteArray &data);
    // Forget everything: a new parser for a new stream (limits and callbacks are kept).
    void reset();

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
    bool feedSegment(QByteArrayView segment, const Guard &guard);
    bool readTokens(const Guard &guard);
    bool handleStartElement(const Guard &guard);
    bool handleEndElement(const Guard &guard);
    bool handleText();
    bool checkAttributeLimits();
    bool openStream(const Guard &guard);
    bool fail(StreamErrorCondition condition, const QString &text);
    bool stillCurrent(const Guard &guard) const;

    std::unique_ptr<QXmlStreamReader> m_reader;
    Utf8Validator m_utf8;
    RestrictionScanner m_scanner;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    quint64 m_generation = 0;
    State m_state = State::AwaitingHeader;
    StreamHeader m_header;
    std::unique_ptr<Element> m_stanza;
    std::vector<Element *> m_open; // open elements of the stanza being built, stanza first
    bool m_atBoundary = true;      // between stanzas: white space here is dropped, not parsed
    qsizetype m_pendingBytes = 0;  // bytes of the stanza (or header) being received

    qsizetype m_maxStanzaBytes = 262144;
    int m_maxDepth = 64;
    int m_maxAttributes = 64;
    qsizetype m_maxAttributeValueLength = 16384;
};

} // namespace confab::xml::reference
