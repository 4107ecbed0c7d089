#include "shared/controlprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace confab::control;

namespace {

QList<LineCodec::Item> feedBytewise(LineCodec &codec, const QByteArray &bytes)
{
    QList<LineCodec::Item> all;
    for (char c : bytes)
        all += codec.feed(QByteArray(1, c));
    return all;
}

QString errorCode(const LineCodec::Item &item)
{
    return item.error ? item.error->code : QString();
}

} // namespace

class TestControlProtocol : public QObject
{
    Q_OBJECT
private slots:
    void encodeShapes();
    void roundTrip();
    void splitAtEveryByte();
    void oversizeLine();
    void oversizeAcrossFeeds();
    void exactlyMaxIsAccepted();
    void badJson();
    void badMessage_data();
    void badMessage();
    void blankAndCrlf();
};

void TestControlProtocol::encodeShapes()
{
    const QByteArray req = encode(Request{
        7, QStringLiteral("domains.add"), {{QStringLiteral("domain"), QStringLiteral("example.com")}}});
    QVERIFY(req.endsWith('\n'));
    QCOMPARE(req.count('\n'), 1);
    const QJsonObject r = QJsonDocument::fromJson(req).object();
    QCOMPARE(r.value(QStringLiteral("id")).toInt(), 7);
    QCOMPARE(r.value(QStringLiteral("method")).toString(), QStringLiteral("domains.add"));
    QCOMPARE(r.value(QStringLiteral("params")).toObject().value(QStringLiteral("domain")).toString(),
             QStringLiteral("example.com"));

    Response err{7,
                 {},
                 confab::makeError(QStringLiteral("domain.exists"), "Domain {domain} exists",
                                   {{QStringLiteral("domain"), QStringLiteral("example.com")}})};
    const QJsonObject e = QJsonDocument::fromJson(encode(err)).object();
    QCOMPARE(e.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("domain.exists"));
    QCOMPARE(e.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("Domain example.com exists"));
    QVERIFY(!e.contains(QStringLiteral("result")));

    const QJsonObject ok = QJsonDocument::fromJson(encode(Response{8, QJsonValue(), std::nullopt})).object();
    QVERIFY(ok.contains(QStringLiteral("result"))); // a result-less success still says "result": null
    QVERIFY(ok.value(QStringLiteral("result")).isNull());

    const QJsonObject ev =
        QJsonDocument::fromJson(encode(Event{QStringLiteral("log"), {{QStringLiteral("k"), 1}}})).object();
    QCOMPARE(ev.value(QStringLiteral("event")).toString(), QStringLiteral("log"));
    QCOMPARE(ev.value(QStringLiteral("data")).toObject().value(QStringLiteral("k")).toInt(), 1);
}

void TestControlProtocol::roundTrip()
{
    const Request req{
        42, QStringLiteral("users.list"), {{QStringLiteral("domain"), QString::fromUtf8("bücher.example")}}};
    const Response res{42, QJsonArray{QStringLiteral("a"), QStringLiteral("b")}, std::nullopt};
    const Response err{43,
                       {},
                       confab::Error{QStringLiteral("auth.failed"),
                                     QStringLiteral("Wrong password"),
                                     {{QStringLiteral("tries"), 3}}}};
    const Event ev{QStringLiteral("session"), {{QStringLiteral("jid"), QStringLiteral("a@b/c")}}};
    LineCodec codec;
    const auto items = codec.feed(encode(req) + encode(res) + encode(err) + encode(ev));
    QCOMPARE(items.size(), 4);
    for (const auto &item : items)
        QVERIFY(!item.error);

    const auto &r0 = std::get<Request>(*items[0].message);
    QCOMPARE(r0.id, 42);
    QCOMPARE(r0.method, req.method);
    QCOMPARE(r0.params, req.params);
    const auto &r1 = std::get<Response>(*items[1].message);
    QCOMPARE(r1.id, 42);
    QVERIFY(!r1.error);
    QCOMPARE(r1.result, res.result);
    const auto &r2 = std::get<Response>(*items[2].message);
    QCOMPARE(r2.id, 43);
    QVERIFY(r2.error);
    QCOMPARE(r2.error->code, QStringLiteral("auth.failed"));
    QCOMPARE(r2.error->message, QStringLiteral("Wrong password"));
    QCOMPARE(r2.error->args.value(QStringLiteral("tries")).toInt(), 3);
    const auto &r3 = std::get<Event>(*items[3].message);
    QCOMPARE(r3.event, ev.event);
    QCOMPARE(r3.data, ev.data);

    // Large ids survive (they are doubles on the wire, exact below 2^53).
    const auto big =
        LineCodec::decodeLine(encode(Request{(qint64(1) << 50) + 1, QStringLiteral("x"), {}}).chopped(1));
    QCOMPARE(std::get<Request>(*big.message).id, (qint64(1) << 50) + 1);
}

