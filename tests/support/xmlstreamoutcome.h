#pragma once
// Test helper shared by tst_xmlstream_differential and fuzz_xmlstream_diff: what a stream parser
// (XmlStream or ReferenceXmlStream, which have the same API) reports for one input delivered in
// given chunks — every callback in order, then its final state and header — recorded the same way
// for both, compared, and printed so that a person can tell the two apart. Error texts are printed
// but not compared: only the condition is part of the contract.
#include "xml/element.h"
#include "xml/streamerror.h"
#include "xml/streamheader.h"

#include <QByteArray>
#include <QString>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <utility>
#include <variant>
#include <vector>

namespace confab::xml::test {

struct StreamLimits
{
    qsizetype maxStanzaBytes = 262144; // the parsers' defaults
    int maxDepth = 64;
    int maxAttributes = 64;
    qsizetype maxAttributeValueLength = 16384;
};

struct StreamChunk
{
    QByteArray bytes;
    bool resetFirst = false; // reset() between the previous chunk and this one
};

struct StreamEvent
{
    enum class Kind { Open, Stanza, Close, Error, Reset, Restart };
    Kind kind = Kind::Open;
    StreamHeader header;                                          // Open
    Element stanza;                                               // Stanza
    StreamErrorCondition condition = StreamErrorCondition::Reset; // Error
    QString text;                                                 // Error, not compared
    int state = 0; // Restart: the stream's state() just before the reset between chunks
};

struct StreamOutcome
{
    std::vector<StreamEvent> events;
    int finalState = 0; // State as a number: both enums list AwaitingHeader, Open, Closed, Failed
    StreamHeader finalHeader;
};

// Feeds `chunks` to a new Stream with `limits`. With resetAfterStanza = n >= 0, onStanza calls
// reset() after the stanza with index n, as a STARTTLS handler does. Stanzas are counted from 0
// again after every reset between chunks: judge() compares each stretch between those alone, so
// a stretch must not inherit the count from earlier ones, where a difference judge() accepts (a
// stream one parser opens and the other refuses) can leave the two counts apart.
template <typename Stream>
StreamOutcome recordOutcome(const std::vector<StreamChunk> &chunks, const StreamLimits &limits,
                            int resetAfterStanza = -1)
{
    StreamOutcome outcome;
    Stream stream;
    stream.setMaxStanzaBytes(limits.maxStanzaBytes);
    stream.setMaxDepth(limits.maxDepth);
    stream.setMaxAttributes(limits.maxAttributes);
    stream.setMaxAttributeValueLength(limits.maxAttributeValueLength);
    int stanzas = 0;
    stream.onStreamOpen = [&](const StreamHeader &h) {
        outcome.events.push_back({StreamEvent::Kind::Open, h, {}, {}, {}});
    };
    stream.onStanza = [&](std::unique_ptr<Element> e) {
        outcome.events.push_back({StreamEvent::Kind::Stanza, {}, std::move(*e), {}, {}});
        if (stanzas++ == resetAfterStanza) {
            stream.reset();
            outcome.events.push_back({StreamEvent::Kind::Reset, {}, {}, {}, {}});
        }
    };
    stream.onStreamClose = [&] { outcome.events.push_back({StreamEvent::Kind::Close, {}, {}, {}, {}}); };
    stream.onError = [&](StreamErrorCondition c, const QString &text) {
        outcome.events.push_back({StreamEvent::Kind::Error, {}, {}, c, text});
    };
    for (const StreamChunk &chunk : chunks) {
        if (chunk.resetFirst) {
            outcome.events.push_back({StreamEvent::Kind::Restart, {}, {}, {}, {}, int(stream.state())});
            stream.reset();
            stanzas = 0;
        }
        stream.addData(chunk.bytes);
    }
    outcome.finalState = int(stream.state());
    outcome.finalHeader = stream.header();
    return outcome;
}

inline bool sameHeader(const StreamHeader &a, const StreamHeader &b)
{
    return a.ns == b.ns && a.from == b.from && a.to == b.to && a.id == b.id && a.version == b.version &&
           a.lang == b.lang && a.prefixes == b.prefixes;
}

inline bool sameEvent(const StreamEvent &a, const StreamEvent &b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case StreamEvent::Kind::Open:
        return sameHeader(a.header, b.header);
    case StreamEvent::Kind::Stanza:
        return a.stanza == b.stanza;
    case StreamEvent::Kind::Error:
        return a.condition == b.condition;
    case StreamEvent::Kind::Close:
    case StreamEvent::Kind::Reset:
    case StreamEvent::Kind::Restart:
        return true;
    }
    return false;
}

