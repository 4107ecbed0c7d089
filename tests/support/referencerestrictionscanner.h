#pragma once
// Test oracle only: appliance/xml/restrictionscanner.h as of commit 68303cb, which the
// QXmlStreamReader-based parser (referencexmlstream.h) ran before QXmlStreamReader saw the bytes.
// Kept verbatim apart from the namespace; do not fix or improve it here.
//
// Byte-level detection of what RFC 6120 §11.1 forbids in an XML stream: comments, processing
// instructions (the XML declaration at the very start of a stream excepted), DTDs and any other
// <!...> declaration, and entity references other than the five predefined ones. It runs on raw
// bytes before QXmlStreamReader sees them, so a forbidden construct is refused as restricted-xml
// the moment it starts, instead of being parsed (and, for entities, expanded) first. CDATA sections
// are allowed and skipped. State carries across chunks, so any split point works.
#include <QByteArrayView>
#include <QString>

namespace confab::xml::reference {

class RestrictionScanner
{
public:
    // Scans the next bytes. Returns the index of the byte that completes a forbidden construct
    // (and sets `what` to a short English description), or -1.
    qsizetype feed(QByteArrayView bytes, QString *what);
    void reset() { *this = RestrictionScanner(); }

private:
    enum class State {
        Text,      // character data or inside a tag
        Lt,        // after '<'
        Bang,      // after "<!"
        Cdata,     // inside <![CDATA[ ... ]]>
        CdataEnd1, // after "]"
        CdataEnd2, // after "]]"
        PiTarget,  // after "<?" at the start of the stream: expecting "xml" and white space
        XmlDecl,   // inside the XML declaration
        XmlDeclQ,  // inside the XML declaration, after '?'
        EntityRef, // after '&'
        CharRef,   // after "&#"
    };
    bool step(char c, QString *what);
    bool stepEntity(char c, QString *what);

    State m_state = State::Text;
    bool m_declAllowed = true; // no '<' seen yet in this stream
    QByteArray m_name;         // PI target or entity name collected so far (at most a few bytes)
};

} // namespace confab::xml::reference
