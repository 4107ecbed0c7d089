// TLS 1.3 record protection against the example handshake of RFC 8448 §3 (TLS_AES_128_GCM_SHA256):
// from its application traffic secrets, the server's records must come out byte for byte as the
// RFC shows them and the client's must open to the RFC's plaintext (values in rfc8448.h).
#include "rfc8448.h"
#include "tls/tls13records.h"
#include <QTest>

using confab::tls::Tls13Records;
using namespace rfc8448;

namespace {

// The server of RFC 8448 §3 as it stands after the handshake: it has sent its NewSessionTicket
// under the application key (record 0), received nothing yet.
std::unique_ptr<Tls13Records> rfcServer()
{
    return Tls13Records::create(Tls13Records::Suite::Aes128GcmSha256, ClientSecret, ServerSecret, 0, 1);
}

QByteArray sealed(Tls13Records &r, const QByteArray &plain)
{
    QByteArray out(Tls13Records::sealedSize(plain.size()), Qt::Uninitialized);
    const qsizetype n = r.seal(plain.constData(), plain.size(), out.data());
    return n < 0 ? QByteArray() : out.left(n);
}

Tls13Records::Opened opened(Tls13Records &r, const QByteArray &record, QByteArray *plain = nullptr)
{
    QByteArray out(record.size(), Qt::Uninitialized);
    const Tls13Records::Opened o = r.open(record.constData(), record.size(), out.data());
    if (plain)
        *plain = o.kind == Tls13Records::Opened::Data ? out.left(o.length) : QByteArray();
    return o;
}

} // namespace

class TestTls13Records : public QObject
{
    Q_OBJECT

private slots:
    void rfc8448ServerRecords()
    {
        auto server = rfcServer();
        QVERIFY(server);
        QCOMPARE(sealed(*server, Payload).toHex(), ServerAppData.toHex());
        QByteArray alert(Tls13Records::sealedSize(2), Qt::Uninitialized);
        const qsizetype n = server->sealAlert(Tls13Records::CloseNotify, alert.data());
        QCOMPARE(alert.left(n).toHex(), ServerCloseNotify.toHex());
    }

    void rfc8448ClientRecords()
    {
        auto server = rfcServer();
        QVERIFY(server);
        QCOMPARE(Tls13Records::recordSize(ClientAppData.constData(), ClientAppData.size()),
                 ClientAppData.size());
        QByteArray plain;
        QCOMPARE(opened(*server, ClientAppData, &plain).kind, Tls13Records::Opened::Data);
        QCOMPARE(plain.toHex(), Payload.toHex());
        QCOMPARE(opened(*server, ClientCloseNotify).kind, Tls13Records::Opened::Closed);
    }

    void wrongSequenceOrTamperingFails()
    {
        // The client's record 0 read as if it were record 1: the nonce differs, the tag fails.
        auto late =
            Tls13Records::create(Tls13Records::Suite::Aes128GcmSha256, ClientSecret, ServerSecret, 1, 1);
        QVERIFY(late);
        Tls13Records::Opened o = opened(*late, ClientAppData);
        QCOMPARE(o.kind, Tls13Records::Opened::Error);
        QCOMPARE(o.alert, Tls13Records::BadRecordMac);

        QByteArray forged = ClientAppData;
        forged[10] = char(forged.at(10) ^ 0x80);
        o = opened(*rfcServer(), forged);
        QCOMPARE(o.kind, Tls13Records::Opened::Error);
        QCOMPARE(o.alert, Tls13Records::BadRecordMac);

        QByteArray header = ClientAppData;
        header[2] = 0x01; // the header is additional data: changing any byte of it fails too
        QCOMPARE(opened(*rfcServer(), header).kind, Tls13Records::Opened::Error);
    }