// Index of the first event that differs (the shorter list's size when one is a prefix of the
// other), or -1 when the outcomes are the same, final state and header included.
inline qsizetype firstDifference(const StreamOutcome &a, const StreamOutcome &b)
{
    const size_t common = std::min(a.events.size(), b.events.size());
    for (size_t i = 0; i < common; ++i) {
        if (!sameEvent(a.events[i], b.events[i]))
            return qsizetype(i);
    }
    if (a.events.size() != b.events.size() || a.finalState != b.finalState ||
        !sameHeader(a.finalHeader, b.finalHeader))
        return qsizetype(common);
    return -1;
}

// Whether `e` or anything in it has an element or attribute name with a character for which `test`
// (given the UTF-16 unit) is true.
template <typename Test> bool hasNameWith(const Element &e, Test test)
{
    auto check = [&](const QString &name) { return std::any_of(name.begin(), name.end(), test); };
    std::vector<const Element *> stack{&e};
    while (!stack.empty()) {
        const Element *x = stack.back();
        stack.pop_back();
        if (check(x->name()))
            return true;
        for (const Attribute &a : x->attributes()) {
            if (check(a.name))
                return true;
        }
        for (const Element::Child &c : x->children()) {
            if (const auto *child = std::get_if<std::unique_ptr<Element>>(&c))
                stack.push_back(child->get());
        }
    }
    return false;
}

enum class Verdict { Same, Tolerated, Differs };

struct Judgement
{
    Verdict verdict = Verdict::Same;
    QByteArray reason; // for Tolerated: which of the known differences it is
};

// One stretch of a stream's events between two resets between chunks (which both parsers get
// alike), with the state the stream was in at its end.
struct Segment
{
    const StreamEvent *begin;
    const StreamEvent *end;
    int endState;
};

inline std::vector<Segment> segments(const StreamOutcome &o)
{
    std::vector<Segment> out;
    const StreamEvent *const all = o.events.data();
    const StreamEvent *begin = all;
    for (const StreamEvent &e : o.events) {
        if (e.kind == StreamEvent::Kind::Restart) {
            out.push_back({begin, &e, e.state});
            begin = &e + 1;
        }
    }
    out.push_back({begin, all + o.events.size(), o.finalState});
    return out;
}

inline Judgement judgeSegment(const Segment &ours, const Segment &reference)
{
    qsizetype d = 0;
    while (ours.begin + d != ours.end && reference.begin + d != reference.end &&
           sameEvent(ours.begin[d], reference.begin[d]))
        ++d;
    const StreamEvent *o = ours.begin + d != ours.end ? ours.begin + d : nullptr;
    const StreamEvent *r = reference.begin + d != reference.end ? reference.begin + d : nullptr;
    if (!o && !r)
        return ours.endState == reference.endState ? Judgement{} : Judgement{Verdict::Differs, {}};
    auto isError = [](const StreamEvent *e) { return e && e->kind == StreamEvent::Kind::Error; };
    auto waiting = [](const Segment &x) { return x.endState == 0 || x.endState == 1; };
    if (isError(o) && isError(r))
        return {Verdict::Tolerated,
                "both refuse, naming another fault: " + streamErrorConditionName(o->condition).toUtf8() +
                    " / " + streamErrorConditionName(r->condition).toUtf8()};
    if (isError(o) && !r && waiting(reference))
        return {Verdict::Tolerated, "XmlStream refuses before the reference has the rest"};
    if (isError(r) && !o && waiting(ours))
        return {Verdict::Tolerated, "the reference refuses before XmlStream has the rest of the token"};
    const bool stanzaOrOpen = [](const StreamEvent *e) {
        return e && (e->kind == StreamEvent::Kind::Stanza || e->kind == StreamEvent::Kind::Open);
    }(isError(o) ? r : o);
    if (isError(o) && stanzaOrOpen) {
        if (o->text == QLatin1String("']]>' in character data") ||
            o->text == QLatin1String("namespace declared twice") ||
            o->text == QLatin1String("malformed XML declaration") ||
            o->text == QLatin1String("character reference with more than 16 digits"))
            return {Verdict::Tolerated, "XmlStream refuses what XML forbids: " + o->text.toUtf8()};
        const bool nameError = o->text == QLatin1String("invalid element name") ||
                               o->text == QLatin1String("invalid attribute name");
        // The header's names are not kept in the outcome; stanzas (the same code) show that
        // ASCII names are judged alike.
        if (nameError && (r->kind == StreamEvent::Kind::Open ||
                          hasNameWith(r->stanza, [](QChar c) { return c.unicode() >= 0x80; })))
            return {Verdict::Tolerated, "XmlStream refuses a non-ASCII name character XML does not allow"};
    }
    if (isError(r) && stanzaOrOpen && r->text == QLatin1String("Invalid XML name.") &&
        o->kind == StreamEvent::Kind::Stanza &&
        hasNameWith(o->stanza, [](QChar c) { return c.unicode() >= 0x80; }))
        return {Verdict::Tolerated, "XmlStream accepts a non-ASCII name character Qt refuses"};
    if (isError(r) && stanzaOrOpen && r->text == QLatin1String("Unsupported XML version.") &&
        o->kind == StreamEvent::Kind::Open)
        return {Verdict::Tolerated, "XmlStream reads an XML declaration of version 1.x as 1.0"};
    return {Verdict::Differs, {}};
}

