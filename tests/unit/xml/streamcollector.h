#pragma once
// Test helper: an XmlStream whose callbacks record everything, plus a one-call parse of a stanza.
#include "xml/xmlstream.h"

#include <QByteArray>
#include <memory>
#include <optional>
#include <vector>

namespace confab::xml::test {

struct Collector
{
    XmlStream stream;
    std::vector<StreamHeader> headers;
    std::vector<Element> stanzas;
    int closes = 0;
    std::optional<StreamErrorCondition> error;
    QString errorText;
    int errors = 0;

    Collector()
    {
        stream.onStreamOpen = [this](const StreamHeader &h) { headers.push_back(h); };
        stream.onStanza = [this](std::unique_ptr<Element> e) { stanzas.push_back(std::move(*e)); };
        stream.onStreamClose = [this] { ++closes; };
        stream.onError = [this](StreamErrorCondition c, const QString &text) {
            error = c;
            errorText = text;
            ++errors;
        };
    }
    void feed(const QByteArray &data) { stream.addData(data); }
};

inline QByteArray clientHeader()
{
    return "<?xml version='1.0'?><stream:stream to='im.example.com' version='1.0' xml:lang='en' "
           "xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>";
}

// Parses `xml` as the first stanza of a jabber:client stream; nullopt when it is not one (and the
// error in `error`, if given). With splitAt >= 0 the stream comes in two reads, cut at that offset.
inline std::optional<Element> parseStanza(const QByteArray &xml, qsizetype splitAt = -1,
                                          QString *error = nullptr)
{
    Collector c;
    const QByteArray data = clientHeader() + xml;
    if (splitAt < 0) {
        c.feed(data);
    } else {
        c.feed(data.first(splitAt));
        c.feed(data.sliced(splitAt));
    }
    if (error)
        *error = c.error ? c.errorText : c.stanzas.size() == 1 ? QString() : QStringLiteral("not one stanza");
    if (c.error || c.stanzas.size() != 1)
        return std::nullopt;
    return std::move(c.stanzas.front());
}

// Feeds `chunks` to a fresh stream with the limits of `configure` (if given); the error, if any.
inline std::optional<StreamErrorCondition> errorOf(const QList<QByteArray> &chunks,
                                                   XmlStream *configure = nullptr)
{
    Collector c;
    if (configure) {
        c.stream.setMaxStanzaBytes(configure->maxStanzaBytes());
        c.stream.setMaxDepth(configure->maxDepth());
        c.stream.setMaxAttributes(configure->maxAttributes());
        c.stream.setMaxAttributeValueLength(configure->maxAttributeValueLength());
    }
    for (const QByteArray &chunk : chunks)
        c.feed(chunk);
    return c.error;
}

} // namespace confab::xml::test
