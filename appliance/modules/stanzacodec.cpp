#include "modules/stanzacodec.h"
#include "xml/namespaces.h"
#include "xml/xmlstream.h"

namespace confab::modules {

QString serializeStanza(const xml::Element &stanza)
{
    return stanza.toString(xml::ns::Client);
}

std::optional<xml::Element> parseStanza(const QString &text)
{
    std::optional<xml::Element> out;
    xml::XmlStream parser;
    parser.setMaxStanzaBytes(16 * 1024 * 1024); // it was accepted once; do not refuse it now
    parser.onStanza = [&out](std::unique_ptr<xml::Element> el) {
        if (!out)
            out = std::move(*el);
    };
    parser.addData(QByteArrayLiteral("<stream:stream xmlns='jabber:client' "
                                     "xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>"));
    parser.addData(text.toUtf8());
    return out;
}

} // namespace confab::modules
