// Limits that hold under attack (docs/security.md): each setting is lowered, the attack is made
// over real sockets against a real confabd, and the test checks that the attacker is cut off or
// slowed while other clients keep being served.
#include "confabprocess.h"
#include "rawclient.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QtTest>
#include <functional>

using namespace confab::test;
using confab::xml::Element;

static const QString Domain = QStringLiteral("confab.test");

static QString streamError(const Element *el)
{
    if (!el || el->name() != u"error" || el->ns() != u"http://etherx.jabber.org/streams")
        return {};
    for (const Element *c : el->childElements())
        if (c->ns() == u"urn:ietf:params:xml:ns:xmpp-streams" && c->name() != u"text")
            return c->name();
    return {};
}

// The next <stream:error/>'s condition, skipping everything else (or empty on timeout).
static QString nextStreamError(RawClient &c, int timeoutMs = 5000)
{
    for (auto el = c.next(timeoutMs); el; el = c.next(timeoutMs))
        if (const QString cond = streamError(el.get()); !cond.isEmpty())
            return cond;
    return {};
}

static QByteArray ping(const QString &id, const QByteArray &extra = {})
{
    return "<iq type='get' id='" + id.toUtf8() + "' to='confab.test'><ping xmlns='urn:xmpp:ping'" + extra +
           "/></iq>";
}

// Waits for the iq result with this id, skipping presence and other stanzas.
static bool gotResult(RawClient &c, const QString &id, int timeoutMs = 5000)
{
    for (auto el = c.next(timeoutMs); el; el = c.next(timeoutMs))
        if (el->name() == u"iq" && el->attr(u"id") == id)
            return el->attr(u"type") == u"result";
    return false;
}

class TestLimits : public QObject
{
    Q_OBJECT
    ConfabProcess m_confab{Domain};

