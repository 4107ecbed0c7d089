#include "auth/scramcredentials.h"

#include <QTest>

using namespace confab::auth;

namespace {
QByteArray xorBytes(const QByteArray &a, const QByteArray &b)
{
    QByteArray out(a.size(), '\0');
    for (qsizetype i = 0; i < a.size(); ++i)
        out[i] = char(a[i] ^ b[i]);
    return out;
}

QByteArray authMessage(const QByteArray &clientNonce, const QByteArray &serverNonce, const QByteArray &salt64)
{
    // client-first-message-bare "," server-first-message "," client-final-message-without-proof
    return "n=user,r=" + clientNonce + ",r=" + serverNonce + ",s=" + salt64 +
           ",i=4096,c=biws,r=" + serverNonce;
}
} // namespace

class TstScramCredentials : public QObject
{
    Q_OBJECT
private slots:
    void rfcExamples_data();
    void rfcExamples();
    void pbkdf2Rfc6070();
    void lengths();
    void randomSaltIsFreshAndLongEnough();
    void constantTimeComparison();
    void credentialsValidity();
};

void TstScramCredentials::rfcExamples_data()
{
    QTest::addColumn<int>("hash");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt64");
    QTest::addColumn<QByteArray>("clientNonce");
    QTest::addColumn<QByteArray>("serverNonce");
    QTest::addColumn<QByteArray>("proof64");
    QTest::addColumn<QByteArray>("serverSignature64");
    // RFC 5802 §5
    QTest::newRow("SCRAM-SHA-1") << int(ScramHash::Sha1) << QByteArray("pencil")
                                 << QByteArray("QSXCR+Q6sek8bf92") << QByteArray("fyko+d2lbbFgONRv9qkxdawL")
                                 << QByteArray("fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j")
                                 << QByteArray("v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=")
                                 << QByteArray("rmF9pqV8S7suAoZWja4dJRkFsKQ=");
    // RFC 7677 §3
    QTest::newRow("SCRAM-SHA-256") << int(ScramHash::Sha256) << QByteArray("pencil")
                                   << QByteArray("W22ZaJ0SNY7soEsUEjb6gQ==")
                                   << QByteArray("rOprNGfwEbeRWgbNEkqO")
                                   << QByteArray("rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0")
                                   << QByteArray("dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")
                                   << QByteArray("6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
}

void TstScramCredentials::rfcExamples()
{
    QFETCH(int, hash);
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt64);
    QFETCH(QByteArray, clientNonce);
    QFETCH(QByteArray, serverNonce);
    QFETCH(QByteArray, proof64);
    QFETCH(QByteArray, serverSignature64);
    const auto h = ScramHash(hash);
    const QByteArray salt = QByteArray::fromBase64(salt64);

    const ScramCredentials creds = deriveCredentials(h, password, salt, 4096);
    QVERIFY(creds.isValid());
    QCOMPARE(creds.iterations, 4096);
    QCOMPARE(creds.salt, salt);
    QCOMPARE(creds.storedKey.size(), digestLength(h));

    // Client side, from the salted password.
    const QByteArray salted = saltedPassword(h, password, salt, 4096);
    const QByteArray clientKey = hmac(h, salted, "Client Key");
    QCOMPARE(digest(h, clientKey), creds.storedKey);
    QCOMPARE(hmac(h, salted, "Server Key"), creds.serverKey);
    const QByteArray message = authMessage(clientNonce, serverNonce, salt64);
    const QByteArray clientSignature = hmac(h, creds.storedKey, message);
    QCOMPARE(xorBytes(clientKey, clientSignature).toBase64(), proof64);

    // Server side, from the stored keys only: verify the RFC's proof and produce its signature.
    const QByteArray recoveredClientKey = xorBytes(QByteArray::fromBase64(proof64), clientSignature);
    QVERIFY(constantTimeEquals(digest(h, recoveredClientKey), creds.storedKey));
    QCOMPARE(hmac(h, creds.serverKey, message).toBase64(), serverSignature64);

    // A wrong password yields different keys.
    QVERIFY(deriveCredentials(h, "pencil2", salt, 4096).storedKey != creds.storedKey);
}

void TstScramCredentials::pbkdf2Rfc6070()
{
    // RFC 6070 PBKDF2-HMAC-SHA1 vectors with dkLen = 20 (what Hi() uses).
    QCOMPARE(saltedPassword(ScramHash::Sha1, "password", "salt", 1).toHex(),
             QByteArray("0c60c80f961f0e71f3a9b524af6012062fe037a6"));
    QCOMPARE(saltedPassword(ScramHash::Sha1, "password", "salt", 4096).toHex(),
             QByteArray("4b007901b765489abead49d926f721d065a429c1"));
}

void TstScramCredentials::lengths()
{
    QCOMPARE(digestLength(ScramHash::Sha1), 20);
    QCOMPARE(digestLength(ScramHash::Sha256), 32);
    QCOMPARE(algorithm(ScramHash::Sha1), QCryptographicHash::Sha1);
    QCOMPARE(algorithm(ScramHash::Sha256), QCryptographicHash::Sha256);
}

void TstScramCredentials::randomSaltIsFreshAndLongEnough()
{
    const QByteArray a = confab::auth::randomSalt();
    const QByteArray b = confab::auth::randomSalt();
    QCOMPARE(a.size(), 16);
    QVERIFY(a != b);
    QVERIFY(a != QByteArray(16, '\0'));
}

void TstScramCredentials::constantTimeComparison()
{
    QVERIFY(confab::auth::constantTimeEquals("abc", "abc"));
    QVERIFY(confab::auth::constantTimeEquals({}, {}));
    QVERIFY(!confab::auth::constantTimeEquals("abc", "abd"));
    QVERIFY(!confab::auth::constantTimeEquals("abc", "abcd"));
    QVERIFY(!confab::auth::constantTimeEquals("xbc", "abc"));
}

void TstScramCredentials::credentialsValidity()
{
    QVERIFY(!ScramCredentials{}.isValid());
    QVERIFY(deriveCredentials(ScramHash::Sha1, "x", "salt", 1).isValid());
}

QTEST_GUILESS_MAIN(TstScramCredentials)
#include "tst_scramcredentials.moc"
