#include "auth/saslprep.h"

#include <QTest>

using confab::auth::saslPrep;

class TstSaslPrep : public QObject
{
    Q_OBJECT
private slots:
    void rfc4013Examples_data();
    void rfc4013Examples();
    void rejected_data();
    void rejected();
    void spaceMapping();
};

void TstSaslPrep::rfc4013Examples_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");
    // RFC 4013 §3
    QTest::newRow("soft hyphen mapped to nothing") << QStringLiteral("I\u00ADX") << QByteArray("IX");
    QTest::newRow("no transformation") << QStringLiteral("user") << QByteArray("user");
    QTest::newRow("case preserved") << QStringLiteral("USER") << QByteArray("USER");
    QTest::newRow("NFKC ordinal indicator") << QStringLiteral("\u00AA") << QByteArray("a");
    QTest::newRow("NFKC roman numeral nine") << QStringLiteral("\u2168") << QByteArray("IX");
    QTest::newRow("non-ASCII kept as UTF-8") << QStringLiteral("p\u00E4ss") << QByteArray("p\xC3\xA4ss");
}

void TstSaslPrep::rfc4013Examples()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);
    const auto prepared = saslPrep(input);
    QVERIFY(prepared.has_value());
    QCOMPARE(*prepared, expected);
}

void TstSaslPrep::rejected_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("prohibited control character") << QStringLiteral("\u0007");
    QTest::newRow("bidi: RandALCat not last") << QStringLiteral("\u0627\u0031");
    QTest::newRow("embedded NUL") << QString(QChar(u'a')) + QChar(u'\0') + QChar(u'b');
    QTest::newRow("private use") << QStringLiteral("a\uE000");
}

void TstSaslPrep::rejected()
{
    QFETCH(QString, input);
    QVERIFY(!saslPrep(input).has_value());
}

void TstSaslPrep::spaceMapping()
{
    // Non-ASCII spaces (table C.1.2) map to U+0020.
    QCOMPARE(saslPrep(QStringLiteral("a\u00A0b")).value(), QByteArray("a b"));
}

QTEST_GUILESS_MAIN(TstSaslPrep)
#include "tst_saslprep.moc"
