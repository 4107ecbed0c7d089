#include "xml/streamheader.h"

#include "xml/namespaces.h"
#include "xml/serializer.h"

namespace confab::xml {

namespace {

void appendAttr(QString &out, QStringView name, const QString &value)
{
    if (value.isEmpty())
        return;
    out += u' ';
    out += name;
    out += u"='";
    appendEscapedAttr(out, value);
    out += u'\'';
}

} // namespace

QByteArray streamHeaderXml(const StreamHeader &header)
{
    QString out = QStringLiteral("<?xml version='1.0'?><stream:stream");
    appendAttr(out, u"xmlns", header.ns);
    appendAttr(out, u"xmlns:stream", ns::Streams);
    for (const auto &[prefix, uri] : header.prefixes) {
        const QString safe = safeXmlName(prefix);
        if (safe != u"stream" && safe != u"xml" && safe != u"xmlns")
            appendAttr(out, QStringLiteral("xmlns:") + safe, uri);
    }
    appendAttr(out, u"from", header.from);
    appendAttr(out, u"to", header.to);
    appendAttr(out, u"id", header.id);
    appendAttr(out, u"version", header.version);
    appendAttr(out, u"xml:lang", header.lang);
    out += u'>';
    return out.toUtf8();
}

QByteArray streamCloseXml()
{
    return QByteArrayLiteral("</stream:stream>");
}

} // namespace confab::xml
