#include "tls/recordtakeover.h"
#include <QString>
#include <cstring>
#include <openssl/crypto.h>
#include <openssl/ssl.h>
#include <openssl/tls1.h>
#include <optional>

namespace confab::tls {

namespace {

// What a handshake leaves for the takeover: the application traffic secrets and how many records
// each side has protected with them. A record's number counts from the Finished message of the
// side that sends it (RFC 8446 §5.3: sequence numbers restart at each key change, and the
// application keys take over right after each side's Finished).
struct HandshakeTap
{
    unsigned char clientSecret[48] = {};
    unsigned char serverSecret[48] = {};
    int clientLength = 0;
    int serverLength = 0;
    quint64 readRecords = 0;
    quint64 writeRecords = 0;
    bool readCounting = false;
    bool writeCounting = false;

    ~HandshakeTap()
    {
        OPENSSL_cleanse(clientSecret, sizeof clientSecret);
        OPENSSL_cleanse(serverSecret, sizeof serverSecret);
    }
};

void freeTap(void *, void *ptr, CRYPTO_EX_DATA *, int, long, void *)
{
    delete static_cast<HandshakeTap *>(ptr);
}

int tapIndex()
{
    static const int index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, freeTap);
    return index;
}

HandshakeTap *tapOf(const SSL *ssl)
{
    return static_cast<HandshakeTap *>(SSL_get_ex_data(ssl, tapIndex()));
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// "<LABEL> <client random> <secret>", in hex (NSS key log format). Nothing is written anywhere.
void onKeyLog(const SSL *ssl, const char *line)
{
    HandshakeTap *tap = tapOf(ssl);
    if (!tap)
        return;
    unsigned char *target = nullptr;
    int *length = nullptr;
    if (std::strncmp(line, "CLIENT_TRAFFIC_SECRET_0 ", 24) == 0) {
        target = tap->clientSecret;
        length = &tap->clientLength;
    } else if (std::strncmp(line, "SERVER_TRAFFIC_SECRET_0 ", 24) == 0) {
        target = tap->serverSecret;
        length = &tap->serverLength;
    } else {
        return;
    }
    const char *hex = std::strrchr(line, ' ');
    if (!hex)
        return;
    ++hex;
    const size_t digits = std::strlen(hex);
    if (digits % 2 != 0 || digits / 2 > sizeof tap->clientSecret)
        return;
    for (size_t i = 0; i < digits / 2; ++i) {
        const int hi = hexValue(hex[2 * i]);
        const int lo = hexValue(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return;
        target[i] = quint8(hi << 4 | lo);
    }
    *length = int(digits / 2);
}

// Called for every record header OpenSSL reads or writes (before the messages in it) and for
// every handshake message once it is complete.
void onMessage(int writing, int, int contentType, const void *buf, size_t length, SSL *ssl, void *)
{
    HandshakeTap *tap = tapOf(ssl);
    if (!tap)
        return;
    if (contentType == SSL3_RT_HEADER) {
        if (writing ? tap->writeCounting : tap->readCounting)
            ++(writing ? tap->writeRecords : tap->readRecords);
    } else if (contentType == SSL3_RT_HANDSHAKE && length > 0 &&
               static_cast<const unsigned char *>(buf)[0] == SSL3_MT_FINISHED) {
        (writing ? tap->writeCounting : tap->readCounting) = true;
        (writing ? tap->writeRecords : tap->readRecords) = 0;
    }
}

bool takeoverDisabled()
{
    static const bool disabled = qEnvironmentVariable("CONFAB_TLS_RECORDS") == u"openssl";
    return disabled;
}

} // namespace

void prepareRecordTakeover(SSL_CTX *ctx)
{
    tapIndex();
    SSL_CTX_set_keylog_callback(ctx, onKeyLog);
}

void tapHandshake(SSL *ssl)
{
    if (takeoverDisabled() || tapIndex() < 0)
        return;
    auto *tap = new (std::nothrow) HandshakeTap;
    if (!tap)
        return;
    if (SSL_set_ex_data(ssl, tapIndex(), tap) != 1) {
        delete tap;
        return;
    }
    SSL_set_msg_callback(ssl, onMessage);
    // Without read-ahead OpenSSL reads exactly one record at a time, so when the handshake ends
    // nothing that follows it has left the kernel: the taken-over record layer starts at the first
    // byte after the client's Finished.
    SSL_set_read_ahead(ssl, 0);
}

std::unique_ptr<Tls13Records> takeOverRecords(SSL *ssl)
{
    HandshakeTap *tap = tapOf(ssl);
    if (!tap)
        return nullptr;
    SSL_set_msg_callback(ssl, nullptr);
    SSL_set_ex_data(ssl, tapIndex(), nullptr);
    const std::unique_ptr<HandshakeTap> owned(tap);
    std::unique_ptr<Tls13Records> records;
    const SSL_CIPHER *cipher = SSL_get_current_cipher(ssl);
    if (SSL_version(ssl) == TLS1_3_VERSION && cipher && !SSL_has_pending(ssl) && tap->readCounting &&
        tap->writeCounting) {
        std::optional<Tls13Records::Suite> suite;
        switch (SSL_CIPHER_get_id(cipher)) {
        case TLS1_3_CK_AES_128_GCM_SHA256:
            suite = Tls13Records::Suite::Aes128GcmSha256;
            break;
        case TLS1_3_CK_AES_256_GCM_SHA384:
            suite = Tls13Records::Suite::Aes256GcmSha384;
            break;
        case TLS1_3_CK_CHACHA20_POLY1305_SHA256:
            suite = Tls13Records::Suite::Chacha20Poly1305Sha256;
            break;
        default:
            break; // CCM suites stay with OpenSSL
        }
        if (suite) {
            const QByteArray client =
                QByteArray::fromRawData(reinterpret_cast<const char *>(tap->clientSecret), tap->clientLength);
            const QByteArray server =
                QByteArray::fromRawData(reinterpret_cast<const char *>(tap->serverSecret), tap->serverLength);
            records = Tls13Records::create(*suite, client, server, tap->readRecords, tap->writeRecords);
        }
    }
    if (!records)
        SSL_set_read_ahead(ssl, 1); // it stays with OpenSSL: one read() per batch of records again
    return records;
}

} // namespace confab::tls
