// TLS 1.3 records after the handshake (tls::Tls13Records), as a peer sends them. The first byte
// picks what the input is:
// - even: raw bytes off the wire, cut into records by their headers and opened (what anyone on
//   the network can send: headers, lengths, tags that do not verify);
// - odd: inner plaintexts of records the peer really protected (content, content type, padding,
//   handshake messages, alerts, KeyUpdates in any order), each chunk sealed here with the client
//   key of RFC 8448 §3 before it is opened, so the checks behind the tag are reached too.
// Invariants: nothing crashes, Data never claims more than the record carried, and after Closed or
// Error nothing more is opened.
#include "tests/unit/tls/rfc8448.h"
#include "tls/tls13records.h"

#include <QByteArrayList>
#include <cstdint>
#include <cstdlib>
#include <openssl/evp.h>

using confab::tls::Tls13Records;
using namespace rfc8448;

namespace {

// One record as the RFC 8448 client would protect `inner` (already holding its content type and
// padding) as its record number `sequence`.
QByteArray sealAsClient(const QByteArray &inner, quint64 sequence)
{
    QByteArray record(5 + inner.size() + 16, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(record.data());
    const int body = int(inner.size() + 16);
    o[0] = 23;
    o[1] = 3;
    o[2] = 3;
    o[3] = quint8(body >> 8);
    o[4] = quint8(body);
    unsigned char nonce[12];
    for (int i = 0; i < 12; ++i)
        nonce[i] = quint8(ClientIv.at(i));
    for (int i = 0; i < 8; ++i)
        nonce[11 - i] ^= quint8(sequence >> (8 * i));
    EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
    int n = 0;
    bool ok =
        EVP_EncryptInit_ex(c, EVP_aes_128_gcm(), nullptr,
                           reinterpret_cast<const unsigned char *>(ClientKey.constData()), nonce) == 1 &&
        EVP_EncryptUpdate(c, nullptr, &n, o, 5) == 1;
    if (ok && !inner.isEmpty())
        ok = EVP_EncryptUpdate(c, o + 5, &n, reinterpret_cast<const unsigned char *>(inner.constData()),
                               int(inner.size())) == 1;
    ok = ok && EVP_EncryptFinal_ex(c, o + 5 + inner.size(), &n) == 1 &&
         EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_AEAD_GET_TAG, 16, o + 5 + inner.size()) == 1;
    EVP_CIPHER_CTX_free(c);
    if (!ok)
        abort();
    return record;
}

// Opens one record; false once the stream is over.
bool openOne(Tls13Records &server, const QByteArray &record)
{
    QByteArray out(record.size(), Qt::Uninitialized);
    const Tls13Records::Opened o = server.open(record.constData(), record.size(), out.data());
    if (o.kind == Tls13Records::Opened::Data && (o.length < 0 || o.length > record.size() - 5 - 17))
        abort();
    if (server.keyUpdateDue()) {
        QByteArray update(Tls13Records::sealedSize(5), Qt::Uninitialized);
        if (server.sealKeyUpdate(update.data()) <= 0)
            abort();
    }
    return o.kind == Tls13Records::Opened::Data || o.kind == Tls13Records::Opened::Nothing;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    auto server =
        Tls13Records::create(Tls13Records::Suite::Aes128GcmSha256, ClientSecret, ServerSecret, 0, 1);
    if (!server)
        abort();
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    if (data[0] % 2 == 0) {
        qsizetype pos = 0;
        while (pos < input.size()) {
            const qsizetype record = Tls13Records::recordSize(input.constData() + pos, input.size() - pos);
            if (record <= 0 || record > input.size() - pos)
                break;
            if (!openOne(*server, input.mid(pos, record)))
                break;
            pos += record;
        }
        return 0;
    }
    // Inner plaintexts separated by 0xff bytes; the client's keys stay those of RFC 8448, so a
    // KeyUpdate in the input makes every later record fail its tag (as it would for a peer that
    // did not update): the stream ends there, which is part of what is checked.
    quint64 sequence = 0;
    for (const QByteArray &inner : input.split('\xff')) {
        if (inner.size() > Tls13Records::MaxPlaintext + 256)
            break;
        if (!openOne(*server, sealAsClient(inner, sequence++)))
            break;
    }
    return 0;
}
