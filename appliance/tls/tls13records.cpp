#include "tls/tls13records.h"
#include <algorithm>
#include <cstring>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>

namespace confab::tls {

namespace {

constexpr int TagSize = 16;
constexpr int IvSize = 12;
constexpr quint8 ContentAlert = 21;
constexpr quint8 ContentHandshake = 22;
constexpr quint8 ContentApplicationData = 23;
constexpr quint8 HandshakeKeyUpdate = 24;

struct SuiteInfo
{
    const char *name;   // IANA's, as OpenSSL reports it too
    const char *cipher; // OpenSSL's algorithm name
    const char *digest; // the suite's hash, for HKDF
    int keyLength;
    int hashLength;
};

SuiteInfo infoOf(Tls13Records::Suite suite)
{
    switch (suite) {
    case Tls13Records::Suite::Aes128GcmSha256:
        return {"TLS_AES_128_GCM_SHA256", "AES-128-GCM", "SHA256", 16, 32};
    case Tls13Records::Suite::Aes256GcmSha384:
        return {"TLS_AES_256_GCM_SHA384", "AES-256-GCM", "SHA384", 32, 48};
    case Tls13Records::Suite::Chacha20Poly1305Sha256:
        break;
    }
    return {"TLS_CHACHA20_POLY1305_SHA256", "ChaCha20-Poly1305", "SHA256", 32, 32};
}

// Fetched once: an implicit fetch at every EVP_CipherInit costs a provider lookup per record.
const EVP_CIPHER *cipherOf(Tls13Records::Suite suite)
{
    using S = Tls13Records::Suite;
    static EVP_CIPHER *const fetched[] = {
        EVP_CIPHER_fetch(nullptr, infoOf(S::Aes128GcmSha256).cipher, nullptr),
        EVP_CIPHER_fetch(nullptr, infoOf(S::Aes256GcmSha384).cipher, nullptr),
        EVP_CIPHER_fetch(nullptr, infoOf(S::Chacha20Poly1305Sha256).cipher, nullptr),
    };
    static_assert(int(S::Aes128GcmSha256) == 0 && int(S::Chacha20Poly1305Sha256) == 2);
    return fetched[int(suite)];
}

// HKDF-Expand-Label(secret, label, "", length) (RFC 8446 §7.1).
bool expandLabel(const char *digest, const unsigned char *secret, int secretLength, const char *label,
                 unsigned char *out, int length)
{
    static EVP_KDF *const hkdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    if (!hkdf)
        return false;
    unsigned char info[4 + 6 + 32];
    const size_t labelLength = std::strlen(label);
    if (labelLength > sizeof info - 10)
        return false;
    info[0] = quint8(length >> 8);
    info[1] = quint8(length);
    info[2] = quint8(6 + labelLength);
    std::memcpy(info + 3, "tls13 ", 6);
    std::memcpy(info + 9, label, labelLength);
    info[9 + labelLength] = 0; // empty context
    int mode = EVP_KDF_HKDF_MODE_EXPAND_ONLY;
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_int(OSSL_KDF_PARAM_MODE, &mode),
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, const_cast<char *>(digest), 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<unsigned char *>(secret),
                                          size_t(secretLength)),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info, 10 + labelLength),
        OSSL_PARAM_construct_end(),
    };
    EVP_KDF_CTX *ctx = EVP_KDF_CTX_new(hkdf);
    const bool ok = ctx && EVP_KDF_derive(ctx, out, size_t(length), params) > 0;
    EVP_KDF_CTX_free(ctx);
    return ok;
}

} // namespace

Tls13Records::~Tls13Records()
{
    EVP_CIPHER_CTX_free(m_read.cipher);
    EVP_CIPHER_CTX_free(m_write.cipher);
    OPENSSL_cleanse(m_read.secret, sizeof m_read.secret);
    OPENSSL_cleanse(m_write.secret, sizeof m_write.secret);
}

std::unique_ptr<Tls13Records> Tls13Records::create(Suite suite, const QByteArray &clientSecret,
                                                   const QByteArray &serverSecret, quint64 readSequence,
                                                   quint64 writeSequence)
{
    const SuiteInfo info = infoOf(suite);
    if (clientSecret.size() != info.hashLength || serverSecret.size() != info.hashLength)
        return nullptr;
    std::unique_ptr<Tls13Records> r(new Tls13Records(suite));
    if (!r->setSecret(r->m_read, reinterpret_cast<const unsigned char *>(clientSecret.constData()),
                      info.hashLength, false) ||
        !r->setSecret(r->m_write, reinterpret_cast<const unsigned char *>(serverSecret.constData()),
                      info.hashLength, true)) {
        ERR_clear_error();
        return nullptr;
    }
    r->m_read.sequence = readSequence;
    r->m_write.sequence = writeSequence;
    return r;
}

