#pragma once
// RFC 8448 §3, "Simple 1-RTT Handshake" (TLS_AES_128_GCM_SHA256): the application traffic
// secrets, the client's derived key and IV, and records each side sends after the handshake.
// Shared by tst_tls13records and the fuzz target fuzz_tls13records. The values were cross-checked:
// re-deriving the keys and IVs from the secrets and re-sealing every plaintext reproduces them.
#include <QByteArray>

namespace rfc8448 {

inline const QByteArray ClientSecret =
    QByteArray::fromHex("9e40646ce79a7f9dc05af8889bce6552875afa0b06df0087f792ebb7c17504a5");
inline const QByteArray ServerSecret =
    QByteArray::fromHex("a11af9f05531f856ad47116b45a950328204b4f44bfb6b3a4b4f1f3fcb631643");
inline const QByteArray ClientKey = QByteArray::fromHex("17422dda596ed5d9acd890e3c63f5051");
inline const QByteArray ClientIv = QByteArray::fromHex("5b78923dee08579033e523d9");
// The 50 bytes 00 01 .. 31 each side sends as application data.
inline const QByteArray Payload =
    QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
                        "202122232425262728292a2b2c2d2e2f3031");
inline const QByteArray ClientAppData =
    QByteArray::fromHex("1703030043a23f7054b62c94d0affafe8228ba55cbefacea42f914aa66bcab3f2b9819a8a5b46b395bd5"
                        "4a9a20441e2b62974e1f5"
                        "a6292a2977014bd1e3deae63aeebb21694915e4");
inline const QByteArray ServerAppData =
    QByteArray::fromHex("17030300432e937e11ef4ac740e538ad36005fc4a46932fc3225d05f82aa1b36e30efaf97d90e6dffc60"
                        "2dcb501a59a8fcc49c4bf"
                        "2e5f0a21c0047c2abf332540dd032e167c2955d");
inline const QByteArray ClientCloseNotify =
    QByteArray::fromHex("1703030013c9872760655666b74d7ff1153efd6db6d0b0e3");
inline const QByteArray ServerCloseNotify =
    QByteArray::fromHex("1703030013b58fd67166ebf599d24720cfbe7efa7a8864a9");

} // namespace rfc8448