// XmlStream (`ours`) against the reference. Where they differ, only these differences are
// accepted, each one understood and checked by hand (docs/testing.md, "The XML parser's oracle"):
// - both refuse the stream at the same event, naming another condition: with several faults in
//   one input, each names the first it sees, and they read in different steps;
// - one refuses while the other, having reported the same events, still waits for the rest of a
//   token: QXmlStreamReader checks a tag byte by byte and text between stanzas at the next '<',
//   XmlStream a tag when its '>' has arrived and such text at its first byte;
// - XmlStream refuses, as XML 1.0 requires, what QXmlStreamReader lets through: "]]>" in character
//   data (§2.4; Qt misses it across reads), a namespace prefix declared twice on one element
//   (§3.1 Unique Att Spec), a non-ASCII name character outside the fifth edition's name
//   characters (§2.3; e.g. U+00B7 first), an XML declaration outside its grammar (§2.8); and, as
//   a limit of its own, a character reference with more than 16 digits (leading zeros);
// - XmlStream accepts non-ASCII names the fifth edition allows and Qt's older table refuses
//   (characters above U+FFFF, U+FEFF, ...); ASCII names must be judged alike. It also reads a
//   document that declares version 1.x as XML 1.0, as the fifth edition says (§2.8); Qt refuses.
// Anything else, in particular a stanza one delivers and the other does not (other than above),
// differs. A reset between chunks starts both afresh: each stretch between two is judged alone.
inline Judgement judge(const StreamOutcome &ours, const StreamOutcome &reference)
{
    if (firstDifference(ours, reference) < 0)
        return {};
    const std::vector<Segment> a = segments(ours);
    const std::vector<Segment> b = segments(reference);
    if (a.size() != b.size())
        return {Verdict::Differs, {}};
    Judgement worst;
    for (size_t i = 0; i < a.size() && worst.verdict != Verdict::Differs; ++i) {
        Judgement j = judgeSegment(a[i], b[i]);
        if (j.verdict > worst.verdict)
            worst = std::move(j);
    }
    if (worst.verdict == Verdict::Same && !sameHeader(ours.finalHeader, reference.finalHeader))
        worst = {Verdict::Differs, {}};
    return worst;
}

// `bytes` as the body of a C string literal: printable ASCII as is, everything else escaped, and
// a hex escape never followed by a hex digit (which C would take as part of it). With keepUtf8,
// bytes >= 0x80 are left alone, for values that are known to be valid UTF-8 and read better so.
inline QByteArray cEscaped(QByteArrayView bytes, bool keepUtf8 = false)
{
    QByteArray out;
    bool afterHex = false;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        const bool hexDigit = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (afterHex && hexDigit)
            out += "\"\"";
        afterHex = false;
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '"':
            out += "\\\"";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if ((c >= 0x20 && c < 0x7f) || (c >= 0x80 && keepUtf8)) {
                out += char(c);
            } else {
                char hex[5];
                std::snprintf(hex, sizeof hex, "\\x%02X", c);
                out += hex;
                afterHex = true;
            }
        }
    }
    return out;
}

