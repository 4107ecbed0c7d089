#include "streamgenerator.h"

#include <algorithm>

namespace confab::xml::test {

namespace {

const char *const faultNames[] = {"none",
                                  "duplicate attribute",
                                  "undeclared prefix",
                                  "mismatched end tag",
                                  "comment",
                                  "processing instruction",
                                  "DOCTYPE",
                                  "unknown entity",
                                  "&#0;",
                                  "]]> in text",
                                  "< in an attribute value",
                                  "bare & in an attribute value",
                                  "bad character reference",
                                  "bad name",
                                  "text between stanzas",
                                  "wrong root element",
                                  "content namespace is the stream namespace",
                                  "other encoding",
                                  "XML declaration after the start",
                                  "empty prefix binding",
                                  "reserved prefix or namespace",
                                  "control character",
                                  "invalid UTF-8",
                                  "unquoted attribute value",
                                  "no space between attributes",
                                  "truncated",
                                  "name above U+FFFF (well-formed; QXmlStreamReader refuses it)"};
static_assert(std::size(faultNames) == size_t(StreamGenerator::Fault::Count));

const QByteArray streamsNs = "http://etherx.jabber.org/streams";

// Names the parsers must accept: ASCII, 2-, 3- and 4-byte UTF-8, and name characters that may
// not start a name (digits, '-', '.', U+00B7) in the middle.
const char *const names[] = {"a",
                             "b",
                             "x",
                             "item",
                             "field",
                             "value",
                             "query",
                             "data-x",
                             "q.r",
                             "_u",
                             "n1",
                             "Camel",
                             "x-y_z.0",
                             "body",
                             "thread",
                             "status",
                             "show",
                             "error",
                             "delay",
                             "\xC3\xA9",
                             "caf\xC3\xA9",
                             "\xE4\xB8\xAD",
                             "\xE4\xB8\xAD\xE6\x96\x87",
                             "na\xC3\xAFve",
                             "\xCE\xB1\xCE\xB2",
                             "\xD0\xB6",
                             "x\xC2\xB7y"};
// Well-formed, but QXmlStreamReader refuses name characters above U+FFFF ("Invalid XML name").
const char *const astralNames[] = {"\xF0\x90\x80\x80", "x\xF3\xA0\x80\x80", "\xF0\xA0\x80\x80y"};
const char *const stanzaNames[] = {"message", "presence", "iq"};
const char *const attributeNames[] = {"to",   "from",      "id",           "type", "var", "label", "node",
                                      "ver",  "jid",       "name",         "a",    "b",   "c",     "data-1",
                                      "_x.y", "z\xC3\xA9", "\xE5\x80\xBC", "Q"};
const char *const prefixNames[] = {"p", "q", "ns", "x", "db2", "\xC3\xA9p"};
const char *const uris[] = {"urn:example:a",
                            "urn:xmpp:delay",
                            "http://jabber.org/protocol/disco#info",
                            "jabber:x:data",
                            "urn:ietf:params:xml:ns:xmpp-stanzas",
                            "urn:caf\xC3\xA9",
                            "urn:a&amp;b",
                            "jabber:client",
                            "jabber:server"};
const char *const badNames[] = {"1a", "-x", ".y", "a$b", "a!b", "\xC2\xB7y", "a\xC3\x97z", "#x"};
const char *const words[] = {"hello",
                             "Art thou not Romeo",
                             "x",
                             "1.0",
                             "juliet@example.com/balcony",
                             "chat",
                             "a b",
                             " ",
                             "  ",
                             "?",
                             "=",
                             "/",
                             "-",
                             "--",
                             ";"};
const char *const entities[] = {"&lt;", "&gt;", "&amp;", "&quot;", "&apos;"};
const char *const charRefs[] = {"&#65;",  "&#x263A;", "&#x1F600;", "&#9;",    "&#10;",
                                "&#13;",  "&#x41;",   "&#0065;",   "&#xe9;",  "&#x10FFFF;",
                                "&#x20;", "&#xD7FF;", "&#xE000;",  "&#xFFFD;"};
const char *const utf8[] = {"\xC3\xA9",         "\xE2\x82\xAC", "\xE4\xB8\xAD",
                            "\xF0\x9F\x98\x80", "\xC2\xA0",     "\xEF\xBB\xBF"};
const char *const badRefs[] = {"&#xD800;", "&#xFFFE;", "&#x110000;", "&#;",    "&#x;",          "&#65",
                               "&#-1;",    "&#xFFFF;", "&#1;",       "&#x1F;", "&#99999999999;"};
const char *const unknownEntities[] = {"&foo;", "&nbsp;", "&lt", "&amp", "&ltx;", "&a:b;", "&\xC3\xA9;"};
const char *const badUtf8[] = {"\xC3", "\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                               "\xFF", "\x80",     "\xE4\xB8",     "\xF0\x9F\x98"};
const char *const keepalives[] = {" ", "\n", "\r\n", "\t", "  \n "};
const char *const junk[] = {"<message/>", "garbage", "\xFF\xFE", "<", "</stream:stream>", "&foo;", "\x01"};
const char interestingBytes[] = {'<', '>', '&', ';', '\'', '"',  '/',  '!',    '?',    ']',    '[', '-',
                                 ':', '=', 'x', '#', '\r', '\t', '\0', '\x80', '\xC3', '\xFF', ' '};
const char *const snippets[] = {
    "<!--",      "-->", "<?x?>", "<!DOCTYPE a>", "&foo;",        "&#0;", "]]>",  "<",      "&",
    "<![CDATA[", "</",  "/>",    " xmlns:p='u'", "\xEF\xBB\xBF", "<a>",  "</a>", " a='1'", "xmlns=''"};

QByteArray controlCharacter(quint32 r)
{
    static const char controls[] = {'\x01', '\x08', '\x0B', '\x0C', '\x1F', '\0'};
    return QByteArray(1, controls[r % sizeof controls]);
}

} // namespace

// Fisher-Yates with below(): std::shuffle's algorithm differs between standard libraries, and a
// seed should name the same case everywhere.
void StreamGenerator::shuffle(std::vector<QByteArray> &items)
{
    for (size_t i = items.size(); i > 1; --i)
        std::swap(items[i - 1], items[below(quint32(i))]);
}

bool StreamGenerator::take(Fault fault, int percent)
{
    if (m_fault != fault || m_faultPlaced || !chance(percent))
        return false;
    m_faultPlaced = true;
    return true;
}

GeneratedStream StreamGenerator::generate(Fault fault, int restartAfter)
{
    m_fault = fault;
    m_faultPlaced = false;
    m_out.clear();
    GeneratedStream result;
    prolog();
    const int stanzas = chance(10) ? int(below(15)) : int(below(6));
    for (int i = 0; i < stanzas; ++i) {
        betweenStanzas();
        stanza();
        ++result.stanzas;
        if (i == restartAfter) {
            result.restartOffset = m_out.size();
            prolog();
        }
    }
    betweenStanzas();
    if (chance(45)) {
        m_out += "</" + m_streamPrefix + ":stream" + (chance(10) ? whitespace() : QByteArray()) + '>';
        if (chance(30))
            m_out += chance(50) ? QByteArray(pick(junk)) : QByteArray(1, pick(interestingBytes));
    }
    if (fault == Fault::Truncated && !m_out.isEmpty()) {
        m_out.truncate(below(quint32(m_out.size())));
        m_faultPlaced = true;
    }
    result.bytes = m_out;
    if (fault != Fault::None) {
        result.intact = false;
        result.damage =
            QByteArray("fault: ") + faultNames[int(fault)] + (m_faultPlaced ? "" : " (no place for it)");
    }
    return result;
}

void StreamGenerator::editBytes(GeneratedStream &stream)
{
    QByteArray &b = stream.bytes;
    QByteArray log = "edits:";
    for (int n = 1 + int(below(3)); n > 0; --n) {
        const auto at = qsizetype(below(quint32(b.size() + 1)));
        switch (below(5)) {
        case 0:
            if (at < b.size()) {
                log += " delete@" + QByteArray::number(at);
                b.remove(at, 1);
            }
            break;
        case 1: {
            const char c = pick(interestingBytes);
            log += " insert@" + QByteArray::number(at) + '=' + QByteArray::number(uchar(c), 16);
            b.insert(at, c);
            break;
        }
        case 2:
            if (at < b.size()) {
                const char c = pick(interestingBytes);
                log += " replace@" + QByteArray::number(at) + '=' + QByteArray::number(uchar(c), 16);
                b[at] = c;
            }
            break;
        case 3: {
            const QByteArray s = pick(snippets);
            log += " snippet@" + QByteArray::number(at) + '=' + s.toPercentEncoding();
            b.insert(at, s);
            break;
        }
        default: {
            const auto from = qsizetype(below(quint32(b.size() + 1)));
            const QByteArray range = b.mid(from, 1 + below(20));
            log += " repeat@" + QByteArray::number(at) + '=' + QByteArray::number(from) + '+' +
                   QByteArray::number(range.size());
            b.insert(at, range);
            break;
        }
        }
    }
    stream.intact = false;
    stream.damage += (stream.damage.isEmpty() ? "" : "; ") + log;
    stream.restartOffset = -1; // the offset has moved
}

void StreamGenerator::prolog()
{
    if (chance(10))
        m_out += "\xEF\xBB\xBF";
    else if (chance(5))
        m_out += whitespace();
    if (chance(60) || m_fault == Fault::OtherEncoding) {
        const char q = chance(50) ? '\'' : '"';
        m_out += QByteArray("<?xml version=") + q + "1.0" + q;
        if (take(Fault::OtherEncoding, 100))
            m_out += QByteArray(" encoding=") + q + (chance(50) ? "ISO-8859-1" : "UTF-16") + q;
        else if (chance(50))
            m_out += QByteArray(" encoding=") + q + (chance(70) ? "UTF-8" : "utf-8") + q;
        if (chance(10))
            m_out += QByteArray(" standalone=") + q + "yes" + q;
        m_out += chance(20) ? " ?>" : "?>";
    }
    if (take(Fault::Doctype, 50))
        m_out += "<!DOCTYPE stream:stream>";
    if (chance(30))
        m_out += whitespace();
    header();
}

void StreamGenerator::header()
{
    static const char *const streamPrefixes[] = {"s", "str", "stream2"};
    m_streamPrefix = chance(85) ? QByteArray("stream") : QByteArray(pick(streamPrefixes));
    const bool server = chance(40);
    std::vector<QByteArray> attributes; // complete name=value strings
    auto add = [&](const QByteArray &name, const QByteArray &value) {
        attributes.push_back(name + assignment(value));
    };
    auto addGenerated = [&](const QByteArray &name) { attributes.push_back(name + generatedAssignment()); };
    std::vector<QByteArray> declared{m_streamPrefix};
    if (take(Fault::ContentNsIsStreamNs, 100))
        add("xmlns", streamsNs);
    else if (chance(95))
        add("xmlns", server ? "jabber:server" : "jabber:client");
    add("xmlns:" + m_streamPrefix, take(Fault::WrongRoot, 50) ? streamsNs + 'z' : streamsNs);
    if (server && chance(60)) {
        add("xmlns:db", "jabber:server:dialback");
        declared.push_back("db");
    }
    if (chance(30)) {
        const QByteArray p = pick(prefixNames);
        add("xmlns:" + p, pick(uris));
        declared.push_back(p);
    }
    static const char *const domains[] = {"im.example.com", "example.net", "juliet@example.com/balcony",
                                          "caf\xC3\xA9.example", "a&amp;b.example"};
    static const char *const versions[] = {"1.0", "0.9", "1.1", "2.0", ""};
    static const char *const langs[] = {"en", "de-CH", "fr", "", "zh-Hans"};
    if (chance(70))
        add("from", pick(domains));
    if (chance(70))
        add("to", pick(domains));
    if (chance(15))
        addGenerated("id");
    else if (chance(50))
        add("id", "++TR84Sm6A3hnt3Q065SnAbbk3Y=");
    if (chance(80))
        add("version", pick(versions));
    if (chance(50))
        add("xml:lang", pick(langs));
    if (chance(10))
        addGenerated("extra");
    shuffle(attributes);
    m_out += '<' + m_streamPrefix + ':' + (take(Fault::WrongRoot, 100) ? "strea" : "stream");
    for (const QByteArray &a : attributes)
        m_out += whitespace() + a;
    m_out += chance(15) ? whitespace() + '>' : QByteArray(">");
    m_scopes.assign(1, declared);
}

void StreamGenerator::betweenStanzas()
{
    if (chance(40))
        m_out += pick(keepalives);
    if (take(Fault::Comment, 20))
        m_out += "<!-- keepalive -->";
    if (take(Fault::ProcessingInstruction, 20))
        m_out += "<?ping?>";
    if (take(Fault::TextBetweenStanzas, 30))
        m_out += chance(50) ? "hello" : "&amp;";
    if (take(Fault::LateXmlDeclaration, 20))
        m_out += "<?xml version='1.0'?>";
    if (take(Fault::Doctype, 20))
        m_out += "<!DOCTYPE x>";
    if (take(Fault::UnknownEntity, 10))
        m_out += pick(unknownEntities);
}

void StreamGenerator::stanza()
{
    element(1, 1 + int(below(5)));
}

std::vector<QByteArray> StreamGenerator::prefixesInScope() const
{
    std::vector<QByteArray> all;
    for (const auto &scope : m_scopes)
        for (const QByteArray &p : scope)
            if (std::find(all.begin(), all.end(), p) == all.end())
                all.push_back(p);
    return all;
}

QByteArray StreamGenerator::elementName()
{
    if (take(Fault::BadName, 15))
        return pick(badNames);
    if (take(Fault::AstralName, 30))
        return pick(astralNames);
    return chance(90) ? QByteArray(pick(names)) : QByteArray(pick(names)) + pick(names);
}

QByteArray StreamGenerator::whitespace()
{
    static const char *const spaces[] = {" ", " ", " ", " ", "\n", "\t", "  ", "\r\n", "\r"};
    return pick(spaces);
}

QByteArray StreamGenerator::assignment(const QByteArray &rawValue)
{
    const char q = chance(50) ? '\'' : '"';
    return (chance(10) ? QByteArray(" = ") : QByteArray("=")) + q + rawValue + q;
}

QByteArray StreamGenerator::generatedAssignment()
{
    const char q = chance(50) ? '\'' : '"';
    return (chance(10) ? QByteArray(" = ") : QByteArray("=")) + q + attributeValue(q) + q;
}

// An attribute name not yet used on `tag` (empty if none was found quickly): unique local names
// keep namespaced duplicates out of intact streams.
QByteArray StreamGenerator::freshLocal(StartTag &tag)
{
    for (int tries = 0; tries < 8; ++tries) {
        const QByteArray n = pick(attributeNames);
        if (std::find(tag.locals.begin(), tag.locals.end(), n) == tag.locals.end()) {
            tag.locals.push_back(n);
            return n;
        }
    }
    return {};
}

// A prefix declared on `tag` (empty if the one picked is declared there already).
QByteArray StreamGenerator::declarePrefix(StartTag &tag)
{
    const QByteArray p = pick(prefixNames) + QByteArray::number(m_prefixCounter++ % 3);
    std::vector<QByteArray> &scope = m_scopes.back();
    if (std::find(scope.begin(), scope.end(), p) != scope.end())
        return {};
    scope.push_back(p);
    tag.attributes.push_back("xmlns:" + p + assignment(pick(uris)));
    return p;
}

QByteArray StreamGenerator::prefixInScope()
{
    const std::vector<QByteArray> inScope = prefixesInScope();
    return inScope.empty() ? QByteArray() : inScope[below(quint32(inScope.size()))];
}

// The name, unprefixed or with a prefix declared here, on an ancestor or the header, and the
// attributes: namespace declarations, xml:lang, plain and prefixed ones, in random order.
StreamGenerator::StartTag StreamGenerator::startTag(int depth)
{
    StartTag tag;
    tag.name = depth == 1 && chance(70) ? QByteArray(pick(stanzaNames)) : elementName();
    if (take(Fault::UndeclaredPrefix, 15)) {
        tag.name = "zz:" + tag.name;
    } else if (chance(15)) {
        const QByteArray p = declarePrefix(tag);
        if (!p.isEmpty())
            tag.name = p + ':' + tag.name;
    } else if (chance(15)) {
        const QByteArray p = prefixInScope();
        if (!p.isEmpty())
            tag.name = p + ':' + tag.name;
    }
    if (chance(depth == 1 ? 5 : 20))
        tag.attributes.push_back("xmlns" + assignment(chance(10) ? QByteArray() : QByteArray(pick(uris))));
    if (chance(10))
        tag.attributes.push_back("xml:lang" + assignment(chance(50) ? "en" : "de-CH"));
    for (int plain = chance(5) ? 4 + int(below(8)) : int(below(4)); plain > 0; --plain) {
        const QByteArray local = freshLocal(tag);
        if (!local.isEmpty())
            tag.attributes.push_back(local + generatedAssignment());
    }
    if (chance(15)) {
        const QByteArray local = freshLocal(tag);
        QByteArray p = chance(30) ? declarePrefix(tag) : QByteArray();
        if (p.isEmpty())
            p = prefixInScope();
        if (!p.isEmpty() && !local.isEmpty())
            tag.attributes.push_back(p + ':' + local + generatedAssignment());
    }
    const QByteArray fault = attributeFault();
    if (!fault.isEmpty())
        tag.attributes.push_back(fault);
    if (take(Fault::DuplicateAttribute, 40) && !tag.attributes.empty())
        tag.attributes.push_back(tag.attributes[below(quint32(tag.attributes.size()))]);
    shuffle(tag.attributes);
    return tag;
}

void StreamGenerator::element(int depth, int maxDepth)
{
    m_scopes.emplace_back();
    StartTag tag = startTag(depth);
    m_out += '<' + tag.name;
    const bool glued = take(Fault::NoSpaceBetweenAttributes, 40) && tag.attributes.size() >= 2;
    for (size_t i = 0; i < tag.attributes.size(); ++i)
        m_out += (glued && i == 1 ? QByteArray() : whitespace()) + tag.attributes[i];
    if (depth >= maxDepth || chance(30)) {
        m_out += chance(50) ? " />" : "/>";
        m_scopes.pop_back();
        return;
    }
    m_out += chance(15) ? whitespace() + '>' : QByteArray(">");
    for (int items = int(below(depth == 1 ? 5 : 3)); items > 0; --items) {
        if (chance(40))
            element(depth + 1, maxDepth);
        else
            text();
    }
    if (take(Fault::MismatchedEndTag, 30))
        tag.name = chance(50) ? tag.name + 'x' : QByteArray(pick(stanzaNames));
    m_out += "</" + tag.name + (chance(15) ? whitespace() : QByteArray()) + '>';
    m_scopes.pop_back();
}

QByteArray StreamGenerator::attributeFault()
{
    if (take(Fault::UndeclaredPrefix, 15))
        return "zz:a='1'";
    if (take(Fault::UnquotedAttribute, 20))
        return "u=1";
    if (take(Fault::EmptyPrefixBinding, 20))
        return "xmlns:p=''";
    if (take(Fault::ReservedPrefix, 20)) {
        static const char *const reserved[] = {"xmlns:xml='urn:not-xml'",
                                               "xmlns:xmlns='urn:x'",
                                               "xmlns:p='http://www.w3.org/2000/xmlns/'",
                                               "xmlns='http://www.w3.org/XML/1998/namespace'",
                                               "xmlns:xml='http://www.w3.org/XML/1998/namespace'",
                                               "xmlns:p='http://www.w3.org/XML/1998/namespace'",
                                               "xml:x='1'",
                                               "xmlns:='x'"};
        return pick(reserved);
    }
    if (take(Fault::BadName, 15))
        return pick(badNames) + QByteArray("='x'");
    if (take(Fault::AstralName, 15))
        return pick(astralNames) + QByteArray("='x'");
    return {};
}

QByteArray StreamGenerator::attributeValue(char quote)
{
    QByteArray v;
    for (int pieces = chance(10) ? 0 : 1 + int(below(6)); pieces > 0; --pieces) {
        switch (below(12)) {
        case 0:
        case 1:
            v += pick(words);
            break;
        case 2:
            v += pick(entities);
            break;
        case 3:
            v += pick(charRefs);
            break;
        case 4: {
            static const char *const breaks[] = {"\t", "\n", "\r", "\r\n", "\r\r\n"};
            v += pick(breaks);
            break;
        }
        case 5:
            v += chance(50) ? ">" : "]]>";
            break;
        case 6:
            v += quote == '\'' ? '"' : '\'';
            break;
        case 7:
        case 8:
            v += pick(utf8);
            break;
        case 9:
            if (chance(30))
                v += QByteArray("abc").repeated(10 + below(50));
            break;
        default:
            if (take(Fault::LtInAttribute))
                v += "<";
            else if (take(Fault::AmpInAttribute))
                v += chance(50) ? "& " : "&";
            else if (take(Fault::UnknownEntity, 15))
                v += pick(unknownEntities);
            else if (take(Fault::BadCharRef, 20))
                v += pick(badRefs);
            else if (take(Fault::NulCharRef, 20))
                v += "&#0;";
            else if (take(Fault::ControlCharacter, 15))
                v += controlCharacter(m_rng());
            else if (take(Fault::InvalidUtf8, 15))
                v += pick(badUtf8);
            else
                v += "x";
        }
    }
    return v;
}

// Appends `piece` to character data, keeping "]]>" out of it: a '>' right after "]]" gets a
// letter in between (CDATA sections start with '<', so they never need one).
void StreamGenerator::textPiece(const QByteArray &piece)
{
    if ((m_out.endsWith("]]") && piece.startsWith('>')) || (m_out.endsWith(']') && piece.startsWith("]>")))
        m_out += 'y';
    m_out += piece;
}

void StreamGenerator::text()
{
    for (int pieces = 1 + int(below(4)); pieces > 0; --pieces) {
        switch (below(14)) {
        case 0:
        case 1:
        case 2:
            textPiece(pick(words));
            break;
        case 3:
            textPiece(pick(entities));
            break;
        case 4:
            textPiece(pick(charRefs));
            break;
        case 5: {
            static const char *const breaks[] = {"\r", "\r\n", "\n", "\t", " ", "\r\r\n", "\n\r"};
            textPiece(pick(breaks));
            break;
        }
        case 6: {
            static const char *const brackets[] = {">", "]]x", "]>", "]", "]]", "'", "\""};
            textPiece(pick(brackets));
            break;
        }
        case 7:
        case 8:
            textPiece(pick(utf8));
            break;
        case 9:
            textPiece(cdata());
            break;
        case 10:
            if (chance(20))
                textPiece(QByteArray("lorem ipsum ").repeated(20 + below(200)));
            break;
        default:
            textPiece(textFault());
        }
    }
}

QByteArray StreamGenerator::cdata()
{
    static const char *const parts[] = {"<",         "&",  "]]",   "]",    ">",        "<b>",
                                        "&amp;",     "x",  "\r\n", "\r",   "\xC3\xA9", "\xF0\x9F\x98\x80",
                                        "<![CDATA[", "]>", "--",   "<?x?>"};
    QByteArray content;
    for (int n = int(below(5)); n > 0; --n)
        content += pick(parts);
    content.replace("]]>", "]] >");
    return "<![CDATA[" + content + "]]>";
}

QByteArray StreamGenerator::textFault()
{
    if (take(Fault::Comment, 15))
        return chance(50) ? "<!-- note -->" : "<!--";
    if (take(Fault::ProcessingInstruction, 15))
        return chance(50) ? "<?php echo 1; ?>" : "<?xml-stylesheet href='a'?>";
    if (take(Fault::LateXmlDeclaration, 15))
        return "<?xml version='1.0'?>";
    if (take(Fault::UnknownEntity, 15))
        return pick(unknownEntities);
    if (take(Fault::NulCharRef, 20))
        return "&#0;";
    if (take(Fault::CdataEndInText, 25))
        return "]]>";
    if (take(Fault::BadCharRef, 20))
        return pick(badRefs);
    if (take(Fault::ControlCharacter, 15))
        return controlCharacter(m_rng());
    if (take(Fault::InvalidUtf8, 15))
        return pick(badUtf8);
    if (take(Fault::Doctype, 15))
        return "<!DOCTYPE x>";
    return "z";
}

} // namespace confab::xml::test
