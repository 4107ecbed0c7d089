// XmlStream on arbitrary bytes split at arbitrary points, with stream restarts both between
// chunks and from inside a callback (as STARTTLS / SASL success do). Invariant: every stanza it
// delivers serializes to XML that a fresh stream parses back to an equal element.
#include "xml/xmlstream.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using confab::xml::Element;
using confab::xml::XmlStream;

namespace {

const QByteArray ReparseHeader = "<stream:stream xmlns='jabber:client' "
                                 "xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>";

// Diagnostics for a failed round trip (printed: the re-parsed tree, then the original). Recursion
// is fine here: depth is bounded by setMaxDepth below.
void dump(const Element &e, int depth)
{
    fprintf(stderr, "%*s%s {%s} attrs=%d children=%d\n", depth * 2, "", qPrintable(e.name()), qPrintable(e.ns()),
            int(e.attributes().size()), int(e.children().size()));
    for (const auto &a : e.attributes())
        fprintf(stderr, "%*s @%s {%s} = %s\n", depth * 2, "", qPrintable(a.name), qPrintable(a.ns), qPrintable(a.value));
    for (const auto &c : e.children()) {
        if (const auto *el = std::get_if<std::unique_ptr<Element>>(&c))
            dump(**el, depth + 1);
        else
            fprintf(stderr, "%*s\"%s\"\n", depth * 2 + 2, "", qPrintable(std::get<QString>(c)));
    }
}

void checkRoundTrip(const Element &stanza, const QString &contentNs)
{
    XmlStream again;
    int count = 0;
    bool failed = false;
    again.onStanza = [&](std::unique_ptr<Element> el) {
        ++count;
        if (!(*el == stanza)) {
            fprintf(stderr, "reparsed differs: %s\n", el->toUtf8(QStringLiteral("jabber:client")).constData());
            dump(*el, 0);
            dump(stanza, 0);
            failed = true;
        }
    };
    again.onError = [&](confab::xml::StreamErrorCondition, const QString &text) {
        fprintf(stderr, "reparse error: %s\n", qPrintable(text));
        failed = true;
    };
    if (contentNs != QLatin1String("jabber:client"))
        return; // the re-parse header declares jabber:client; other namespaces are not compared
    again.addData(ReparseHeader + stanza.toUtf8(contentNs));
    if (failed || count != 1) {
        fprintf(stderr, "round trip failed: %s\n", stanza.toUtf8(contentNs).constData());
        abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    XmlStream stream;
    stream.setMaxStanzaBytes(in.ConsumeIntegralInRange<qsizetype>(64, 65536));
    stream.setMaxDepth(in.ConsumeIntegralInRange<int>(1, 32));
    const bool resetOnFirstStanza = in.ConsumeBool();
    bool didReset = false;
    QString contentNs;
    stream.onStreamOpen = [&](const confab::xml::StreamHeader &h) { contentNs = h.ns; };
    stream.onStanza = [&](std::unique_ptr<Element> el) {
        checkRoundTrip(*el, contentNs);
        if (resetOnFirstStanza && !didReset) {
            didReset = true;
            stream.reset(); // the rest of this chunk must be dropped without touching freed state
        }
    };
    stream.onStreamClose = [] {};
    stream.onError = [](confab::xml::StreamErrorCondition, const QString &) {};
    while (in.remaining_bytes() > 0) {
        const uint8_t control = in.ConsumeIntegral<uint8_t>();
        if (control == 0xff)
            stream.reset();
        const std::string chunk = in.ConsumeRandomLengthString(in.remaining_bytes());
        stream.addData(QByteArray(chunk.data(), qsizetype(chunk.size())));
    }
    return 0;
}
