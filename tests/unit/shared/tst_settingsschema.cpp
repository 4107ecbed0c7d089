#include "shared/settingsschema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace confab::settings;

namespace {

const Key &key(const char *name, Scope scope = Scope::Global)
{
    const Key *k = find(QString::fromLatin1(name), scope);
    if (!k)
        qFatal("no setting %s", name);
    return *k;
}

QString code(const confab::Result<QJsonValue> &r)
{
    return r ? QString() : r.error().code;
}

} // namespace

class TestSettingsSchema : public QObject
{
    Q_OBJECT
private slots:
    void everyKeyIsComplete();
    void expectedKeys();
    void lookupRespectsScope();
    void boolValues();
    void intValues();
    void enumValues();
    void stringValues();
    void listValues();
    void unknownSetting();
    void effectiveValue();
    void formatRoundTrip();
    void documented();
};

void TestSettingsSchema::everyKeyIsComplete()
{
    QSet<QString> seen;
    QVERIFY(all().size() >= 25); // 17 global + 8 per domain at the start
    for (const Key &k : all()) {
        const QString id = scopeName(k.scope) + u':' + QString::fromLatin1(k.name);
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
        QVERIFY2(k.description && qstrlen(k.description) > 20, k.name);
        const auto n = normalize(k, k.defaultValue);
        QVERIFY2(n.ok(), qPrintable(id + u' ' + (n ? QString() : n.error().message)));
        QCOMPARE(*n, k.defaultValue);
        if (k.type == Type::Int)
            QVERIFY2(k.min <= k.defaultValue.toInteger() && k.defaultValue.toInteger() <= k.max, k.name);
        if (k.type == Type::Enum)
            QVERIFY2(k.choices.contains(k.defaultValue.toString()), k.name);
        QVERIFY(find(QString::fromLatin1(k.name), k.scope) == &k);
    }
}

void TestSettingsSchema::expectedKeys()
{
    QCOMPARE(key("server.channels").defaultValue.toInt(), 10000);
    QCOMPARE(key("log.level").defaultValue.toString(), QStringLiteral("problems"));
    QCOMPARE(key("listen.address").defaultValue.toString(), QStringLiteral("::"));
    QCOMPARE(key("listen.c2s_port").defaultValue.toInt(), 5222);
    QCOMPARE(key("listen.s2s_port").defaultValue.toInt(), 5269);
    QCOMPARE(key("listen.c2s_tls_port").defaultValue.toInt(), 5223);
    QCOMPARE(key("c2s.require_tls").defaultValue.toBool(), true);
    QCOMPARE(key("xml.max_stanza_bytes").defaultValue.toInt(), 262144);
    QCOMPARE(key("auth.legacy", Scope::Domain).defaultValue.toBool(), false);
    QCOMPARE(key("auth.mechanisms", Scope::Domain).defaultValue.toArray().first().toString(),
             QStringLiteral("SCRAM-SHA-256-PLUS"));
    QCOMPARE(key("enabled", Scope::Domain).defaultValue.toBool(), true);
    // The legacy description must tell the admin what they give up.
    QVERIFY(QString::fromUtf8(key("auth.legacy", Scope::Domain).description)
                .contains(QStringLiteral("reversible")));
}

void TestSettingsSchema::lookupRespectsScope()
{
    QVERIFY(find(u"log.level", Scope::Global));
    QVERIFY(!find(u"log.level", Scope::Domain));
    QVERIFY(find(u"enabled", Scope::Domain));
    QVERIFY(!find(u"enabled", Scope::Global));
}

void TestSettingsSchema::boolValues()
{
    const Key &k = key("c2s.require_tls");
    for (const char *t : {"true", "on", "YES", "1", " True "})
        QCOMPARE(*normalize(k, QString::fromLatin1(t)), QJsonValue(true));
    for (const char *f : {"false", "off", "No", "0"})
        QCOMPARE(*normalize(k, QString::fromLatin1(f)), QJsonValue(false));
    QCOMPARE(*normalize(k, false), QJsonValue(false));
    QCOMPARE(code(normalize(k, QStringLiteral("maybe"))), QStringLiteral("setting.invalid"));
    QCOMPARE(code(normalize(k, 1)), QStringLiteral("setting.invalid"));
    QCOMPARE(code(normalize(k, QJsonValue())), QStringLiteral("setting.invalid"));
}

void TestSettingsSchema::intValues()
{
    const Key &k = key("listen.c2s_port");
    QCOMPARE(*normalize(k, 5222), QJsonValue(5222));
    QCOMPARE(*normalize(k, QStringLiteral(" 5280 ")), QJsonValue(5280));
    QCOMPARE(*normalize(k, 1), QJsonValue(1));
    QCOMPARE(*normalize(k, 65535), QJsonValue(65535));
    for (const QJsonValue &bad :
         {QJsonValue(0), QJsonValue(65536), QJsonValue(52.5), QJsonValue(QStringLiteral("52a")),
          QJsonValue(QStringLiteral("")), QJsonValue(true), QJsonValue(QJsonArray{1})})
        QCOMPARE(code(normalize(k, bad)), QStringLiteral("setting.invalid"));
    const auto err = normalize(k, 70000);
    QCOMPARE(err.error().message, QStringLiteral("listen.c2s_port must be a whole number from 1 to 65535"));
    QCOMPARE(err.error().args.value(QStringLiteral("name")).toString(), QStringLiteral("listen.c2s_port"));
}