bool Tls13Records::setSecret(Direction &d, const unsigned char *secret, int length, bool encrypt)
{
    const SuiteInfo info = infoOf(m_suite);
    if (length != info.hashLength)
        return false;
    unsigned char key[32];
    bool ok = expandLabel(info.digest, secret, length, "key", key, info.keyLength) &&
              expandLabel(info.digest, secret, length, "iv", d.iv, IvSize);
    if (ok) {
        if (!d.cipher) {
            d.cipher = EVP_CIPHER_CTX_new();
            ok = d.cipher && cipherOf(m_suite) &&
                 EVP_CipherInit_ex2(d.cipher, cipherOf(m_suite), key, nullptr, encrypt ? 1 : 0, nullptr) == 1;
        } else {
            ok = EVP_CipherInit_ex2(d.cipher, nullptr, key, nullptr, encrypt ? 1 : 0, nullptr) == 1;
        }
    }
    OPENSSL_cleanse(key, sizeof key);
    if (!ok)
        return false;
    if (secret != d.secret)
        std::memcpy(d.secret, secret, size_t(length));
    d.secretLength = length;
    d.sequence = 0;
    return true;
}

void Tls13Records::nonceFor(const Direction &d, unsigned char *nonce) const
{
    std::memcpy(nonce, d.iv, IvSize);
    for (int i = 0; i < 8; ++i)
        nonce[IvSize - 1 - i] ^= quint8(d.sequence >> (8 * i));
}

const char *Tls13Records::suiteName() const
{
    return infoOf(m_suite).name;
}

qsizetype Tls13Records::recordSize(const char *data, qsizetype available)
{
    if (available < HeaderSize)
        return 0;
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const qsizetype body = qsizetype(p[3]) << 8 | p[4];
    if (body > MaxCiphertext)
        return -1;
    return HeaderSize + body;
}

qsizetype Tls13Records::sealedSize(qsizetype plaintext)
{
    const qsizetype records = plaintext == 0 ? 1 : (plaintext + MaxPlaintext - 1) / MaxPlaintext;
    return plaintext + records * Overhead;
}

qsizetype Tls13Records::seal(const char *data, qsizetype size, char *out)
{
    qsizetype written = 0;
    qsizetype done = 0;
    do {
        const qsizetype chunk = std::min(size - done, MaxPlaintext);
        const qsizetype n = sealRecord(ContentApplicationData, data + done, chunk, out + written);
        if (n < 0)
            return -1;
        written += n;
        done += chunk;
    } while (done < size);
    return written;
}

qsizetype Tls13Records::sealRecord(quint8 type, const char *data, qsizetype size, char *out)
{
    // RFC 8446 §5.5: a key may protect at most 2^64 records; we stop a little earlier.
    if (m_write.sequence == ~quint64(0))
        return -1;
    auto *o = reinterpret_cast<unsigned char *>(out);
    const qsizetype body = size + 1 + TagSize;
    o[0] = ContentApplicationData; // the outer type of every protected record (§5.2)
    o[1] = 0x03;
    o[2] = 0x03;
    o[3] = quint8(body >> 8);
    o[4] = quint8(body);
    unsigned char nonce[IvSize];
    nonceFor(m_write, nonce);
    int n = 0;
    EVP_CIPHER_CTX *c = m_write.cipher;
    bool ok = EVP_CipherInit_ex2(c, nullptr, nullptr, nonce, 1, nullptr) == 1 &&
              EVP_EncryptUpdate(c, nullptr, &n, o, HeaderSize) == 1;
    if (ok && size > 0)
        ok = EVP_EncryptUpdate(c, o + HeaderSize, &n, reinterpret_cast<const unsigned char *>(data),
                               int(size)) == 1;
    ok = ok && EVP_EncryptUpdate(c, o + HeaderSize + size, &n, &type, 1) == 1 &&
         EVP_EncryptFinal_ex(c, o + HeaderSize + size + 1, &n) == 1 &&
         EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_AEAD_GET_TAG, TagSize, o + HeaderSize + size + 1) == 1;
    if (!ok) {
        ERR_clear_error();
        return -1;
    }
    ++m_write.sequence;
    return HeaderSize + body;
}