    void recordSizes()
    {
        QCOMPARE(Tls13Records::recordSize("\x17\x03\x03\x00", 4), 0);
        QCOMPARE(Tls13Records::recordSize("\x17\x03\x03\x41\x00", 5), 5 + 0x4100); // 2^14 + 256
        QCOMPARE(Tls13Records::recordSize("\x17\x03\x03\x41\x01", 5), -1);
        QCOMPARE(Tls13Records::sealedSize(0), Tls13Records::Overhead);
        QCOMPARE(Tls13Records::sealedSize(16384), 16384 + Tls13Records::Overhead);
        QCOMPARE(Tls13Records::sealedSize(16385), 16385 + 2 * Tls13Records::Overhead);
    }

    void largeDataIsCutIntoFullRecords()
    {
        // A peer built from the same secrets the other way round reads what the server seals.
        auto server = rfcServer();
        auto client =
            Tls13Records::create(Tls13Records::Suite::Aes128GcmSha256, ServerSecret, ClientSecret, 1, 0);
        QVERIFY(server && client);
        QByteArray big(40000, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char(i % 251);
        const QByteArray wire = sealed(*server, big);
        QCOMPARE(wire.size(), Tls13Records::sealedSize(big.size()));
        QByteArray got;
        qsizetype pos = 0;
        int records = 0;
        while (pos < wire.size()) {
            const qsizetype size = Tls13Records::recordSize(wire.constData() + pos, wire.size() - pos);
            QVERIFY(size > 0 && size <= Tls13Records::HeaderSize + Tls13Records::MaxPlaintext + 17);
            QByteArray plain;
            QCOMPARE(opened(*client, wire.mid(pos, size), &plain).kind, Tls13Records::Opened::Data);
            got += plain;
            pos += size;
            ++records;
        }
        QCOMPARE(records, 3);
        QCOMPARE(got, big);
    }

    void keyUpdateMovesBothSides()
    {
        auto server = rfcServer();
        auto client =
            Tls13Records::create(Tls13Records::Suite::Aes128GcmSha256, ServerSecret, ClientSecret, 1, 0);
        QVERIFY(server && client);
        // The server's own KeyUpdate: its records after it need the updated key on the reading side.
        QByteArray update(Tls13Records::sealedSize(5), Qt::Uninitialized);
        const qsizetype n = server->sealKeyUpdate(update.data());
        QVERIFY(n > 0);
        QCOMPARE(opened(*client, update.left(n)).kind, Tls13Records::Opened::Nothing);
        QVERIFY(!client->keyUpdateDue()); // update_not_requested
        const QByteArray after = sealed(*server, Payload);
        QVERIFY(after != ServerAppData);
        QByteArray plain;
        QCOMPARE(opened(*client, after, &plain).kind, Tls13Records::Opened::Data);
        QCOMPARE(plain, Payload);
        // Without the update the same record does not open.
        auto stale =
            Tls13Records::create(Tls13Records::Suite::Aes128GcmSha256, ServerSecret, ClientSecret, 0, 0);
        QCOMPARE(opened(*stale, after).kind, Tls13Records::Opened::Error);
    }

    void unexpectedContentIsRefused()
    {
        // A client that speaks the handshake again, or sends a record with no content type.
        auto client =
            Tls13Records::create(Tls13Records::Suite::Aes128GcmSha256, ServerSecret, ClientSecret, 1, 0);
        auto server = rfcServer();
        const QByteArray empty = sealed(*client, QByteArray());
        QByteArray plain;
        QCOMPARE(opened(*server, empty, &plain).kind, Tls13Records::Opened::Data); // empty data is allowed
        QVERIFY(plain.isEmpty());
        QByteArray notRecord = ServerAppData;
        notRecord[0] = 0x16; // outer type handshake after the handshake
        const Tls13Records::Opened o = opened(*server, notRecord);
        QCOMPARE(o.kind, Tls13Records::Opened::Error);
        QCOMPARE(o.alert, Tls13Records::UnexpectedMessage);
    }
};

QTEST_GUILESS_MAIN(TestTls13Records)
#include "tst_tls13records.moc"
