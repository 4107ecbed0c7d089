#include "shared/logrecord.h"

#include <QTest>

using namespace confab::log;

class TestLogRecord : public QObject
{
    Q_OBJECT
private slots:
    void levelNames();
    void jsonRoundTrip();
    void jsonRejects();
    void tags();
};

void TestLogRecord::levelNames()
{
    const QStringList names{QStringLiteral("nothing"), QStringLiteral("major"), QStringLiteral("problems"),
                            QStringLiteral("low"), QStringLiteral("all")};
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(levelName(static_cast<Level>(i)), names[i]);
        QCOMPARE(levelFromName(names[i]), std::optional<Level>(static_cast<Level>(i)));
        QCOMPARE(levelFromName(names[i].toUpper()), std::optional<Level>(static_cast<Level>(i)));
    }
    QVERIFY(!levelFromName(u"debug"));
    QVERIFY(!levelFromName(u""));
    QVERIFY(Level::Major < Level::Problems); // a record is kept when level <= configured
}

void TestLogRecord::jsonRoundTrip()
{
    Record r;
    r.time = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    r.level = Level::Major;
    r.tag = QString::fromLatin1(tag::XmppS);
    r.connection = 123456789012ULL;
    r.key = QStringLiteral("server.start");
    r.args = {{QStringLiteral("version"), QStringLiteral("0.1.0")}, {QStringLiteral("n"), 3}};
    r.seq = 99;
    const QJsonObject json = r.toJson();
    QCOMPARE(json.value(QStringLiteral("time")).toString(), QStringLiteral("2026-01-02T03:04:05.678Z"));
    QCOMPARE(json.value(QStringLiteral("level")).toString(), QStringLiteral("major"));
    const auto back = Record::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->time, r.time);
    QCOMPARE(back->time.time().msec(), 678);
    QCOMPARE(back->level, r.level);
    QCOMPARE(back->tag, r.tag);
    QCOMPARE(back->connection, r.connection);
    QCOMPARE(back->key, r.key);
    QCOMPARE(back->args, r.args);
    QCOMPARE(back->seq, r.seq);

    // A time with an offset is kept as the same instant, in UTC.
    QJsonObject shifted = json;
    shifted[QStringLiteral("time")] = QStringLiteral("2026-01-02T05:04:05.678+02:00");
    QCOMPARE(Record::fromJson(shifted)->time, r.time);
    QCOMPARE(Record::fromJson(shifted)->time.timeSpec(), Qt::UTC);
}

void TestLogRecord::jsonRejects()
{
    const QJsonObject good{{QStringLiteral("time"), QStringLiteral("2026-01-02T03:04:05.678Z")},
                           {QStringLiteral("level"), QStringLiteral("all")},
                           {QStringLiteral("key"), QStringLiteral("c2s.connect")}};
    QVERIFY(Record::fromJson(good));
    QJsonObject badTime = good;
    badTime[QStringLiteral("time")] = QStringLiteral("yesterday");
    QVERIFY(!Record::fromJson(badTime));
    QJsonObject badLevel = good;
    badLevel[QStringLiteral("level")] = QStringLiteral("verbose");
    QVERIFY(!Record::fromJson(badLevel));
    QJsonObject noKey = good;
    noKey.remove(QStringLiteral("key"));
    QVERIFY(!Record::fromJson(noKey));
}

void TestLogRecord::tags()
{
    const QStringList t = allTags();
    QVERIFY(t.contains(QStringLiteral("XMPPI")));
    QVERIFY(t.contains(QStringLiteral("XMPPS")));
    QVERIFY(t.contains(QStringLiteral("XMPPO")));
    QCOMPARE(t.size(), 9);
}

QTEST_GUILESS_MAIN(TestLogRecord)
#include "tst_logrecord.moc"
