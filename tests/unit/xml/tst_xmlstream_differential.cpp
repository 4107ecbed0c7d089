// XmlStream against ReferenceXmlStream (the QXmlStreamReader-based parser it replaced): thousands
// of generated streams, many broken on purpose, fed to both in the same chunks with the same limits.
// Every header, stanza, stream close, error condition, restart, and the final state and header must
// agree. Each mismatch is printed with the input as a C string, the chunking, the limits and both
// outcomes; the test fails at the end with their count.
//
// Environment: CONFAB_XMLDIFF_CASES=n runs n cases instead of the default; CONFAB_XMLDIFF_CASE=i
// runs only case i and prints it whether or not the parsers agree.
#include "referencexmlstream.h"
#include "streamgenerator.h"
#include "xml/xmlstream.h"
#include "xmlstreamoutcome.h"

#include <QElapsedTimer>
#include <QTest>
#include <algorithm>
#include <map>

using namespace confab::xml;
using namespace confab::xml::test;
using confab::xml::reference::ReferenceXmlStream;

namespace {

constexpr int DefaultCases = 20000;
constexpr quint32 BaseSeed = 0x5EED0000;
constexpr int MaxPrinted = 20;

struct Case
{
    quint32 seed = 0;
    GeneratedStream stream;
    StreamLimits limits;
    std::vector<StreamChunk> chunks;
    int resetAfterStanza = -1;
};

StreamLimits randomLimits(StreamGenerator &g)
{
    StreamLimits limits;
    if (!g.chance(35))
        return limits;
    if (g.chance(50))
        limits.maxStanzaBytes = 200 + g.below(3801);
    if (g.chance(50))
        limits.maxDepth = 2 + int(g.below(7));
    if (g.chance(50))
        limits.maxAttributes = 2 + int(g.below(9));
    if (g.chance(50))
        limits.maxAttributeValueLength = 5 + g.below(96);
    return limits;
}

// Offsets where a new chunk starts: none (one chunk), random ones, every byte, or next to the bytes
// where a tokenizer changes state (markup, references, line ends, multi-byte sequences).
std::vector<qsizetype> randomCuts(StreamGenerator &g, const QByteArray &bytes)
{
    std::vector<qsizetype> cuts;
    const auto size = quint32(bytes.size());
    const quint32 mode = g.below(100);
    if (mode < 25 || size < 2)
        return cuts;
    if (mode < 60) {
        for (int n = 1 + int(g.below(8)); n > 0; --n)
            cuts.push_back(1 + g.below(size - 1));
    } else if (mode < 70) {
        for (qsizetype i = 1; i < bytes.size(); ++i)
            cuts.push_back(i);
    } else {
        for (qsizetype i = 1; i < bytes.size(); ++i) {
            const auto c = static_cast<unsigned char>(bytes[i]);
            const bool special = c == '<' || c == '>' || c == '&' || c == ';' || c == ']' || c == '\r' ||
                                 c == '\'' || c == '"' || c >= 0x80;
            if (special && g.chance(30))
                cuts.push_back(g.chance(50) ? i : std::min(i + 1, bytes.size() - 1));
        }
    }
    return cuts;
}

std::vector<StreamChunk> chunksAt(const QByteArray &bytes, std::vector<qsizetype> cuts)
{
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::vector<StreamChunk> chunks;
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        if (cut > from && cut < bytes.size()) {
            chunks.push_back({bytes.mid(from, cut - from), false});
            from = cut;
        }
    }
    chunks.push_back({bytes.mid(from), false});
    return chunks;
}

Case makeCase(quint32 seed)
{
    std::mt19937 rng(seed);
    StreamGenerator g(rng);
    Case c;
    c.seed = seed;
    using Fault = StreamGenerator::Fault;
    // 45% intact, 30% with a fault, 15% with byte edits, 10% with both.
    const quint32 kind = g.below(100);
    const bool withFault = (kind >= 45 && kind < 75) || kind >= 90;
    const Fault fault = withFault ? Fault(1 + g.below(quint32(Fault::Count) - 1)) : Fault::None;
    const bool edit = kind >= 75;
    c.resetAfterStanza = g.chance(6) ? int(g.below(3)) : -1;
    c.stream = g.generate(fault, c.resetAfterStanza);
    if (edit)
        g.editBytes(c.stream);
    c.limits = randomLimits(g);
    std::vector<qsizetype> cuts = randomCuts(g, c.stream.bytes);
    // Mostly cut where the client's new header starts, as STARTTLS delivers it.
    if (c.stream.restartOffset >= 0 && g.chance(70))
        cuts.push_back(c.stream.restartOffset);
    c.chunks = chunksAt(c.stream.bytes, cuts);
    return c;
}

