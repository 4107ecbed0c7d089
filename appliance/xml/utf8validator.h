#pragma once
// Incremental UTF-8 validation of raw stream bytes (RFC 3629): rejects overlong forms, surrogate
// code points, values above U+10FFFF, stray continuation bytes and sequences cut short by another
// byte. A sequence split across two chunks is carried over, so it is only an error once a byte
// proves it invalid. It also refuses U+FFFE and U+FFFF, the two code points UTF-8 can carry that
// XML 1.0's Char excludes besides C0 controls (which the stream parser checks itself).
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
    bool m_nearFFFF = false; // EF BF so far: the last byte may not be BE or BF
};

} // namespace confab::xml
