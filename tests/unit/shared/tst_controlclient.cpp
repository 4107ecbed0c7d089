#include "shared/controlclient.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace confab::control;

namespace {

// A tiny stand-in for confabd's ControlServer, speaking the protocol from shared/controlprotocol.h.
//   echo -> result = params;  fail -> error domain.exists;  push -> event "log" then result true;
//   silent -> never answers;  drop -> closes the connection;  slow -> answers in two pieces.
class FakeServer : public QObject
{
public:
    explicit FakeServer(const QString &path, int maxLine = DefaultMaxLineLength) : m_maxLine(maxLine)
    {
        QLocalServer::removeServer(path);
        if (!m_server.listen(path))
            qFatal("cannot listen on %s", qPrintable(path));
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *s = m_server.nextPendingConnection())
                accept(s);
        });
    }
    QStringList methods; // every request received, in order
    QPointer<QLocalSocket> last;

private:
    void accept(QLocalSocket *s)
    {
        last = s;
        auto codec = std::make_shared<LineCodec>(m_maxLine);
        s->write(encode(Event{QString::fromLatin1(HelloEvent),
                              {{QStringLiteral("protocol"), ProtocolVersion},
                               {QStringLiteral("maxLineLength"), m_maxLine},
                               {QStringLiteral("server"), QStringLiteral("fake 0")}}}));
        connect(s, &QLocalSocket::readyRead, s, [this, s, codec] {
            for (const auto &item : codec->feed(s->readAll()))
                if (item.message && std::holds_alternative<Request>(*item.message))
                    answer(s, std::get<Request>(*item.message));
        });
    }

    void answer(QLocalSocket *s, const Request &r)
    {
        methods.append(r.method);
        if (r.method == u"echo") {
            s->write(encode(Response{r.id, r.params, std::nullopt}));
        } else if (r.method == u"fail") {
            s->write(encode(Response{r.id,
                                     {},
                                     confab::makeError(QStringLiteral("domain.exists"), "Domain {d} exists",
                                                       {{QStringLiteral("d"), QStringLiteral("x.org")}})}));
        } else if (r.method == u"push") {
            s->write(encode(Event{QStringLiteral("log"), r.params}));
            s->write(encode(Response{r.id, true, std::nullopt}));
        } else if (r.method == u"drop") {
            s->disconnectFromServer();
        } else if (r.method == u"slow") {
            const QByteArray line = encode(Response{r.id, QStringLiteral("late"), std::nullopt});
            s->write(line.left(5));
            s->flush();
            QTimer::singleShot(50, s, [s, line] { s->write(line.mid(5)); });
        }
    }

    QLocalServer m_server;
    int m_maxLine;
};

} // namespace

class TestControlClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void helloAndAsyncCall();
    void callSyncResultAndError();
    void callBeforeConnected();
    void events();
    void responseInPieces();
    void lostConnectionAnswersPending();
    void notConnected();
    void timeout();
    void serverNotFound();
    void requestTooLongForServer();
    void socketPath();

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestControlClient::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("ctl.sock"));
}

void TestControlClient::cleanup()
{
    m_dir.reset();
}

void TestControlClient::helloAndAsyncCall()
{
    FakeServer server(m_path);
    ControlClient client;
    QSignalSpy connectedSpy(&client, &ControlClient::connected);
    QSignalSpy helloSpy(&client, &ControlClient::helloReceived);
    client.connectToServer(m_path);
    QVERIFY(client.waitForHello(5000));
    QCOMPARE(connectedSpy.count(), 1);
    QCOMPARE(helloSpy.count(), 1);
    QCOMPARE(client.hello().value(QStringLiteral("protocol")).toInt(), ProtocolVersion);
    QVERIFY(client.isConnected());

    std::optional<Response> got;
    const qint64 id =
        client.call(QStringLiteral("echo"), {{QStringLiteral("x"), 1}}, [&](const Response &r) { got = r; });
    QVERIFY(id > 0);
    QTRY_VERIFY(got.has_value());
    QCOMPARE(got->id, id);
    QVERIFY(!got->error);
    QCOMPARE(got->result.toObject().value(QStringLiteral("x")).toInt(), 1);
    const qint64 id2 = client.call(QStringLiteral("echo"), {}, {});
    QVERIFY(id2 > id);
}

void TestControlClient::callSyncResultAndError()
{
    FakeServer server(m_path);
    ControlClient client;
    client.connectToServer(m_path);
    const Response ok =
        client.callSync(QStringLiteral("echo"), {{QStringLiteral("a"), QStringLiteral("b")}}, 5000);
    QVERIFY(!ok.error);
    QCOMPARE(ok.result.toObject().value(QStringLiteral("a")).toString(), QStringLiteral("b"));
    const Response bad = client.callSync(QStringLiteral("fail"), {}, 5000);
    QVERIFY(bad.error);
    QCOMPARE(bad.error->code, QStringLiteral("domain.exists"));
    QCOMPARE(bad.error->message, QStringLiteral("Domain x.org exists"));
    QCOMPARE(bad.error->args.value(QStringLiteral("d")).toString(), QStringLiteral("x.org"));
}