void TestControlProtocol::splitAtEveryByte()
{
    const QByteArray stream =
        encode(Request{1, QStringLiteral("a"), {{QStringLiteral("s"), QString::fromUtf8("é\u2603")}}}) +
        encode(Event{QStringLiteral("hello"), {{QStringLiteral("protocol"), 1}}}) +
        encode(Response{1, 5, std::nullopt});
    // Every split point of the whole stream into two feeds yields the same three messages.
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        LineCodec codec;
        auto items = codec.feed(stream.left(cut));
        items += codec.feed(stream.mid(cut));
        QCOMPARE(items.size(), 3);
        QVERIFY(std::holds_alternative<Request>(*items[0].message));
        QCOMPARE(std::get<Request>(*items[0].message).params.value(QStringLiteral("s")).toString(),
                 QString::fromUtf8("é\u2603"));
        QVERIFY(std::holds_alternative<Event>(*items[1].message));
        QCOMPARE(std::get<Response>(*items[2].message).result.toInt(), 5);
    }
    LineCodec codec;
    QCOMPARE(feedBytewise(codec, stream).size(), 3);
}

void TestControlProtocol::oversizeLine()
{
    LineCodec codec(64);
    const QByteArray big = encode(Request{9, QString(200, u'x'), {}});
    const QByteArray good = encode(Request{10, QStringLiteral("ok"), {}});
    const auto items = codec.feed(big + good);
    QCOMPARE(items.size(), 2);
    QCOMPARE(errorCode(items[0]), QStringLiteral("protocol.line_too_long"));
    QCOMPARE(items[0].error->args.value(QStringLiteral("max")).toInt(), 64);
    QCOMPARE(std::get<Request>(*items[1].message).id, 10);
}

void TestControlProtocol::oversizeAcrossFeeds()
{
    LineCodec codec(64);
    const QByteArray big = encode(Request{9, QString(500, u'x'), {}});
    const QByteArray good = encode(Request{10, QStringLiteral("ok"), {}});
    // Fed byte by byte, the oversized line must be reported exactly once and not buffered whole.
    const auto items = feedBytewise(codec, big + good);
    QCOMPARE(items.size(), 2);
    QCOMPARE(errorCode(items[0]), QStringLiteral("protocol.line_too_long"));
    QCOMPARE(std::get<Request>(*items[1].message).id, 10);
}

void TestControlProtocol::exactlyMaxIsAccepted()
{
    const QByteArray line = encode(Request{1, QStringLiteral("m"), {}});
    const int len = int(line.size() - 1);
    LineCodec exact(len);
    auto items = exact.feed(line);
    QCOMPARE(items.size(), 1);
    QVERIFY(!items[0].error);
    LineCodec oneShort(len - 1);
    items = oneShort.feed(line);
    QCOMPARE(items.size(), 1);
    QCOMPARE(errorCode(items[0]), QStringLiteral("protocol.line_too_long"));
}

void TestControlProtocol::badJson()
{
    LineCodec codec;
    const auto items = codec.feed("{\"id\":12,\"method\":\"x\",\n"
                                  "this is not json\n"
                                  "{\"id\":13,\"method\":\"ok\"}\n");
    QCOMPARE(items.size(), 3);
    QCOMPARE(errorCode(items[0]), QStringLiteral("protocol.bad_json"));
    QCOMPARE(items[0].id, 12); // salvaged, so the sender can be answered on the right id
    QVERIFY(!items[0].error->message.isEmpty());
    QCOMPARE(errorCode(items[1]), QStringLiteral("protocol.bad_json"));
    QCOMPARE(items[1].id, 0);
    QCOMPARE(std::get<Request>(*items[2].message).id, 13);
}

void TestControlProtocol::badMessage_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("id");
    QTest::newRow("array") << QByteArray("[1,2]") << qint64(0);
    QTest::newRow("empty object") << QByteArray("{}") << qint64(0);
    QTest::newRow("id only") << QByteArray("{\"id\":5}") << qint64(5);
    QTest::newRow("request without id") << QByteArray("{\"method\":\"x\"}") << qint64(0);
    QTest::newRow("fractional id") << QByteArray("{\"id\":1.5,\"method\":\"x\"}") << qint64(0);
    QTest::newRow("string id") << QByteArray("{\"id\":\"1\",\"method\":\"x\"}") << qint64(0);
    QTest::newRow("method not string") << QByteArray("{\"id\":6,\"method\":3}") << qint64(6);
    QTest::newRow("params not object")
        << QByteArray("{\"id\":7,\"method\":\"x\",\"params\":[]}") << qint64(7);
    QTest::newRow("error not object") << QByteArray("{\"id\":8,\"error\":\"x\"}") << qint64(8);
    QTest::newRow("error without code") << QByteArray("{\"id\":8,\"error\":{}}") << qint64(8);
    QTest::newRow("response without id") << QByteArray("{\"result\":1}") << qint64(0);
    QTest::newRow("event not string") << QByteArray("{\"event\":1}") << qint64(0);
}

void TestControlProtocol::badMessage()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, id);
    const auto item = LineCodec::decodeLine(line);
    QVERIFY(!item.message);
    QCOMPARE(errorCode(item), QStringLiteral("protocol.bad_message"));
    QCOMPARE(item.id, id);
}

void TestControlProtocol::blankAndCrlf()
{
    LineCodec codec;
    const auto items = codec.feed("\n  \r\n{\"id\":1,\"result\":true}\r\n");
    QCOMPARE(items.size(), 1);
    QCOMPARE(std::get<Response>(*items[0].message).result.toBool(), true);
}

QTEST_GUILESS_MAIN(TestControlProtocol)
#include "tst_controlprotocol.moc"
