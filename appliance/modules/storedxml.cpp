#include "modules/storedxml.h"
#include "xml/xmlstream.h"

namespace confab::modules {

QString serializeStoredXml(const xml::Element &element)
{
    return element.toString();
}

std::optional<xml::Element> parseStoredXml(const QString &text)
{
    // The stream parser is the one XML reader with the RFC 6120 §11 restrictions; a stored element
    // is read as the single stanza of a stream that is never closed.
    xml::XmlStream stream;
    const QByteArray utf8 = text.toUtf8();
    stream.setMaxStanzaBytes(utf8.size() + 1024);
    std::optional<xml::Element> out;
    stream.onStanza = [&out](std::unique_ptr<xml::Element> el) {
        if (!out)
            out = std::move(*el);
    };
    stream.addData(QByteArrayLiteral("<stream:stream xmlns='jabber:client' "
                                     "xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>"));
    stream.addData(utf8);
    if (stream.state() != xml::XmlStream::State::Open)
        return std::nullopt;
    return out;
}

} // namespace confab::modules