Tls13Records::Opened Tls13Records::open(const char *record, qsizetype size, char *out)
{
    const auto *r = reinterpret_cast<const unsigned char *>(record);
    const qsizetype body = size - HeaderSize;
    // After the handshake every record is protected and says application_data outside (§5.1,
    // §5.2): a change_cipher_spec or anything else now is an unexpected message.
    if (r[0] != ContentApplicationData)
        return {Opened::Error, 0, UnexpectedMessage};
    if (body > MaxCiphertext)
        return {Opened::Error, 0, RecordOverflow};
    if (body < 1 + TagSize)
        return {Opened::Error, 0, DecodeError};
    if (m_read.sequence == ~quint64(0))
        return {Opened::Error, 0, UnexpectedMessage};
    unsigned char nonce[IvSize];
    nonceFor(m_read, nonce);
    auto *o = reinterpret_cast<unsigned char *>(out);
    const int cipherLength = int(body - TagSize);
    int n = 0;
    EVP_CIPHER_CTX *c = m_read.cipher;
    const bool ok = EVP_CipherInit_ex2(c, nullptr, nullptr, nonce, 0, nullptr) == 1 &&
                    EVP_DecryptUpdate(c, nullptr, &n, r, HeaderSize) == 1 &&
                    EVP_DecryptUpdate(c, o, &n, r + HeaderSize, cipherLength) == 1 &&
                    EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_AEAD_SET_TAG, TagSize,
                                        const_cast<unsigned char *>(r + HeaderSize + cipherLength)) == 1 &&
                    EVP_DecryptFinal_ex(c, o + cipherLength, &n) == 1;
    if (!ok) {
        ERR_clear_error();
        return {Opened::Error, 0, BadRecordMac};
    }
    ++m_read.sequence;
    // TLSInnerPlaintext: content, its type, then any zero padding (§5.4).
    qsizetype length = cipherLength;
    while (length > 0 && o[length - 1] == 0)
        --length;
    if (length == 0)
        return {Opened::Error, 0, UnexpectedMessage};
    const quint8 type = o[--length];
    if (length > MaxPlaintext)
        return {Opened::Error, 0, RecordOverflow};
    switch (type) {
    case ContentApplicationData:
        return {Opened::Data, length, 0};
    case ContentAlert:
        // close_notify ends the stream cleanly; any other alert is the peer's fatal one and
        // needs no answer. Either way the connection is over.
        if (length != 2)
            return {Opened::Error, 0, DecodeError};
        return {o[1] == CloseNotify ? Opened::Closed : Opened::Error, 0, NoAlert};
    case ContentHandshake:
        return openHandshake(out, length);
    default:
        return {Opened::Error, 0, UnexpectedMessage};
    }
}

Tls13Records::Opened Tls13Records::openHandshake(const char *messages, qsizetype size)
{
    // After the handshake a client sends only KeyUpdate (§4.6.3; we ask for no post-handshake
    // authentication). It must end its record, the key changing right after it (§5.1); one that
    // spans records is refused rather than reassembled.
    const auto *m = reinterpret_cast<const unsigned char *>(messages);
    if (size != 5 || m[0] != HandshakeKeyUpdate || m[1] != 0 || m[2] != 0 || m[3] != 1)
        return {Opened::Error, 0, size >= 4 && m[0] != HandshakeKeyUpdate ? UnexpectedMessage : DecodeError};
    if (m[4] > 1)
        return {Opened::Error, 0, IllegalParameter};
    unsigned char next[48];
    const SuiteInfo info = infoOf(m_suite);
    const bool ok =
        expandLabel(info.digest, m_read.secret, m_read.secretLength, "traffic upd", next, info.hashLength) &&
        setSecret(m_read, next, info.hashLength, false);
    OPENSSL_cleanse(next, sizeof next);
    if (!ok) {
        ERR_clear_error();
        return {Opened::Error, 0, InternalError};
    }
    if (m[4] == 1)
        m_keyUpdateDue = true;
    return {Opened::Nothing, 0, 0};
}

qsizetype Tls13Records::sealKeyUpdate(char *out)
{
    static const char update[] = {char(HandshakeKeyUpdate), 0, 0, 1, 0}; // update_not_requested
    const qsizetype n = sealRecord(ContentHandshake, update, sizeof update, out);
    if (n < 0)
        return -1;
    unsigned char next[48];
    const SuiteInfo info = infoOf(m_suite);
    const bool ok = expandLabel(info.digest, m_write.secret, m_write.secretLength, "traffic upd", next,
                                info.hashLength) &&
                    setSecret(m_write, next, info.hashLength, true);
    OPENSSL_cleanse(next, sizeof next);
    if (!ok) {
        ERR_clear_error();
        return -1;
    }
    m_keyUpdateDue = false;
    return n;
}

qsizetype Tls13Records::sealAlert(quint8 description, char *out)
{
    const char alert[] = {char(description == CloseNotify ? 1 : 2), char(description)};
    return sealRecord(ContentAlert, alert, sizeof alert, out);
}

} // namespace confab::tls
