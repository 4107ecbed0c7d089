// --self-test: the SCRAM example exchanges of RFC 5802/7677 and the stanza scanner fed a stream
// in every possible split, so a broken build of the generator fails before it measures anything.
#include "selftest.h"
#include "scram.h"
#include "xmlscanner.h"
#include "xmlview.h"
#include <cstdio>
#include <string>
#include <vector>

namespace confab::bench {
namespace {

struct Collect
{
    std::vector<std::string> events;
    bool onHeader(std::string_view tag)
    {
        events.push_back("H" + std::string(xmlview::name(tag)));
        return true;
    }
    bool onStanza(std::string_view s)
    {
        events.emplace_back(s);
        return true;
    }
    bool onStreamEnd()
    {
        events.emplace_back("END");
        return true;
    }
};

bool scannerSelfTest()
{
    const std::string stream =
        "<?xml version='1.0'?><stream:stream xmlns='jabber:client' id=\"a>b\" version='1.0'> "
        "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism>"
        "<mechanism>SCRAM-SHA-1</mechanism></mechanisms></stream:features>\n"
        "<!-- a comment <x> --><presence from='a@b/c' type=\"x'y\"/>"
        "<message to='u@d' type='chat' id='7'><body>hi &amp; &lt;b&gt;</body><x a='1/>'/></message>"
        "</stream:stream>";
    const std::vector<std::string> expected = {
        "Hstream:stream",
        "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism>"
        "<mechanism>SCRAM-SHA-1</mechanism></mechanisms></stream:features>",
        "<presence from='a@b/c' type=\"x'y\"/>",
        "<message to='u@d' type='chat' id='7'><body>hi &amp; &lt;b&gt;</body><x a='1/>'/></message>", "END"};
    bool ok = true;
    for (size_t a = 0; a <= stream.size(); ++a) {
        for (size_t b = a; b <= stream.size(); b += 7) { // three chunks: [0,a) [a,b) [b,end)
            StanzaScanner scanner;
            Collect c;
            scanner.feed(stream.data(), a, c);
            scanner.feed(stream.data() + a, b - a, c);
            scanner.feed(stream.data() + b, stream.size() - b, c);
            if (c.events != expected) {
                std::fprintf(stderr, "self-test scanner: wrong split at %zu/%zu (%zu events)\n", a, b,
                             c.events.size());
                ok = false;
                a = stream.size() + 1;
                break;
            }
        }
    }
    const std::string_view features = expected[1];
    const std::string_view presence = expected[2];
    const std::string_view message = expected[3];
    ok = ok && xmlview::childText(features, "mechanism") == "PLAIN" &&
         xmlview::childText(features, "mechanism", xmlview::findChild(features, "mechanism") + 1) ==
             "SCRAM-SHA-1" &&
         !xmlview::hasChild(features, "mech") && xmlview::attribute(presence, "type") == "x'y" &&
         xmlview::attribute(presence, "from") == "a@b/c" && xmlview::attribute(message, "id") == "7" &&
         xmlview::childText(message, "body") == "hi &amp; &lt;b&gt;" && xmlview::name(message) == "message";
    if (!ok)
        std::fprintf(stderr, "self-test scanner/view failed\n");
    return ok;
}

} // namespace

bool selfTest()
{
    const bool scram = scramSelfTest();
    const bool scanner = scannerSelfTest();
    return scram && scanner;
}

} // namespace confab::bench
