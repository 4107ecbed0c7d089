// Crash safety under load (issue #7 item 4): four clients send chat messages with unique ids to
// four offline users as fast as they can, each followed every few messages by an XEP-0199 ping.
// confabd handles a stream's stanzas in order and commits an offline message before it reads the
// next stanza (modules/offline.cpp, SQLite synchronous=FULL), so a ping's result tells the sender
// that every message before it was stored: those are the messages the client saw accepted (Confab
// has no XEP-0198 acks to count instead). confabd is killed with SIGKILL while every sender has
// unanswered messages on the wire; after a restart the recipients log in and get their offline
// messages. Every accepted message must arrive, none twice, in the order sent, and nothing that was
// never sent; messages sent after the last answered ping may or may not have been stored.
#include "confabprocess.h"
#include "rawclient.h"
#include <QHash>
#include <QSet>
#include <QtTest>
#include <algorithm>

using namespace confab::test;
using confab::xml::Element;

namespace {

const QString Domain = QStringLiteral("confab.test");
constexpr int Senders = 4;
constexpr int Recipients = 4;
constexpr int BatchSize = 20;        // messages between two pings
constexpr int Window = 6;            // batches a sender may have unanswered (more than one read chunk)
constexpr int KillAfterBatches = 10; // each sender has seen this many pings answered before the kill

struct Sender
{
    int index = 0;
    std::unique_ptr<RawClient> client;
    int written = 0;    // messages s<index>-0 … s<index>-(written-1) went to the socket
    QList<int> pingAt;  // batch b's ping followed message number pingAt[b] - 1
    int answered = 0;   // pings answered (they are answered in order)
    QStringList errors; // anything the server refused
};

QString messageId(int sender, int n)
{
    return QStringLiteral("s%1-%2").arg(sender).arg(n);
}

// The recipient of sender `s`'s message number n: round robin, shifted per sender.
int recipientOf(int s, int n)
{
    return (s + n) % Recipients;
}

QString recipientJid(int r)
{
    return QStringLiteral("r%1@%2").arg(r).arg(Domain);
}

} // namespace

class TestCrashLoad : public QObject
{
    Q_OBJECT
    ConfabProcess m_confab{Domain};
    Sender m_senders[Senders];

