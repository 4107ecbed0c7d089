#pragma once
// Incremental UTF-8 validation of raw stream bytes (RFC 3629): rejects overlong forms, surrogate
// code points, values above U+10FFFF, stray continuation bytes and sequences cut short by another
// byte. A sequence split across two chunks is carried over, so it is only an error once a byte
// proves it invalid. QXmlStreamReader's decoder is more forgiving than this, hence our own check.
#include <QByteArrayView>

namespace confab::xml {

class Utf8Validator
{
public:
    // Validates the next bytes; returns the index of the first invalid byte, or -1.
    qsizetype feed(QByteArrayView bytes);
    // True when the bytes so far end in the middle of a sequence.
    bool midSequence() const { return m_need != 0; }
    void reset() { *this = Utf8Validator(); }

private:
    int m_need = 0;            // continuation bytes still expected
    unsigned char m_lo = 0x80; // allowed range of the next continuation byte
    unsigned char m_hi = 0xBF;
};

} // namespace confab::xml
