#include "shared/logcatalog.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace confab::log;

namespace {

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z0-9_.-]+)\\}"));
    QStringList names;
    for (auto it = re.globalMatch(text); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

Record record(const QString &key, const QJsonObject &args = {}, quint64 connection = 0)
{
    Record r;
    r.time = QDateTime(QDate(2026, 11, 21), QTime(12, 0, 0, 123), Qt::UTC);
    r.level = Level::Problems;
    r.tag = QString::fromLatin1(tag::XmppI);
    r.connection = connection;
    r.key = key;
    r.args = args;
    return r;
}

// Stands in for a loaded .qm file: proves the renderer asks the "LogCatalog" context.
class FakeTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QByteArrayView(context) == "LogCatalog" &&
            QByteArrayView(sourceText) == "Connection from {address}")
            return QStringLiteral("Verbindung von {address}");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestLogCatalog : public QObject
{
    Q_OBJECT
private slots:
    void keysAreWellFormedAndUnique();
    void everyArgumentRenders();
    void seededKeys();
    void unknownKey();
    void formatLine();
    void translated();
};

void TestLogCatalog::keysAreWellFormedAndUnique()
{
    static const QRegularExpression keyRe(QStringLiteral("^[a-z0-9_]+(\\.[a-z0-9_]+)+$"));
    QSet<QString> seen;
    QVERIFY(catalogEnd() - catalogBegin() >= 22);
    for (auto *e = catalogBegin(); e != catalogEnd(); ++e) {
        const QString key = QString::fromLatin1(e->key);
        QVERIFY2(keyRe.match(key).hasMatch(), e->key);
        QVERIFY2(!seen.contains(key), e->key);
        seen.insert(key);
        QVERIFY(e->text && *e->text);
        QCOMPARE(catalogText(key), e->text);
    }
}

void TestLogCatalog::everyArgumentRenders()
{
    for (auto *e = catalogBegin(); e != catalogEnd(); ++e) {
        QJsonObject args;
        const QStringList names = placeholders(QString::fromUtf8(e->text));
        for (const QString &n : names)
            args.insert(n, QStringLiteral("<%1>").arg(n));
        const QString msg = renderMessage(record(QString::fromLatin1(e->key), args), false);
        QVERIFY2(!msg.contains(u'{'), qPrintable(msg));
        for (const QString &n : names)
            QVERIFY2(msg.contains(QStringLiteral("<%1>").arg(n)), qPrintable(msg));
    }
}

void TestLogCatalog::seededKeys()
{
    const QJsonObject args{{QStringLiteral("address"), QStringLiteral("::")},
                           {QStringLiteral("port"), 5222},
                           {QStringLiteral("kind"), QStringLiteral("c2s")}};
    QCOMPARE(renderMessage(record(QStringLiteral("server.listen"), args), false),
             QStringLiteral("Listening on :::5222 (c2s)"));
    QCOMPARE(renderMessage(record(QStringLiteral("c2s.auth_failure"),
                                  {{QStringLiteral("user"), QStringLiteral("romeo")},
                                   {QStringLiteral("address"), QStringLiteral("192.0.2.7")},
                                   {QStringLiteral("reason"), QStringLiteral("not-authorized")}}),
                           false),
             QStringLiteral("Authentication failed for romeo from 192.0.2.7: not-authorized"));
    for (const char *key : {"server.start",      "server.stop",   "server.listen_failed",
                            "c2s.connect",       "c2s.close",     "c2s.tls",
                            "c2s.auth_success",  "c2s.bind",      "c2s.stream_error",
                            "c2s.channel_limit", "ctrl.connect",  "ctrl.auth_failure",
                            "ctrl.auth_success", "ctrl.setup",    "store.open",
                            "store.migrate",     "store.error",   "tls.cert_generated",
                            "tls.cert_loaded",   "tls.cert_error"})
        QVERIFY2(catalogText(QString::fromLatin1(key)), key);
    // A missing argument stays visible rather than vanishing.
    QCOMPARE(renderMessage(record(QStringLiteral("c2s.connect")), false),
             QStringLiteral("Connection from {address}"));
}

void TestLogCatalog::unknownKey()
{
    QVERIFY(!catalogText(u"no.such_key"));
    QCOMPARE(renderMessage(record(QStringLiteral("no.such_key"), {{QStringLiteral("a"), 1}}), false),
             QStringLiteral("no.such_key {\"a\":1}"));
}

void TestLogCatalog::formatLine()
{
    const Record r =
        record(QStringLiteral("c2s.connect"), {{QStringLiteral("address"), QStringLiteral("192.0.2.1")}}, 42);
    QCOMPARE(confab::log::formatLine(r),
             QStringLiteral("2026-11-21 12:00:00.123 XMPPI [42] problems: Connection from 192.0.2.1"));
    Record noConn = r;
    noConn.connection = 0;
    noConn.level = Level::LowLevel;
    QCOMPARE(confab::log::formatLine(noConn),
             QStringLiteral("2026-11-21 12:00:00.123 XMPPI low: Connection from 192.0.2.1"));
    // Local times are written in UTC.
    Record local = r;
    local.time = r.time.toOffsetFromUtc(3600);
    QCOMPARE(confab::log::formatLine(local), confab::log::formatLine(r));
}

void TestLogCatalog::translated()
{
    FakeTranslator tr;
    QVERIFY(QCoreApplication::installTranslator(&tr));
    const Record r =
        record(QStringLiteral("c2s.connect"), {{QStringLiteral("address"), QStringLiteral("192.0.2.1")}});
    QCOMPARE(renderMessage(r, true), QStringLiteral("Verbindung von 192.0.2.1"));
    QCOMPARE(renderMessage(r, false), QStringLiteral("Connection from 192.0.2.1"));
    // The file line is English whatever translator is installed.
    QVERIFY(confab::log::formatLine(r).endsWith(QStringLiteral("Connection from 192.0.2.1")));
    QCoreApplication::removeTranslator(&tr);
}

QTEST_GUILESS_MAIN(TestLogCatalog)
#include "tst_logcatalog.moc"