void TestSettingsSchema::enumValues()
{
    const Key &k = key("log.level");
    QCOMPARE(*normalize(k, QStringLiteral("ALL")), QJsonValue(QStringLiteral("all")));
    QCOMPARE(*normalize(k, QStringLiteral("low")), QJsonValue(QStringLiteral("low")));
    QCOMPARE(code(normalize(k, QStringLiteral("debug"))), QStringLiteral("setting.invalid"));
    QCOMPARE(code(normalize(k, 2)), QStringLiteral("setting.invalid"));
}

void TestSettingsSchema::stringValues()
{
    const Key &addr = key("listen.address");
    QCOMPARE(*normalize(addr, QStringLiteral("0.0.0.0")), QJsonValue(QStringLiteral("0.0.0.0")));
    QCOMPARE(*normalize(addr, QStringLiteral(" 2001:db8::1 ")), QJsonValue(QStringLiteral("2001:db8::1")));
    QCOMPARE(code(normalize(addr, QStringLiteral("example.com"))), QStringLiteral("setting.invalid"));
    QCOMPARE(code(normalize(addr, 5)), QStringLiteral("setting.invalid"));
    const Key &dns = key("dns.server");
    QCOMPARE(*normalize(dns, QString()), QJsonValue(QString()));
    QCOMPARE(code(normalize(dns, QStringLiteral("resolver"))), QStringLiteral("setting.invalid"));
    const Key &cert = key("tls.certificate", Scope::Domain);
    QCOMPARE(*normalize(cert, QStringLiteral("certs/example.pem")),
             QJsonValue(QStringLiteral("certs/example.pem")));
    QCOMPARE(code(normalize(cert, QStringLiteral("../../etc/ssl/key.pem"))),
             QStringLiteral("setting.invalid"));
}

void TestSettingsSchema::listValues()
{
    const Key &mech = key("auth.mechanisms", Scope::Domain);
    QCOMPARE(*normalize(mech, QStringLiteral("scram-sha-256, PLAIN,,scram-sha-256")),
             QJsonValue(QJsonArray{QStringLiteral("SCRAM-SHA-256"), QStringLiteral("PLAIN")}));
    QCOMPARE(*normalize(mech, QJsonArray{QStringLiteral("SCRAM-SHA-1")}),
             QJsonValue(QJsonArray{QStringLiteral("SCRAM-SHA-1")}));
    QCOMPARE(*normalize(mech, QString()), QJsonValue(QJsonArray{}));
    QCOMPARE(code(normalize(mech, QStringLiteral("SCRAM-SHA-256,X-MAGIC"))),
             QStringLiteral("setting.invalid"));
    QCOMPARE(code(normalize(mech, QJsonArray{1})), QStringLiteral("setting.invalid"));
    QCOMPARE(code(normalize(mech, true)), QStringLiteral("setting.invalid"));
    const Key &items = key("disco.extra_items", Scope::Domain);
    QCOMPARE(
        *normalize(items, QStringLiteral("Gateway.Example.com, irc.example.com")),
        QJsonValue(QJsonArray{QStringLiteral("gateway.example.com"), QStringLiteral("irc.example.com")}));
    QCOMPARE(code(normalize(items, QStringLiteral("not a jid@"))), QStringLiteral("setting.invalid"));
}

void TestSettingsSchema::unknownSetting()
{
    QCOMPARE(code(normalize(u"no.such", Scope::Global, 1)), QStringLiteral("setting.unknown"));
    QCOMPARE(code(normalize(u"enabled", Scope::Global, true)), QStringLiteral("setting.unknown"));
    QCOMPARE(*normalize(u"enabled", Scope::Domain, QStringLiteral("off")), QJsonValue(false));
}

void TestSettingsSchema::effectiveValue()
{
    const Key &k = key("server.channels");
    QCOMPARE(effective(k, {}), QJsonValue(10000));
    QCOMPARE(effective(k, {{QStringLiteral("server.channels"), 50}}), QJsonValue(50));
    QCOMPARE(effective(k, {{QStringLiteral("server.channels"), QStringLiteral("60")}}), QJsonValue(60));
    // Out of bounds (e.g. stored by an older version): the default, never the bad value.
    QCOMPARE(effective(k, {{QStringLiteral("server.channels"), 0}}), QJsonValue(10000));
}

void TestSettingsSchema::formatRoundTrip()
{
    for (const Key &k : all())
        QCOMPARE(*normalize(k, formatValue(k.defaultValue)), k.defaultValue);
    QCOMPARE(formatValue(key("auth.mechanisms", Scope::Domain).defaultValue),
             QStringLiteral("SCRAM-SHA-256-PLUS,SCRAM-SHA-256,SCRAM-SHA-1-PLUS,SCRAM-SHA-1,PLAIN"));
    QCOMPARE(typeName(Type::StringList), QStringLiteral("list"));
    QCOMPARE(scopeName(Scope::Domain), QStringLiteral("domain"));
}

void TestSettingsSchema::documented()
{
    QString root = qEnvironmentVariable("CONFAB_SOURCE_DIR");
    if (root.isEmpty())
        root = QFileInfo(QStringLiteral(__FILE__)).absoluteDir().filePath(QStringLiteral("../../.."));
    QFile doc(QDir(root).filePath(QStringLiteral("docs/settings.md")));
    QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
    const QString text = QString::fromUtf8(doc.readAll());
    QVERIFY(text.contains(QStringLiteral("shared/settingsschema.cpp")));
    for (const Key &k : all()) {
        // Each key has its own table row: "| `name` | type | `default` |".
        const QString row =
            QStringLiteral("| `%1` | %2 | ").arg(QString::fromLatin1(k.name), typeName(k.type));
        QVERIFY2(text.contains(row), qPrintable(row));
    }
}

QTEST_GUILESS_MAIN(TestSettingsSchema)
#include "tst_settingsschema.moc"
