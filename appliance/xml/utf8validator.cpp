#include "xml/utf8validator.h"

namespace confab::xml {

namespace {

// Sets up the expectation after a lead byte (RFC 3629 §4 table); false if `b` cannot lead.
bool startSequence(unsigned char b, int &need, unsigned char &lo, unsigned char &hi)
{
    lo = 0x80;
    hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
    } else if (b == 0xE0) {
        need = 2;
        lo = 0xA0; // below would be overlong
    } else if (b == 0xED) {
        need = 2;
        hi = 0x9F; // above would be a surrogate (U+D800..U+DFFF)
    } else if (b >= 0xE1 && b <= 0xEF) {
        need = 2;
    } else if (b == 0xF0) {
        need = 3;
        lo = 0x90; // below would be overlong
    } else if (b >= 0xF1 && b <= 0xF3) {
        need = 3;
    } else if (b == 0xF4) {
        need = 3;
        hi = 0x8F; // above would exceed U+10FFFF
    } else {
        return false; // 0x80..0xC1 (continuation or overlong lead), 0xF5..0xFF
    }
    return true;
}

} // namespace

qsizetype Utf8Validator::feed(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (m_need == 0) {
            if (b < 0x80)
                continue;
            if (!startSequence(b, m_need, m_lo, m_hi))
                return i;
            m_nearFFFF = b == 0xEF;
            continue;
        }
        if (b < m_lo || b > m_hi)
            return i;
        --m_need;
        m_lo = 0x80;
        m_hi = 0xBF;
        if (m_need == 1 && m_nearFFFF && b == 0xBF)
            m_hi = 0xBD; // U+FFFE and U+FFFF are not XML characters
        m_nearFFFF = false;
    }
    return -1;
}

} // namespace confab::xml
