// XmlStream against ReferenceXmlStream (the QXmlStreamReader-based parser it replaced, kept in
// tests/support as an oracle) on arbitrary bytes: the same chunks, limits, resets between chunks
// and reset() from inside onStanza go to both, and every header, stanza, close, error condition
// and the final state and header must agree, but for the known differences judge() accepts. Any
// other difference aborts with both outcomes printed.
//
// Input layout (FuzzedDataProvider takes integers from the end, strings from the front): the last
// byte picks which limits are small and whether onStanza resets; the limits follow it backwards;
// then, per chunk, a control byte from the end (0xff: reset() before the chunk) and the chunk from
// the front, ended by a backslash and any byte other than a backslash ("\\\\" is one backslash).
// A file of plain XML without backslashes followed by two zero bytes is one chunk, default limits.
#include "referencexmlstream.h"
#include "xml/xmlstream.h"
#include "xmlstreamoutcome.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace confab::xml::test;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    const auto mode = in.ConsumeIntegral<uint8_t>();
    StreamLimits limits;
    if (mode & 0x01)
        limits.maxStanzaBytes = in.ConsumeIntegralInRange<qsizetype>(16, 4096);
    if (mode & 0x02)
        limits.maxDepth = in.ConsumeIntegralInRange<int>(1, 10);
    if (mode & 0x04)
        limits.maxAttributes = in.ConsumeIntegralInRange<int>(0, 12);
    if (mode & 0x08)
        limits.maxAttributeValueLength = in.ConsumeIntegralInRange<qsizetype>(0, 120);
    const int resetAfterStanza = (mode & 0x10) ? in.ConsumeIntegralInRange<int>(0, 3) : -1;
    std::vector<StreamChunk> chunks;
    while (in.remaining_bytes() > 0) {
        const bool resetFirst = in.ConsumeIntegral<uint8_t>() == 0xff;
        const std::string chunk = in.ConsumeRandomLengthString(in.remaining_bytes());
        chunks.push_back({QByteArray(chunk.data(), qsizetype(chunk.size())), resetFirst});
    }

    const StreamOutcome actual = recordOutcome<confab::xml::XmlStream>(chunks, limits, resetAfterStanza);
    const StreamOutcome expected =
        recordOutcome<confab::xml::reference::ReferenceXmlStream>(chunks, limits, resetAfterStanza);
    if (judge(actual, expected).verdict != Verdict::Differs)
        return 0;
    const qsizetype difference = firstDifference(actual, expected);
    QByteArray input;
    for (const StreamChunk &chunk : chunks)
        input += chunk.bytes;
    fprintf(stderr,
            "XmlStream and ReferenceXmlStream differ\n  input (%d bytes): \"%s\"\n  chunks: %s\n"
            "  limits: %s\n",
            int(input.size()), cEscaped(input).constData(), describeChunks(chunks).constData(),
            describeLimits(limits).constData());
    if (resetAfterStanza >= 0)
        fprintf(stderr, "  onStanza calls reset() after stanza %d\n", resetAfterStanza);
    fprintf(stderr, "  XmlStream:\n%s  ReferenceXmlStream:\n%s",
            describeOutcome(actual, difference).constData(),
            describeOutcome(expected, difference).constData());
    abort();
}