QByteArray describeCase(int index, const Case &c, const StreamOutcome &actual, const StreamOutcome &expected,
                        qsizetype difference)
{
    QByteArray out = "case " + QByteArray::number(index) + " (seed 0x" + QByteArray::number(c.seed, 16) +
                     ")" + (c.stream.damage.isEmpty() ? QByteArray() : ", " + c.stream.damage) + '\n';
    out += "  input (" + QByteArray::number(c.stream.bytes.size()) + " bytes): \"" +
           cEscaped(c.stream.bytes) + "\"\n";
    out += "  chunks: " + describeChunks(c.chunks) + '\n';
    out += "  limits: " + describeLimits(c.limits) + '\n';
    if (c.resetAfterStanza >= 0)
        out += "  onStanza calls reset() after stanza " + QByteArray::number(c.resetAfterStanza) + '\n';
    out += "  XmlStream:\n" + describeOutcome(actual, difference);
    out += "  ReferenceXmlStream:\n" + describeOutcome(expected, difference);
    return out;
}

// What the reference made of the cases. An intact stream under default limits must open once and
// deliver every stanza it was generated with, without an error, or the cases do not test what they
// are meant to.
struct Tally
{
    int cases = 0;
    qsizetype bytes = 0;
    qsizetype stanzas = 0;
    int badGenerations = 0;
    std::map<QString, int> errors; // by condition

    bool add(const Case &c, const StreamOutcome &expected)
    {
        int opens = 0;
        int delivered = 0;
        bool failed = false;
        for (const StreamEvent &e : expected.events) {
            opens += e.kind == StreamEvent::Kind::Open ? 1 : 0;
            delivered += e.kind == StreamEvent::Kind::Stanza ? 1 : 0;
            if (e.kind == StreamEvent::Kind::Error) {
                failed = true;
                ++errors[streamErrorConditionName(e.condition)];
            }
        }
        ++cases;
        bytes += c.stream.bytes.size();
        stanzas += delivered;
        const StreamLimits defaults;
        const bool plain =
            c.stream.intact && c.resetAfterStanza < 0 && c.limits.maxStanzaBytes == defaults.maxStanzaBytes &&
            c.limits.maxDepth == defaults.maxDepth && c.limits.maxAttributes == defaults.maxAttributes &&
            c.limits.maxAttributeValueLength == defaults.maxAttributeValueLength;
        if (plain && (failed || opens != 1 || delivered != c.stream.stanzas)) {
            ++badGenerations;
            return false;
        }
        return true;
    }

    QByteArray summary(qint64 ms) const
    {
        QByteArray out = QByteArray::number(cases) + " cases, " + QByteArray::number(bytes) + " bytes, " +
                         QByteArray::number(stanzas) + " stanzas, " + QByteArray::number(ms) +
                         " ms; reference errors:";
        for (const auto &[condition, count] : errors)
            out += ' ' + condition.toUtf8() + '=' + QByteArray::number(count);
        return out;
    }
};

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

} // namespace

class TestXmlStreamDifferential : public QObject
{
    Q_OBJECT

private slots:
    void comparisonSeesDifferences();
    void sameOutcomeAsReference();
};

