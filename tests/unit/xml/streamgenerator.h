#pragma once
// Test helper for tst_xmlstream_differential: deterministic pseudo-random XMPP-like streams (an
// optional BOM and XML declaration, a stream header, keepalives, stanzas with prefixes, namespace
// redeclarations, references, CDATA, non-ASCII names and text, the stream's end and junk after
// it), optionally with one deliberate fault (a comment, an undeclared prefix, a bad reference...)
// and/or a few random byte edits. Everything comes from the std::mt19937 passed in (its output is
// fixed by the standard; no std:: distribution or shuffle is used, their algorithms are not), so a
// seed names the same case with any compiler.
#include <QByteArray>
#include <random>
#include <vector>

namespace confab::xml::test {

struct GeneratedStream
{
    QByteArray bytes;
    int stanzas = 0;    // complete top-level stanzas written
    bool intact = true; // no fault, no byte edit: the reference parses it without error under default limits
    QByteArray damage;  // what was broken, for the report
    qsizetype restartOffset = -1; // where the second header (after a restart) begins
};

class StreamGenerator
{
public:
    enum class Fault {
        None,
        DuplicateAttribute,
        UndeclaredPrefix,
        MismatchedEndTag,
        Comment,
        ProcessingInstruction,
        Doctype,
        UnknownEntity,
        NulCharRef,
        CdataEndInText,
        LtInAttribute,
        AmpInAttribute,
        BadCharRef,
        BadName,
        TextBetweenStanzas,
        WrongRoot,
        ContentNsIsStreamNs,
        OtherEncoding,
        LateXmlDeclaration,
        EmptyPrefixBinding,
        ReservedPrefix,
        ControlCharacter,
        InvalidUtf8,
        UnquotedAttribute,
        NoSpaceBetweenAttributes,
        Truncated,
        AstralName,
        Count
    };

    explicit StreamGenerator(std::mt19937 &rng) : m_rng(rng) {}

    // A stream with `fault` put in at a random place where it can occur (if the stream has such a
    // place). With restartAfter = n >= 0, a new XML declaration and header follow stanza n, as a
    // client sends after STARTTLS.
    GeneratedStream generate(Fault fault, int restartAfter = -1);
    // 1-3 random edits: bytes deleted, inserted, replaced, snippets inserted, a range repeated.
    void editBytes(GeneratedStream &stream);

    quint32 below(quint32 n) { return n == 0 ? 0 : m_rng() % n; }
    bool chance(int percent) { return int(below(100)) < percent; }
    template <typename T, size_t N> const T &pick(const T (&items)[N]) { return items[below(N)]; }

private:
    bool take(Fault fault, int percent = 35);
    void shuffle(std::vector<QByteArray> &items);
    void prolog();
    void header();
    void stanza();
    struct StartTag
    {
        QByteArray name;
        std::vector<QByteArray> attributes; // complete name=value strings
        std::vector<QByteArray> locals;     // attribute local names used
    };
    void element(int depth, int maxDepth);
    StartTag startTag(int depth);
    QByteArray freshLocal(StartTag &tag);
    QByteArray declarePrefix(StartTag &tag);
    QByteArray prefixInScope();
    QByteArray assignment(const QByteArray &rawValue);
    QByteArray generatedAssignment();
    QByteArray elementName();
    QByteArray attributeValue(char quote);
    QByteArray attributeFault();
    QByteArray whitespace();
    void text();
    void textPiece(const QByteArray &piece);
    QByteArray cdata();
    QByteArray textFault();
    void betweenStanzas();
    std::vector<QByteArray> prefixesInScope() const;

    std::mt19937 &m_rng;
    Fault m_fault = Fault::None;
    bool m_faultPlaced = false;
    QByteArray m_out;
    QByteArray m_streamPrefix;
    std::vector<std::vector<QByteArray>> m_scopes; // prefixes declared per open element, header first
    int m_prefixCounter = 0;
};

} // namespace confab::xml::test