    void sendBatch(Sender &s)
    {
        QByteArray out;
        for (int i = 0; i < BatchSize; ++i, ++s.written) {
            const QString id = messageId(s.index, s.written);
            out += "<message type='chat' to='" + recipientJid(recipientOf(s.index, s.written)).toUtf8() +
                   "' id='" + id.toUtf8() + "'><body>" + id.toUtf8() + "</body></message>";
        }
        out += "<iq type='get' id='ack-" + QByteArray::number(s.pingAt.size()) + "' to='" + Domain.toUtf8() +
               "'><ping xmlns='urn:xmpp:ping'/></iq>";
        s.pingAt.append(s.written);
        s.client->send(out);
    }
    // Reads what the server has sent to a sender so far: ping results and errors.
    static void drain(Sender &s)
    {
        while (auto el = s.client->next(0)) {
            const QString id = el->attr(u"id");
            if (el->name() == u"iq" && el->attr(u"type") == u"result" &&
                id == QStringLiteral("ack-%1").arg(s.answered))
                ++s.answered;
            else if (el->attr(u"type") == u"error" || el->name() == u"iq" || el->name() == u"error")
                s.errors.append(el->toString());
            // presence (the sender's own) is of no interest here
        }
    }
    int accepted(const Sender &s) const { return s.answered == 0 ? 0 : s.pingAt[s.answered - 1]; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_confab.start());
        QVERIFY(m_confab.setupAdmin());
        for (const auto &[key, value] : {std::pair{"c2s.max_stanzas_per_second", "0"}, // as fast as they can
                                         std::pair{"offline.max_messages", "100000"}})
            QCOMPARE(m_confab.ctl({"settings", "set", key, value}).exitCode, 0);
        for (int i = 0; i < Senders; ++i)
            QVERIFY(m_confab.addUser(QStringLiteral("s%1@%2").arg(i).arg(Domain),
                                     QStringLiteral("pw-s%1").arg(i)));
        for (int r = 0; r < Recipients; ++r)
            QVERIFY(m_confab.addUser(recipientJid(r), QStringLiteral("pw-r%1").arg(r)));
    }
    void cleanupTestCase() { m_confab.stop(); }

    void acceptedMessagesSurviveSigkill()
    {
        for (int i = 0; i < Senders; ++i) {
            Sender &s = m_senders[i];
            s.index = i;
            s.client = std::make_unique<RawClient>();
            QVERIFY(!s.client
                         ->login(m_confab.c2sPort(), m_confab.certificatePath(), Domain,
                                 QStringLiteral("s%1").arg(i), QStringLiteral("pw-s%1").arg(i),
                                 QStringLiteral("load"))
                         .isEmpty());
        }

        // Load: keep every sender's window full until each has seen KillAfterBatches answered.
        QDeadlineTimer deadline(30000);
        for (;;) {
            for (Sender &s : m_senders)
                while (s.pingAt.size() - s.answered < Window)
                    sendBatch(s);
            if (std::all_of(std::begin(m_senders), std::end(m_senders),
                            [](const Sender &s) { return s.answered >= KillAfterBatches; }))
                break; // each window was refilled just now: every sender has messages in flight
            QVERIFY2(!deadline.hasExpired(), "the senders were not answered in time");
            QTest::qWait(2);
            for (Sender &s : m_senders)
                drain(s);
        }
        m_confab.kill();
        QVERIFY(!m_confab.isRunning());

        // What reached the clients before the connections died still counts as seen.
        int sentTotal = 0, acceptedTotal = 0;
        QSet<QString> sent, mustArrive;
        for (Sender &s : m_senders) {
            QVERIFY(s.client->waitClosed(10000));
            drain(s);
            QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
            for (int n = 0; n < s.written; ++n)
                sent.insert(messageId(s.index, n));
            for (int n = 0; n < accepted(s); ++n)
                mustArrive.insert(messageId(s.index, n));
            sentTotal += s.written;
            acceptedTotal += accepted(s);
        }
        QVERIFY(acceptedTotal >= Senders * KillAfterBatches * BatchSize);
        QVERIFY2(sentTotal > acceptedTotal, "the kill did not come while messages were unanswered");

        QVERIFY(m_confab.start());
        QSet<QString> delivered;
        int inDoubtDelivered = 0;
        for (int r = 0; r < Recipients; ++r) {
            RawClient c;
            QVERIFY(!c.login(m_confab.c2sPort(), m_confab.certificatePath(), Domain,
                             QStringLiteral("r%1").arg(r), QStringLiteral("pw-r%1").arg(r),
                             QStringLiteral("after"))
                         .isEmpty());
            // Offline messages go out when the initial presence is handled, so before this ping's result.
            c.send("<iq type='get' id='done' to='" + Domain.toUtf8() +
                   "'><ping xmlns='urn:xmpp:ping'/></iq>");
            QHash<int, int> lastFrom; // sender → last message number seen, for the order
            bool done = false;
            while (!done) {
                auto el = c.next(15000);
                QVERIFY2(el, "no answer to the final ping");
                if (el->name() == u"iq") {
                    QCOMPARE(el->attr(u"id"), QStringLiteral("done"));
                    QCOMPARE(el->attr(u"type"), QStringLiteral("result"));
                    done = true;
                    continue;
                }
                if (el->name() != u"message")
                    continue;
                const QString id = el->attr(u"id");
                QVERIFY2(sent.contains(id), qPrintable(QStringLiteral("never sent: ") + el->toString()));
                QVERIFY2(!delivered.contains(id), qPrintable(QStringLiteral("delivered twice: ") + id));
                delivered.insert(id);
                QCOMPARE(el->childText(u"body"), id);
                QVERIFY(el->firstChild(u"delay", u"urn:xmpp:delay")); // it did come from offline storage
                const int sender = id.section(u'-', 0, 0).mid(1).toInt();
                const int n = id.section(u'-', 1).toInt();
                QCOMPARE(recipientOf(sender, n), r);
                QCOMPARE(el->attr(u"from").section(u'/', 0, 0),
                         QStringLiteral("s%1@%2").arg(sender).arg(Domain));
                QVERIFY2(n > lastFrom.value(sender, -1), qPrintable(QStringLiteral("out of order: ") + id));
                lastFrom[sender] = n;
                if (!mustArrive.contains(id))
                    ++inDoubtDelivered;
            }
        }
        const QSet<QString> lost = mustArrive - delivered;
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("accepted but lost: ") +
                                            QStringList(lost.begin(), lost.end()).join(u' ')));
        qInfo("sent %d, accepted %d, delivered %d (%d of them sent after the last answered ping)", sentTotal,
              acceptedTotal, int(delivered.size()), inDoubtDelivered);
    }
};

QTEST_GUILESS_MAIN(TestCrashLoad)
#include "tst_crashload.moc"
