// The server-to-server entry: an XmlStream fed a peer's bytes (normally a jabber:server header
// declaring the db prefix, then <db:result/> / <db:verify/>), and on each dialback element the
// same extraction the incoming session does (domains prepared from to/from, the key checked
// against the stream id) plus our answer built and serialized, and stanza re-homing from
// jabber:server to jabber:client. Invariant: the header we would answer with parses back.
#include "s2s/dialback.h"
#include "s2s/s2scommon.h"
#include "shared/jid.h"
#include "xml/namespaces.h"
#include "xml/xmlstream.h"

#include <cstdint>
#include <cstdlib>

using namespace confab;
using xml::Element;

namespace {

const QByteArray Secret(32, '\x17');

void reparseHeader(const xml::StreamHeader &ours)
{
    xml::XmlStream check;
    bool opened = false;
    check.onStreamOpen = [&](const xml::StreamHeader &h) { opened = h.ns == ours.ns && h.id == ours.id; };
    check.addData(xml::streamHeaderXml(ours));
    if (!opened)
        abort();
}

void handleDialback(const Element &el, const QString &streamId)
{
    const QString local = Jid::prepareDomain(el.attr(u"to")).value_or(QString());
    const QString remote = Jid::prepareDomain(el.attr(u"from")).value_or(QString());
    const QString key = el.text().trimmed();
    (void)s2s::dialbackKeyMatches(Secret, remote, local, el.attr(u"id").isEmpty() ? streamId : el.attr(u"id"),
                                  key);
    const QString type = el.attr(u"type");
    Element answer = s2s::dialbackElement(el.name(), local.isEmpty() ? el.attr(u"to") : local,
                                          remote.isEmpty() ? el.attr(u"from") : remote, type, el.attr(u"id"),
                                          s2s::dialbackKey(Secret, remote, local, streamId));
    (void)answer.toUtf8(xml::ns::Server);
    (void)s2s::domainOf(el.attr(u"from"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    xml::XmlStream stream;
    stream.setMaxStanzaBytes(8192);
    QString streamId = QStringLiteral("fuzz-stream-id");
    stream.onStreamOpen = [&](const xml::StreamHeader &h) {
        (void)s2s::domainOf(h.from);
        (void)Jid::prepareDomain(h.to);
        reparseHeader(s2s::serverStreamHeader(h.to, h.from, streamId));
    };
    stream.onStanza = [&](std::unique_ptr<Element> el) {
        if (el->ns() == xml::ns::Dialback && (el->name() == s2s::proto::Result || el->name() == s2s::proto::Verify))
            return handleDialback(*el, streamId);
        const Element client = s2s::withContentNamespace(*el, xml::ns::Server, xml::ns::Client);
        const Element back = s2s::withContentNamespace(client, xml::ns::Client, xml::ns::Server);
        // Re-homing there and back is lossless unless the peer itself used jabber:client inside.
        if (!(back == *el) && !el->toString().contains(xml::ns::Client))
            abort();
        (void)client.toUtf8(xml::ns::Client);
    };
    stream.onError = [](xml::StreamErrorCondition, const QString &) {};
    stream.addData(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