void TestControlClient::callBeforeConnected()
{
    FakeServer server(m_path);
    ControlClient client;
    client.connectToServer(m_path);
    int answered = 0;
    // Issued while the socket may still be connecting: queued, then sent in order.
    client.call(QStringLiteral("echo"), {{QStringLiteral("n"), 1}}, [&](const Response &r) {
        QCOMPARE(r.result.toObject().value(QStringLiteral("n")).toInt(), 1);
        ++answered;
    });
    client.call(QStringLiteral("echo"), {{QStringLiteral("n"), 2}}, [&](const Response &) { ++answered; });
    QTRY_COMPARE(answered, 2);
    QCOMPARE(server.methods, (QStringList{QStringLiteral("echo"), QStringLiteral("echo")}));
}

void TestControlClient::events()
{
    FakeServer server(m_path);
    ControlClient client;
    QSignalSpy eventSpy(&client, &ControlClient::eventReceived);
    client.connectToServer(m_path);
    const Response r = client.callSync(QStringLiteral("push"),
                                       {{QStringLiteral("key"), QStringLiteral("c2s.connect")}}, 5000);
    QVERIFY(!r.error);
    QCOMPARE(eventSpy.count(), 1); // the hello is not reported as an ordinary event
    const auto ev = eventSpy.first().first().value<Event>();
    QCOMPARE(ev.event, QStringLiteral("log"));
    QCOMPARE(ev.data.value(QStringLiteral("key")).toString(), QStringLiteral("c2s.connect"));
}

void TestControlClient::responseInPieces()
{
    FakeServer server(m_path);
    ControlClient client;
    client.connectToServer(m_path);
    const Response r = client.callSync(QStringLiteral("slow"), {}, 5000);
    QVERIFY(!r.error);
    QCOMPARE(r.result.toString(), QStringLiteral("late"));
}

void TestControlClient::lostConnectionAnswersPending()
{
    FakeServer server(m_path);
    ControlClient client;
    QSignalSpy disconnectedSpy(&client, &ControlClient::disconnected);
    client.connectToServer(m_path);
    QVERIFY(client.waitForHello(5000));
    QStringList codes;
    client.call(QStringLiteral("silent"), {}, [&](const Response &r) { codes << r.error->code; });
    client.call(QStringLiteral("silent"), {}, [&](const Response &r) { codes << r.error->code; });
    const Response r = client.callSync(QStringLiteral("drop"), {}, 5000);
    QVERIFY(r.error);
    QCOMPARE(r.error->code, QStringLiteral("connection.lost"));
    QTRY_COMPARE(codes.size(), 2);
    QCOMPARE(codes, (QStringList{QStringLiteral("connection.lost"), QStringLiteral("connection.lost")}));
    QTRY_COMPARE(disconnectedSpy.count(), 1);
    QVERIFY(client.hello().isEmpty());

    // The client can connect again afterwards.
    client.connectToServer(m_path);
    QVERIFY(!client.callSync(QStringLiteral("echo"), {}, 5000).error);
}

void TestControlClient::notConnected()
{
    ControlClient client;
    bool called = false;
    QString code;
    client.call(QStringLiteral("echo"), {}, [&](const Response &r) {
        called = true;
        code = r.error ? r.error->code : QString();
    });
    QVERIFY(!called); // never re-entrantly from inside call()
    QTRY_VERIFY(called);
    QCOMPARE(code, QStringLiteral("connection.lost"));
}

void TestControlClient::timeout()
{
    FakeServer server(m_path);
    ControlClient client;
    client.connectToServer(m_path);
    const Response r = client.callSync(QStringLiteral("silent"), {}, 200);
    QVERIFY(r.error);
    QCOMPARE(r.error->code, QStringLiteral("connection.timeout"));
    // The abandoned call must not call back into the finished callSync frame when the socket drops.
    server.last->disconnectFromServer();
    QTRY_VERIFY(!client.isConnected());
}

void TestControlClient::serverNotFound()
{
    ControlClient client;
    QSignalSpy errorSpy(&client, &ControlClient::errorOccurred);
    client.connectToServer(m_dir->filePath(QStringLiteral("nobody.sock")));
    const Response r = client.callSync(QStringLiteral("echo"), {}, 5000);
    QVERIFY(r.error);
    QVERIFY(r.error->code == u"connection.lost");
    QTRY_VERIFY(!errorSpy.isEmpty());
    QCOMPARE(errorSpy.first().first().toString(), QStringLiteral("connection.not_found"));
    QVERIFY(!client.waitForHello(100));
}

void TestControlClient::requestTooLongForServer()
{
    FakeServer server(m_path, 200);
    ControlClient client;
    client.connectToServer(m_path);
    QVERIFY(client.waitForHello(5000));
    const Response r =
        client.callSync(QStringLiteral("echo"), {{QStringLiteral("blob"), QString(500, u'x')}}, 5000);
    QVERIFY(r.error);
    QCOMPARE(r.error->code, QStringLiteral("protocol.line_too_long"));
    QVERIFY(!client.callSync(QStringLiteral("echo"), {}, 5000).error);
    QCOMPARE(server.methods, QStringList{QStringLiteral("echo")}); // the long one never left the client
}

void TestControlClient::socketPath()
{
#ifdef Q_OS_WIN
    QCOMPARE(defaultSocketPath(QStringLiteral("C:/ProgramData/Confab")), QStringLiteral("confabd"));
#else
    QCOMPARE(defaultSocketPath(QStringLiteral("/var/lib/confab")),
             QStringLiteral("/var/lib/confab/control/confabd.sock"));
    QCOMPARE(defaultSocketPath(QStringLiteral("/var/lib/confab/")),
             QStringLiteral("/var/lib/confab/control/confabd.sock"));
#endif
}

QTEST_GUILESS_MAIN(TestControlClient)
#include "tst_controlclient.moc"
