#include "log/logfile.h"
#include "log/logger.h"
#include "shared/logcatalog.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace confab::log;

class TestLogger : public QObject
{
    Q_OBJECT
private slots:
    void levelFiltering();
    void nothingKeepsNothing();
    void ringIsBounded();
    void tailLimit();
    void recordedSignal();
    void fileGetsFormattedLines();
    void fileRotates();
    void rotationDropsOldest();
};

void TestLogger::levelFiltering()
{
    Logger logger;
    logger.setLevel(Level::Problems);
    logger.log(Level::Major, "CTRL", 0, "test.major");
    logger.log(Level::Problems, "CTRL", 0, "test.problems");
    logger.log(Level::LowLevel, "CTRL", 0, "test.low");
    logger.log(Level::All, "CTRL", 0, "test.all");
    const auto records = logger.tail(10);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].key, QStringLiteral("test.major"));
    QCOMPARE(records[1].key, QStringLiteral("test.problems"));

    logger.setLevel(Level::All);
    logger.log(Level::All, "CTRL", 0, "test.all");
    QCOMPARE(logger.tail(10).size(), 3);
    QVERIFY(!logger.enabled(Level::Nothing));
}

void TestLogger::nothingKeepsNothing()
{
    Logger logger;
    logger.setLevel(Level::Nothing);
    QSignalSpy spy(&logger, &Logger::recorded);
    logger.log(Level::Major, "CTRL", 0, "test.major");
    QCOMPARE(spy.count(), 0);
    QVERIFY(logger.tail(10).isEmpty());
}

void TestLogger::ringIsBounded()
{
    Logger logger;
    logger.setLevel(Level::All);
    logger.setRingCapacity(3);
    for (int i = 0; i < 10; ++i)
        logger.log(Level::Major, "CTRL", quint64(i), "test.n", {{"n", i}});
    const auto records = logger.tail(100);
    QCOMPARE(records.size(), 3);
    // Oldest first, the last three survive, sequence numbers increase.
    QCOMPARE(records[0].args.value("n").toInt(), 7);
    QCOMPARE(records[2].args.value("n").toInt(), 9);
    QVERIFY(records[0].seq < records[1].seq && records[1].seq < records[2].seq);

    logger.setRingCapacity(1);
    QCOMPARE(logger.tail(100).size(), 1);
    QCOMPARE(logger.tail(100)[0].args.value("n").toInt(), 9);
}

void TestLogger::tailLimit()
{
    Logger logger;
    for (int i = 0; i < 5; ++i)
        logger.log(Level::Major, "CTRL", 0, "test.n", {{"n", i}});
    const auto two = logger.tail(2);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two[0].args.value("n").toInt(), 3);
    QCOMPARE(two[1].args.value("n").toInt(), 4);
    QVERIFY(logger.tail(0).isEmpty());
}

void TestLogger::recordedSignal()
{
    Logger logger;
    logger.setLevel(Level::LowLevel);
    QSignalSpy spy(&logger, &Logger::recorded);
    logger.log(Level::Major, "XMPPI", 42, "test.key", {{"a", "b"}});
    logger.log(Level::All, "XMPPI", 42, "test.filtered");
    QCOMPARE(spy.count(), 1);
    const auto record = spy.at(0).at(0).value<Record>();
    QCOMPARE(record.tag, QStringLiteral("XMPPI"));
    QCOMPARE(record.connection, quint64(42));
    QCOMPARE(record.key, QStringLiteral("test.key"));
    QCOMPARE(record.level, Level::Major);
    QCOMPARE(record.args.value("a").toString(), QStringLiteral("b"));
    QCOMPARE(record.time.timeSpec(), Qt::UTC);
    QVERIFY(record.seq > 0);
}

static QStringList readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

void TestLogger::fileGetsFormattedLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("logs/confabd.log");
    {
        Logger logger;
        QVERIFY(logger.openFile(path));
        QSignalSpy spy(&logger, &Logger::recorded);
        logger.log(Level::Major, "CTRL", 7, "test.key", {{"x", 1}});
        // Flushed per line: readable while the logger is still alive.
        const QStringList lines = readLines(path);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0], formatLine(spy.at(0).at(0).value<Record>()));
    }
    {
        Logger logger; // reopening appends
        QVERIFY(logger.openFile(path));
        logger.log(Level::Major, "CTRL", 7, "test.key2");
    }
    QCOMPARE(readLines(path).size(), 2);
}

void TestLogger::fileRotates()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("confabd.log");
    Logger logger;
    QVERIFY(logger.openFile(path, 400, 3));
    for (int i = 0; i < 40; ++i)
        logger.log(Level::Major, "CTRL", 0, "test.rotate", {{"i", i}});
    QVERIFY(QFile::exists(path));
    QVERIFY(QFile::exists(path + ".1"));
    QVERIFY(QFile(path).size() <= 400);
    QVERIFY(QFile(path + ".1").size() <= 400);
    // The newest line is in the current file, the one before it continues in .1.
    const QStringList current = readLines(path);
    QVERIFY(!current.isEmpty());
    QVERIFY(current.last().contains("39"));
    const QStringList previous = readLines(path + ".1");
    QVERIFY(!previous.isEmpty());
    QVERIFY(previous.last().contains(QString::number(39 - current.size())));
}

void TestLogger::rotationDropsOldest()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("confabd.log");
    LogFile file;
    QVERIFY(file.open(path, 10, 2));
    for (const char *line : {"aaaa1", "bbbb2", "cccc3", "dddd4", "eeee5"})
        QVERIFY(file.writeLine(QString::fromLatin1(line)));
    QCOMPARE(readLines(path), QStringList{"eeee5"});
    QCOMPARE(readLines(path + ".1"), QStringList{"dddd4"});
    QCOMPARE(readLines(path + ".2"), QStringList{"cccc3"});
    QVERIFY(!QFile::exists(path + ".3"));
}

QTEST_GUILESS_MAIN(TestLogger)
#include "tst_logger.moc"
