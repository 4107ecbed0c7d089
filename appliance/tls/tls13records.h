#pragma once
// TLS 1.3 record protection (RFC 8446 §5) for connections whose handshake OpenSSL has finished.
//
// Why: an idle TLS session in OpenSSL 3.0 keeps ~14 KiB (the SSL object with its 32-slot record
// layer, the session, handshake leftovers) for as long as it lives; kernel TLS would drop it, but
// this kernel has no `tls` module. After a TLS 1.3 handshake the connection needs only two traffic
// secrets, two sequence numbers and two AEAD contexts, which is what this class keeps (~2.4 KiB).
// OpenSSL still runs the handshake and every cryptographic primitive (EVP AEAD, HKDF); what moves
// here is the record framing: nonces, additional data, content type and padding, alerts, KeyUpdate.
// How a connection gets here from OpenSSL: recordtakeover.h.
#include <QByteArray>
#include <QtGlobal>
#include <memory>

struct evp_cipher_ctx_st;

namespace confab::tls {

class Tls13Records
{
public:
    enum class Suite { Aes128GcmSha256, Aes256GcmSha384, Chacha20Poly1305Sha256 };

    // The largest record we accept (RFC 8446 §5.2: 2^14 + 256 bytes of ciphertext) and the most
    // plaintext we put in one.
    static constexpr qsizetype HeaderSize = 5;
    static constexpr qsizetype MaxCiphertext = 16384 + 256;
    static constexpr qsizetype MaxPlaintext = 16384;
    static constexpr qsizetype Overhead = HeaderSize + 1 + 16; // header, inner content type, tag

    // Alert descriptions we send (RFC 8446 §6).
    static constexpr quint8 CloseNotify = 0;
    static constexpr quint8 UnexpectedMessage = 10;
    static constexpr quint8 BadRecordMac = 20;
    static constexpr quint8 RecordOverflow = 22;
    static constexpr quint8 IllegalParameter = 47;
    static constexpr quint8 DecodeError = 50;
    static constexpr quint8 InternalError = 80;
    // Opened::alert when there is nothing to answer (the peer's own fatal alert).
    static constexpr quint8 NoAlert = 0xff;

    ~Tls13Records();
    Tls13Records(const Tls13Records &) = delete;
    Tls13Records &operator=(const Tls13Records &) = delete;

    // Record protection from the two application traffic secrets (client = what we read, server
    // = what we write) and the sequence numbers of the next record each way. nullptr if OpenSSL
    // cannot build the ciphers.
    static std::unique_ptr<Tls13Records> create(Suite suite, const QByteArray &clientSecret,
                                                const QByteArray &serverSecret, quint64 readSequence,
                                                quint64 writeSequence);

    // The size of the record starting at `data`: 0 while its header is incomplete, -1 if the header
    // announces more than a TLS 1.3 record may hold. May exceed `available` (the body is still coming).
    static qsizetype recordSize(const char *data, qsizetype available);
    // The suite's IANA name ("TLS_AES_128_GCM_SHA256"), as OpenSSL names it too.
    const char *suiteName() const;
    // Room seal() needs for `plaintext` bytes.
    static qsizetype sealedSize(qsizetype plaintext);

    // Protects `size` bytes of application data as records of at most MaxPlaintext bytes, written
    // to `out` (sealedSize(size) bytes of room). Returns the bytes written, -1 on failure.
    qsizetype seal(const char *data, qsizetype size, char *out);

    struct Opened
    {
        enum Kind { Data, Nothing, Closed, Error } kind;
        qsizetype length = 0; // Data: plaintext bytes at the start of `out`
        quint8 alert = 0;     // Error: the alert to send before closing
    };
    // Opens the complete record at `record` (recordSize() bytes) into `out`, which needs room for
    // its body less 16 bytes. Data: application data (possibly empty). Nothing: a KeyUpdate was
    // applied. Closed: the peer's close_notify. Error: anything else; the connection must end.
    Opened open(const char *record, qsizetype size, char *out);

    // Set when the peer's KeyUpdate asked for ours (RFC 8446 §4.6.3): the caller sends
    // sealKeyUpdate() before any more application data.
    bool keyUpdateDue() const { return m_keyUpdateDue; }
    // Our KeyUpdate (update_not_requested), sealed under the current key; the write key then moves
    // on. `out` needs sealedSize(5) bytes. Returns the bytes written, -1 on failure.
    qsizetype sealKeyUpdate(char *out);
    // An alert record (close_notify is a warning, every other one fatal). `out` needs sealedSize(2).
    qsizetype sealAlert(quint8 description, char *out);

private:
    // One direction's protection: its current traffic secret (kept for KeyUpdate), the AEAD
    // context holding the key derived from it, the static IV and the next record's number.
    struct Direction
    {
        evp_cipher_ctx_st *cipher = nullptr;
        quint64 sequence = 0;
        unsigned char secret[48] = {};
        unsigned char iv[12] = {};
        int secretLength = 0;
    };

    explicit Tls13Records(Suite suite) : m_suite(suite) {}
    bool setSecret(Direction &d, const unsigned char *secret, int length, bool encrypt);
    void nonceFor(const Direction &d, unsigned char *nonce) const;
    qsizetype sealRecord(quint8 type, const char *data, qsizetype size, char *out);
    Opened openHandshake(const char *messages, qsizetype size);

    Suite m_suite;
    Direction m_read;
    Direction m_write;
    bool m_keyUpdateDue = false;
};

} // namespace confab::tls
