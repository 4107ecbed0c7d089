// Test oracle only; see referencerestrictionscanner.h. Kept as it was, apart from names.
#include "referencerestrictionscanner.h"

#include <QCoreApplication>

namespace confab::xml::reference {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Bytes that may appear in an entity name; anything else ends the reference and leaves the
// (then not-well-formed) input to the parser.
bool isEntityNameByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.' || c == ':' || u >= 0x80;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("confab::xml::RestrictionScanner", text);
}

} // namespace

qsizetype RestrictionScanner::feed(QByteArrayView bytes, QString *what)
{
    const char *const data = bytes.data();
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        // In character data and inside tags only '<' and '&' change the state: skip to the next.
        if (m_state == State::Text) {
            while (i < size && data[i] != '<' && data[i] != '&')
                ++i;
            if (i == size)
                break;
        }
        if (!step(data[i], what))
            return i;
    }
    return -1;
}

bool RestrictionScanner::step(char c, QString *what)
{
    switch (m_state) {
    case State::Text:
        if (c == '<') {
            m_state = State::Lt;
        } else if (c == '&') {
            m_state = State::EntityRef;
            m_name.clear();
        }
        return true;
    case State::Lt:
        if (c == '?') {
            if (!m_declAllowed) {
                *what = tr("processing instructions are not allowed");
                return false;
            }
            m_state = State::PiTarget;
            m_name.clear();
            return true;
        }
        m_declAllowed = false;
        m_state = c == '!' ? State::Bang : State::Text;
        return c == '<' ? step(c, what) : true;
    case State::Bang:
        if (c == '[') {
            m_state = State::Cdata; // the parser checks that "CDATA[" follows
            return true;
        }
        *what =
            c == '-' ? tr("comments are not allowed") : tr("DTDs and markup declarations are not allowed");
        return false;
    case State::Cdata:
        m_state = c == ']' ? State::CdataEnd1 : State::Cdata;
        return true;
    case State::CdataEnd1:
        m_state = c == ']' ? State::CdataEnd2 : State::Cdata;
        return true;
    case State::CdataEnd2:
        m_state = c == '>' ? State::Text : c == ']' ? State::CdataEnd2 : State::Cdata;
        return true;
    case State::PiTarget:
        if (m_name.size() < 3) {
            m_name.append(c);
            if (QByteArrayView("xml").startsWith(m_name))
                return true;
        } else if (isSpace(c)) {
            m_state = State::XmlDecl;
            return true;
        }
        *what = tr("processing instructions are not allowed");
        return false;
    case State::XmlDecl:
        m_state = c == '?' ? State::XmlDeclQ : State::XmlDecl;
        return true;
    case State::XmlDeclQ:
        m_state = c == '>' ? State::Text : c == '?' ? State::XmlDeclQ : State::XmlDecl;
        m_declAllowed = m_declAllowed && m_state != State::Text;
        return true;
    case State::EntityRef:
    case State::CharRef:
        return stepEntity(c, what);
    }
    return true;
}

bool RestrictionScanner::stepEntity(char c, QString *what)
{
    if (m_state == State::CharRef) {
        if (c == ';' || !isEntityNameByte(c))
            m_state = State::Text; // the parser validates the reference itself
        return c == '<' ? step(c, what) : true;
    }
    if (c == '#' && m_name.isEmpty()) {
        m_state = State::CharRef;
        return true;
    }
    if (c == ';') {
        static const QByteArrayView predefined[] = {"lt", "gt", "amp", "quot", "apos"};
        for (QByteArrayView p : predefined) {
            if (m_name == p) {
                m_state = State::Text;
                return true;
            }
        }
        *what = tr("entity references other than the predefined ones are not allowed");
        return false;
    }
    if (!isEntityNameByte(c)) {
        m_state = State::Text; // not a reference at all: the parser reports not-well-formed
        return c == '<' ? step(c, what) : true;
    }
    m_name.append(c);
    if (m_name.size() > 4) { // longer than any predefined entity name
        *what = tr("entity references other than the predefined ones are not allowed");
        return false;
    }
    return true;
}

} // namespace confab::xml::reference