// The comparison itself must notice what the differential test relies on it to notice (outcomes of
// the reference, which does not change, on inputs that differ in one thing each).
void TestXmlStreamDifferential::comparisonSeesDifferences()
{
    const QByteArray header =
        "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'";
    auto outcome = [](const QByteArray &bytes) {
        return recordOutcome<ReferenceXmlStream>({{bytes, false}}, StreamLimits{});
    };
    const StreamOutcome base = outcome(header + "><a x='1'/>");
    QCOMPARE(firstDifference(base, recordOutcome<XmlStream>({{header + "><a x='1'/>", false}}, {})), -1);
    QCOMPARE(firstDifference(base, outcome(header + "><a x='2'/>")), 1);              // attribute value
    QCOMPARE(firstDifference(base, outcome(header + "><a x='1'>t</a>")), 1);          // a text child
    QCOMPARE(firstDifference(base, outcome(header + " id='i'><a x='1'/>")), 0);       // header field
    QCOMPARE(firstDifference(base, outcome(header + " xmlns:db='d'><a x='1'/>")), 0); // header prefix
    QCOMPARE(firstDifference(base, outcome(header + "><a x='1'/><b/>")), 2);          // one more stanza
    QCOMPARE(firstDifference(base, outcome(header + "><a x='1'/><!--")), 2);          // an error
    QCOMPARE(firstDifference(base, outcome(header + "><a x='1'/><b")), -1);           // incomplete: same
    QCOMPARE(firstDifference(outcome(header + "><a x='1'/><b x='1' x='2'/>"),         // not-well-formed
                             outcome(header + "><a x='1'/><?pi?>")),                  // restricted-xml
             2);
    QCOMPARE(firstDifference(base, outcome(header + "><a x='1'/></stream:stream>")), 2); // a close
    StreamOutcome failed = base;
    failed.finalState = int(XmlStream::State::Failed);
    QCOMPARE(firstDifference(base, failed), 2); // the final state alone
    StreamOutcome otherHeader = base;
    otherHeader.finalHeader.lang = QStringLiteral("en");
    QCOMPARE(firstDifference(base, otherHeader), 2); // the final header() alone
}

void TestXmlStreamDifferential::sameOutcomeAsReference()
{
    const int only = envInt("CONFAB_XMLDIFF_CASE", -1);
    const int cases = only >= 0 ? 1 : envInt("CONFAB_XMLDIFF_CASES", DefaultCases);
    QElapsedTimer timer;
    timer.start();
    int mismatches = 0;
    std::map<QByteArray, int> tolerated; // known differences (see judge()), by kind
    Tally tally;
    for (int n = 0; n < cases; ++n) {
        const int index = only >= 0 ? only : n;
        const Case c = makeCase(BaseSeed + quint32(index));
        const StreamOutcome actual = recordOutcome<XmlStream>(c.chunks, c.limits, c.resetAfterStanza);
        const StreamOutcome expected =
            recordOutcome<ReferenceXmlStream>(c.chunks, c.limits, c.resetAfterStanza);
        const qsizetype difference = firstDifference(actual, expected);
        const Judgement judgement = judge(actual, expected);
        if (judgement.verdict == Verdict::Tolerated)
            ++tolerated[judgement.reason];
        if (judgement.verdict == Verdict::Differs && ++mismatches <= MaxPrinted)
            qInfo().noquote() << "MISMATCH " + describeCase(index, c, actual, expected, difference);
        else if (only >= 0)
            qInfo().noquote() << "same: " + describeCase(index, c, actual, expected, difference);
        if (!tally.add(c, expected) && tally.badGenerations <= 5)
            qInfo().noquote() << "GENERATOR: an intact stream did not parse as generated: " +
                                     describeCase(index, c, actual, expected, -1);
    }
    qInfo().noquote() << tally.summary(timer.elapsed());
    for (const auto &[reason, count] : tolerated)
        qInfo().noquote() << QStringLiteral("tolerated %1x: %2").arg(count).arg(QString::fromUtf8(reason));

    QVERIFY2(
        mismatches == 0,
        qPrintable(QStringLiteral("%1 of %2 cases differ from the reference (the first %3 are printed above)")
                       .arg(mismatches)
                       .arg(cases)
                       .arg(std::min(mismatches, MaxPrinted))));
    QVERIFY2(tally.badGenerations == 0,
             qPrintable(QStringLiteral("%1 intact generated streams did not parse (see above)")
                            .arg(tally.badGenerations)));
    if (only < 0 && cases == DefaultCases) {
        // What the cases reach: if the generator stopped producing these, the test would still pass
        // while comparing much less.
        QVERIFY(tally.stanzas > cases);
        for (const char *condition : {"not-well-formed", "restricted-xml", "policy-violation", "bad-format",
                                      "invalid-namespace", "unsupported-encoding"})
            QVERIFY2(tally.errors[QString::fromLatin1(condition)] >= 10, condition);
    }
}

QTEST_GUILESS_MAIN(TestXmlStreamDifferential)
#include "tst_xmlstream_differential.moc"