inline QByteArray quoted(const QString &s)
{
    return '"' + cEscaped(s.toUtf8(), true) + '"';
}

// One line per element: {ns}name @{ns}attr="value" ... [ children ]. Recursion is bounded by the
// parsers' depth limit.
inline QByteArray describeElement(const Element &e)
{
    QByteArray out = '{' + e.ns().toUtf8() + '}' + e.name().toUtf8();
    for (const Attribute &a : e.attributes())
        out += " @{" + a.ns.toUtf8() + '}' + a.name.toUtf8() + '=' + quoted(a.value);
    if (e.children().empty())
        return out;
    out += " [";
    for (const Element::Child &child : e.children()) {
        if (const auto *element = std::get_if<std::unique_ptr<Element>>(&child))
            out += ' ' + describeElement(**element);
        else
            out += ' ' + quoted(std::get<QString>(child));
    }
    return out + " ]";
}

inline QByteArray describeHeader(const StreamHeader &h)
{
    QByteArray out = "ns=" + quoted(h.ns) + " from=" + quoted(h.from) + " to=" + quoted(h.to) +
                     " id=" + quoted(h.id) + " version=" + quoted(h.version) + " lang=" + quoted(h.lang) +
                     " prefixes=[";
    for (const auto &[prefix, uri] : h.prefixes)
        out += ' ' + prefix.toUtf8() + '=' + quoted(uri);
    return out + " ]";
}

inline QByteArray describeEvent(const StreamEvent &e)
{
    switch (e.kind) {
    case StreamEvent::Kind::Open:
        return "open " + describeHeader(e.header);
    case StreamEvent::Kind::Stanza:
        return "stanza " + describeElement(e.stanza);
    case StreamEvent::Kind::Close:
        return "close";
    case StreamEvent::Kind::Reset:
        return "reset() called from onStanza";
    case StreamEvent::Kind::Restart:
        return "reset() between chunks";
    case StreamEvent::Kind::Error:
        return "error " + streamErrorConditionName(e.condition).toUtf8() + " (" + e.text.toUtf8() + ')';
    }
    return {};
}

// The outcome, one event a line, each line starting with `indent`; the event at `mark` (from
// firstDifference) is flagged.
inline QByteArray describeOutcome(const StreamOutcome &o, qsizetype mark = -1, const char *indent = "    ")
{
    static const char *const states[] = {"AwaitingHeader", "Open", "Closed", "Failed"};
    QByteArray out;
    for (size_t i = 0; i < o.events.size(); ++i) {
        out += indent + QByteArray::number(qulonglong(i)) + (qsizetype(i) == mark ? " >> " : ": ") +
               describeEvent(o.events[i]) + '\n';
    }
    if (qsizetype(o.events.size()) == mark)
        out += QByteArray(indent) + ">> (no more events)\n";
    const char *state = o.finalState >= 0 && o.finalState < 4 ? states[o.finalState] : "?";
    out += QByteArray(indent) + "state " + state + ", header() " + describeHeader(o.finalHeader) + '\n';
    return out;
}

inline QByteArray describeLimits(const StreamLimits &l)
{
    return "maxStanzaBytes " + QByteArray::number(l.maxStanzaBytes) + ", maxDepth " +
           QByteArray::number(l.maxDepth) + ", maxAttributes " + QByteArray::number(l.maxAttributes) +
           ", maxAttributeValueLength " + QByteArray::number(l.maxAttributeValueLength);
}

// Chunk boundaries as offsets into the concatenated input, e.g. "whole", "at 17 41 (reset) 60".
inline QByteArray describeChunks(const std::vector<StreamChunk> &chunks)
{
    if (chunks.size() <= 1 && (chunks.empty() || !chunks.front().resetFirst))
        return "whole";
    if (std::all_of(chunks.begin(), chunks.end(),
                    [](const StreamChunk &c) { return c.bytes.size() == 1 && !c.resetFirst; }))
        return "one byte at a time";
    QByteArray out = "split at";
    qsizetype offset = 0;
    for (size_t i = 0; i < chunks.size(); ++i) {
        if (i > 0 || chunks[i].resetFirst)
            out += ' ' + QByteArray::number(offset) + (chunks[i].resetFirst ? "(reset first)" : "");
        offset += chunks[i].bytes.size();
    }
    return out;
}

} // namespace confab::xml::test