    QString ca() const { return m_confab.certificatePath(); }
    void set(const char *key, const QString &value)
    {
        QCOMPARE(m_confab.ctl({"settings", "set", key, value}).exitCode, 0);
    }
    QByteArray logTail() const { return m_confab.ctl({"log", "tail", "-n", "200"}).out; }
    QJsonArray sessions() const
    {
        const CtlResult r = m_confab.ctl({"--json", "sessions", "list"});
        return QJsonDocument::fromJson("{\"v\":" + r.out + "}").object().value("v").toArray();
    }
    QJsonObject sessionWith(const QString &key, const QString &value) const
    {
        for (const QJsonValue &v : sessions())
            if (v.toObject().value(key).toString() == value)
                return v.toObject();
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_confab.start());
        QVERIFY(m_confab.setupAdmin());
        for (const char *u : {"alice", "bob", "carol"})
            QVERIFY(m_confab.addUser(QString::fromLatin1(u) + "@confab.test", QString::fromLatin1(u) + "-pw"));
    }
    void cleanupTestCase() { m_confab.stop(); }

    // First: the per-address window counts every connection from 127.0.0.1 in this minute.
    void connectionRatePerAddress()
    {
        set("server.max_connections_per_address_per_minute", "3");
        RawClient a, b, c, d;
        for (RawClient *x : {&a, &b, &c}) {
            QVERIFY(x->connectPlain(m_confab.c2sPort()));
            QVERIFY(!x->openStream(Domain).isEmpty());
        }
        QVERIFY(d.connectPlain(m_confab.c2sPort()));
        QCOMPARE(nextStreamError(d), QStringLiteral("resource-constraint"));
        QVERIFY(d.waitClosed());
        QVERIFY(logTail().contains("connections from it within a minute"));
        QVERIFY(a.isConnected()); // the admitted ones are still served
        QVERIFY(a.next());
        // 0 turns the limit off.
        set("server.max_connections_per_address_per_minute", "0");
        RawClient e;
        QVERIFY(e.connectPlain(m_confab.c2sPort()));
        QVERIFY(!e.openStream(Domain).isEmpty());
    }

    void peerThatDoesNotReadIsDisconnected()
    {
        set("c2s.max_send_buffer_bytes", "65536");
        set("c2s.max_stanzas_per_second", "0");
        set("offline.max_messages", "0");
        RawClient bob, alice;
        const QString bobJid = bob.login(m_confab.c2sPort(), ca(), Domain, "bob", "bob-pw", "slow");
        QVERIFY(!bobJid.isEmpty());
        QVERIFY(!alice.login(m_confab.c2sPort(), ca(), Domain, "alice", "alice-pw", "flood").isEmpty());
        // Bob stops reading: a tiny read buffer and nobody draining it.
        bob.socket().setReadBufferSize(4096);
        QObject::disconnect(&bob.socket(), nullptr, &bob, nullptr);
        QVERIFY(!sessionWith("jid", bobJid).isEmpty());

        const QByteArray msg = "<message type='headline' to='" + bobJid.toUtf8() + "'><body>" +
                               QByteArray(16000, 'x') + "</body></message>";
        QElapsedTimer t;
        t.start();
        bool gone = false;
        // Far more than the kernel's socket buffers can hold (a few MiB on loopback).
        for (int round = 0; round < 100 && !gone && t.elapsed() < 12000; ++round) {
            for (int i = 0; i < 20; ++i)
                alice.send(msg);
            QTest::qWait(50);
            if (round % 5 == 4)
                gone = sessionWith("jid", bobJid).isEmpty();
        }
        QTRY_VERIFY_WITH_TIMEOUT(sessionWith("jid", bobJid).isEmpty(), 5000);
        // Cut off for not reading (not some other reason), with at most the limit queued.
        QVERIFY(logTail().contains("does not read what is sent to it"));
        // The flooder is still served.
        alice.send(ping("after-flood"));
        QVERIFY(gotResult(alice, "after-flood", 10000));
        set("c2s.max_send_buffer_bytes", "1048576");
        set("offline.max_messages", "1000");
    }

    void stanzaFloodIsSlowedWithoutHurtingOthers()
    {
        set("c2s.max_stanzas_per_second", "20"); // bursts of 40
        RawClient carol, alice;
        QVERIFY(!carol.login(m_confab.c2sPort(), ca(), Domain, "carol", "carol-pw", "flood").isEmpty());
        QVERIFY(!alice.login(m_confab.c2sPort(), ca(), Domain, "alice", "alice-pw", "calm").isEmpty());
        QTest::qWait(2100); // a full bucket for carol
        const int count = 120;
        QByteArray flood;
        for (int i = 0; i < count; ++i)
            flood += ping(QStringLiteral("f%1").arg(i));
        QElapsedTimer t;
        t.start();
        carol.send(flood);
        QTest::qWait(200);
        // Another client is answered at once while carol is throttled.
        QElapsedTimer calm;
        calm.start();
        alice.send(ping("calm"));
        QVERIFY(gotResult(alice, "calm", 2000));
        QVERIFY2(calm.elapsed() < 1000, qPrintable(QString::number(calm.elapsed())));
        // Every ping is answered, in order, but no faster than the rate allows: ~40 at once, then 20/s.
        for (int i = 0; i < count; ++i)
            QVERIFY2(gotResult(carol, QStringLiteral("f%1").arg(i), 8000), qPrintable(QString::number(i)));
        QVERIFY2(t.elapsed() >= 3000, qPrintable(QString::number(t.elapsed())));
        set("c2s.max_stanzas_per_second", "100");
    }

    void attributeLimits()
    {
        QByteArray many;
        for (int i = 0; i < 20; ++i)
            many += " a" + QByteArray::number(i) + "='v'";
        {
            RawClient c; // 20 attributes are fine by default
            QVERIFY(!c.login(m_confab.c2sPort(), ca(), Domain, "alice", "alice-pw", "attrs").isEmpty());
            c.send(ping("many", many));
            QVERIFY(gotResult(c, "many"));
        }
        set("xml.max_attributes", "8");
        {
            RawClient c;
            QVERIFY(!c.login(m_confab.c2sPort(), ca(), Domain, "alice", "alice-pw", "attrs").isEmpty());
            c.send(ping("many", many));
            QCOMPARE(nextStreamError(c), QStringLiteral("policy-violation"));
        }
        QCOMPARE(m_confab.ctl({"settings", "unset", "xml.max_attributes"}).exitCode, 0);
        set("xml.max_attribute_bytes", "256");
        {
            RawClient c;
            QVERIFY(!c.login(m_confab.c2sPort(), ca(), Domain, "alice", "alice-pw", "attrs").isEmpty());
            c.send(ping("long", " a='" + QByteArray(200, 'y') + "'"));
            QVERIFY(gotResult(c, "long"));
            c.send(ping("longer", " a='" + QByteArray(1000, 'y') + "'"));
            QCOMPARE(nextStreamError(c), QStringLiteral("policy-violation"));
        }
        QCOMPARE(m_confab.ctl({"settings", "unset", "xml.max_attribute_bytes"}).exitCode, 0);
    }

    // Slowloris: one byte every 100 ms of a start tag that never ends. The auth timeout cuts it
    // off, and meanwhile confabd holds no more than what arrived (under the stanza size limit).
    void slowlorisIsCutOff()
    {
        set("c2s.auth_timeout_seconds", "5");
        set("xml.max_stanza_bytes", "1024");
        RawClient c;
        QVERIFY(c.connectPlain(m_confab.c2sPort()));
        QVERIFY(!c.openStream(Domain).isEmpty());
        QVERIFY(c.next()); // features
        c.send("<message to='bob@confab.test' a='");
        const int port = c.socket().localPort();
        QElapsedTimer t;
        t.start();
        QString condition;
        qint64 maxIn = 0;
        while (condition.isEmpty() && t.elapsed() < 12000) {
            c.send("x");
            auto el = c.next(100);
            condition = streamError(el.get());
            if (int(t.elapsed() / 100) % 10 == 0)
                for (const QJsonValue &v : sessions())
                    if (v.toObject().value("port").toInt() == port)
                        maxIn = std::max<qint64>(maxIn, qint64(v.toObject().value("bytesIn").toDouble()));
        }
        QCOMPARE(condition, QStringLiteral("connection-timeout"));
        QVERIFY(t.elapsed() < 10000);
        QVERIFY(maxIn > 0 && maxIn <= 1024 + 512); // the header plus what trickled in
        QVERIFY(c.waitClosed());
        QCOMPARE(m_confab.ctl({"settings", "unset", "c2s.auth_timeout_seconds"}).exitCode, 0);
        QCOMPARE(m_confab.ctl({"settings", "unset", "xml.max_stanza_bytes"}).exitCode, 0);
    }

    // control.max_request_bytes: announced in hello to connections opened after the change; a
    // longer request gets a clear error and neither that connection nor any other is closed.
    void controlRequestLimitIsASetting()
    {
        set("control.max_request_bytes", "65536");
        QLocalSocket socket;
        socket.connectToServer(m_confab.dataDir() + "/control/confabd.sock");
        QVERIFY(socket.waitForConnected(5000));
        const QJsonObject hello = readControlLine(socket, [](const QJsonObject &o) { return o.contains("event"); });
        QCOMPARE(hello.value("data").toObject().value("maxLineLength").toInt(), 65536);
        socket.write("{\"id\":1,\"method\":\"setup.status\",\"params\":{\"pad\":\"" + QByteArray(70000, 'x') +
                     "\"}}\n{\"id\":2,\"method\":\"setup.status\"}\n");
        const QJsonObject error =
            readControlLine(socket, [](const QJsonObject &o) { return o.contains("error"); }).value("error").toObject();
        QCOMPARE(error.value("code").toString(), QStringLiteral("protocol.line_too_long"));
        QVERIFY2(error.value("message").toString().contains("65536"), qPrintable(error.value("message").toString()));
        // The same connection answers the next request; confabctl (another client) still works.
        const QJsonObject next =
            readControlLine(socket, [](const QJsonObject &o) { return o.value("id").toInt() == 2; });
        QVERIFY(next.value("result").toObject().value("setup").toBool());
        QCOMPARE(m_confab.ctl({"status"}).exitCode, 0);
        QCOMPARE(socket.state(), QLocalSocket::ConnectedState);
        QCOMPARE(m_confab.ctl({"settings", "unset", "control.max_request_bytes"}).exitCode, 0);
        QLocalSocket fresh;
        fresh.connectToServer(m_confab.dataDir() + "/control/confabd.sock");
        QVERIFY(fresh.waitForConnected(5000));
        QCOMPARE(readControlLine(fresh, [](const QJsonObject &o) { return o.contains("event"); })
                     .value("data").toObject().value("maxLineLength").toInt(),
                 1048576);
    }

private:
    // The first JSON line from the control socket that `match` accepts (empty after 10 s).
    static QJsonObject readControlLine(QLocalSocket &socket, const std::function<bool(const QJsonObject &)> &match)
    {
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            while (socket.canReadLine()) {
                const QJsonObject o = QJsonDocument::fromJson(socket.readLine()).object();
                if (match(o))
                    return o;
            }
            socket.waitForReadyRead(100);
        }
        return {};
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
