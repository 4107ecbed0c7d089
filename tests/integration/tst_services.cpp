// The everyday services over a real client stream against a real confabd: disco (with an item the
// admin adds with confabctl), caps in the stream features, version (and version.hide_os), time,
// vCard with a PHOTO, private storage, and blocking enforced between two users.
#include "confabprocess.h"
#include "modules/caps.h"
#include "modules/disco.h"
#include "rawclient.h"
#include <QtTest>
#include <functional>

using namespace confab::test;
using confab::xml::Element;

static const QString Domain = QStringLiteral("confab.test");

static QString stanzaError(const Element &el)
{
    const Element *error = el.firstChild(u"error");
    for (const Element *c : error ? error->childElements() : QList<const Element *>{})
        if (c->ns() == u"urn:ietf:params:xml:ns:xmpp-stanzas" && c->name() != u"text")
            return c->name();
    return {};
}

// The next stanza that `match` accepts; others (presence the IM modules send) are skipped.
static Element waitFor(RawClient &c, const std::function<bool(const Element &)> &match, int timeoutMs = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        auto el = c.next(int(timeoutMs - timer.elapsed()));
        if (!el)
            break;
        if (match(*el))
            return *el;
    }
    return {};
}

static Element reply(RawClient &c, const QString &id)
{
    return waitFor(c, [&id](const Element &el) { return el.name() == u"iq" && el.attr(u"id") == id; });
}

static Element ask(RawClient &c, const QString &id, const QString &xml)
{
    c.send(xml.arg(id).toUtf8());
    return reply(c, id);
}

static QStringList featureVars(const Element *query)
{
    QStringList out;
    for (const Element *f : query ? query->childElements() : QList<const Element *>{})
        if (f->name() == u"feature")
            out.append(f->attr(u"var"));
    return out;
}

class TestServices : public QObject
{
    Q_OBJECT
    ConfabProcess m_confab{Domain};

    QString login(RawClient &c, const QString &user, const QString &resource)
    {
        return c.login(m_confab.c2sPort(), m_confab.certificatePath(), Domain, user,
                       user + QStringLiteral("-pw"), resource);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_confab.start());
        QVERIFY(m_confab.setupAdmin());
        QVERIFY(m_confab.addUser(QStringLiteral("alice@confab.test"), QStringLiteral("alice-pw")));
        QVERIFY(m_confab.addUser(QStringLiteral("bob@confab.test"), QStringLiteral("bob-pw")));
        const CtlResult set =
            m_confab.ctl({"domain", "set", Domain, "disco.extra_items", "conference.confab.test"});
        QVERIFY2(set.exitCode == 0, set.err.constData());
    }
    void cleanupTestCase() { m_confab.stop(); }

    void discoInfoAndItems()
    {
        RawClient c;
        QVERIFY(!login(c, "alice", "disco").isEmpty());
        const Element info = ask(c, "i1",
                                 "<iq type='get' to='confab.test' id='%1'>"
                                 "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>");
        QCOMPARE(info.attr(u"type"), QStringLiteral("result"));
        const Element *query = info.firstChild(u"query");
        const Element *identity = query->firstChild(u"identity");
        QCOMPARE(identity->attr(u"category"), QStringLiteral("server"));
        QCOMPARE(identity->attr(u"type"), QStringLiteral("im"));
        QCOMPARE(identity->attr(u"name"), QStringLiteral("Confab"));
        const QStringList vars = featureVars(query);
        for (const char *f : {"http://jabber.org/protocol/disco#info",
                              "http://jabber.org/protocol/disco#items", "urn:xmpp:ping", "jabber:iq:version",
                              "urn:xmpp:time", "jabber:iq:last", "vcard-temp", "urn:xmpp:blocking"})
            QVERIFY2(vars.contains(QLatin1String(f)), f);

        const Element items = ask(c, "i2",
                                  "<iq type='get' to='confab.test' id='%1'>"
                                  "<query xmlns='http://jabber.org/protocol/disco#items'/></iq>");
        QStringList jids;
        for (const Element *item : items.firstChild(u"query")->childElements())
            jids.append(item->attr(u"jid"));
        QCOMPARE(jids, QStringList{"conference.confab.test"});

        const Element account = ask(c, "i3",
                                    "<iq type='get' to='bob@confab.test' id='%1'>"
                                    "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>");
        QCOMPARE(account.firstChild(u"query")->firstChild(u"identity")->attr(u"category"),
                 QStringLiteral("account"));
    }

    void capsInStreamFeatures()
    {
        RawClient c;
        QVERIFY(!login(c, "alice", "caps").isEmpty());
        QString ver;
        {
            const QString xml = c.lastFeaturesXml();
            QVERIFY2(xml.contains(QLatin1String("http://jabber.org/protocol/caps")), qPrintable(xml));
            const QRegularExpression re(QStringLiteral("ver=['\"]([^'\"]+)['\"]"));
            const auto m = re.match(xml);
            QVERIFY(m.hasMatch());
            ver = m.captured(1);
            QVERIFY(xml.contains(QLatin1String("https://confab.invalid/caps")));
        }
        // §6.2: the node#ver query answers the info the ver was computed from.
        const Element info = ask(c, "c1",
                                 QStringLiteral("<iq type='get' to='confab.test' id='%1'><query "
                                                "xmlns='http://jabber.org/protocol/disco#info' node='"
                                                "https://confab.invalid/caps#") +
                                     ver + QStringLiteral("'/></iq>"));
        QCOMPARE(info.attr(u"type"), QStringLiteral("result"));
        const Element *query = info.firstChild(u"query");
        confab::modules::DiscoInfo parsed;
        for (const Element *child : query->childElements()) {
            if (child->name() == u"identity")
                parsed.identities.append({child->attr(u"category"), child->attr(u"type"),
                                          child->attrNs(u"http://www.w3.org/XML/1998/namespace", u"lang"),
                                          child->attr(u"name")});
            else if (child->name() == u"feature")
                parsed.features.append(child->attr(u"var"));
        }
        QCOMPARE(confab::modules::capsVerification(parsed), ver);
    }

    void versionAndHideOs()
    {
        RawClient c;
        QVERIFY(!login(c, "alice", "version").isEmpty());
        const QString q =
            QStringLiteral("<iq type='get' to='confab.test' id='%1'><query xmlns='jabber:iq:version'/></iq>");
        Element v = ask(c, "v1", q);
        QCOMPARE(v.firstChild(u"query")->childText(u"name"), QStringLiteral("Confab"));
        QVERIFY(!v.firstChild(u"query")->childText(u"version").isEmpty());
        QVERIFY(v.firstChild(u"query")->firstChild(u"os"));
        QCOMPARE(m_confab.ctl({"settings", "set", "version.hide_os", "on"}).exitCode, 0);
        v = ask(c, "v2", q);
        QVERIFY(v.firstChild(u"query"));
        QVERIFY(!v.firstChild(u"query")->firstChild(u"os"));
        QCOMPARE(m_confab.ctl({"settings", "unset", "version.hide_os"}).exitCode, 0);
    }

    void timeAndUptime()
    {
        RawClient c;
        QVERIFY(!login(c, "alice", "time").isEmpty());
        const Element t =
            ask(c, "t1", "<iq type='get' to='confab.test' id='%1'><time xmlns='urn:xmpp:time'/></iq>");
        const QDateTime utc =
            QDateTime::fromString(t.firstChild(u"time")->childText(u"utc"), Qt::ISODateWithMs);
        QVERIFY(utc.isValid());
        QVERIFY(qAbs(utc.secsTo(QDateTime::currentDateTimeUtc())) < 5);
        const Element last =
            ask(c, "t2", "<iq type='get' to='confab.test' id='%1'><query xmlns='jabber:iq:last'/></iq>");
        QVERIFY(last.firstChild(u"query")->attr(u"seconds").toInt() >= 0);
        QVERIFY(last.firstChild(u"query")->hasAttr(u"seconds"));
    }

    void vcardWithPhoto()
    {
        RawClient alice, bob;
        QVERIFY(!login(alice, "alice", "vcard").isEmpty());
        QVERIFY(!login(bob, "bob", "vcard").isEmpty());
        const QString photo = QStringLiteral("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+"
                                             "M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        const Element set = ask(alice, "vc1",
                                QStringLiteral("<iq type='set' id='%1'><vCard xmlns='vcard-temp'><FN>Alice"
                                               "</FN><PHOTO><TYPE>image/png</TYPE><BINVAL>") +
                                    photo + QStringLiteral("</BINVAL></PHOTO></vCard></iq>"));
        QCOMPARE(set.attr(u"type"), QStringLiteral("result"));
        const Element got =
            ask(bob, "vc2", "<iq type='get' to='alice@confab.test' id='%1'><vCard xmlns='vcard-temp'/></iq>");
        const Element *vcard = got.firstChild(u"vCard", u"vcard-temp");
        QVERIFY(vcard);
        QCOMPARE(vcard->childText(u"FN"), QStringLiteral("Alice"));
        QCOMPARE(vcard->firstChild(u"PHOTO")->childText(u"BINVAL"), photo);
        QCOMPARE(vcard->firstChild(u"PHOTO")->childText(u"TYPE"), QStringLiteral("image/png"));
        const Element none =
            ask(alice, "vc3", "<iq type='get' to='bob@confab.test' id='%1'><vCard xmlns='vcard-temp'/></iq>");
        QVERIFY(none.firstChild(u"vCard") && none.firstChild(u"vCard")->childElements().isEmpty());
    }

    void privateStorage()
    {
        RawClient c;
        QVERIFY(!login(c, "alice", "private").isEmpty());
        QCOMPARE(ask(c, "p1",
                     "<iq type='set' id='%1'><query xmlns='jabber:iq:private'><prefs xmlns='x:prefs'>"
                     "<color>blue</color></prefs></query></iq>")
                     .attr(u"type"),
                 QStringLiteral("result"));
        RawClient again;
        QVERIFY(!login(again, "alice", "private2").isEmpty());
        const Element got = ask(again, "p2",
                                "<iq type='get' id='%1'><query xmlns='jabber:iq:private'>"
                                "<prefs xmlns='x:prefs'/></query></iq>");
        QCOMPARE(got.firstChild(u"query")->firstChild(u"prefs")->childText(u"color"), QStringLiteral("blue"));
        const Element refused = ask(again, "p3",
                                    "<iq type='get' id='%1'><query xmlns='jabber:iq:private'>"
                                    "<x xmlns='jabber:iq:roster'/></query></iq>");
        QCOMPARE(stanzaError(refused), QStringLiteral("not-acceptable"));
    }

    void blockingBetweenTwoUsers()
    {
        RawClient alice, bob;
        const QString aliceJid = login(alice, "alice", "block");
        const QString bobJid = login(bob, "bob", "block");
        QVERIFY(!aliceJid.isEmpty() && !bobJid.isEmpty());
        QCOMPARE(ask(alice, "b1", "<iq type='get' id='%1'><blocklist xmlns='urn:xmpp:blocking'/></iq>")
                     .attr(u"type"),
                 QStringLiteral("result"));
        QCOMPARE(ask(alice, "b2",
                     "<iq type='set' id='%1'><block xmlns='urn:xmpp:blocking'>"
                     "<item jid='bob@confab.test'/></block></iq>")
                     .attr(u"type"),
                 QStringLiteral("result"));

        bob.send(QStringLiteral("<message to='%1' id='m1' type='chat'><body>hello?</body></message>")
                     .arg(aliceJid)
                     .toUtf8());
        const Element bounced = waitFor(bob, [](const Element &el) { return el.attr(u"id") == u"m1"; });
        QCOMPARE(stanzaError(bounced), QStringLiteral("service-unavailable"));

        alice.send(QStringLiteral("<message to='%1' id='m2' type='chat'><body>hi</body></message>")
                       .arg(bobJid)
                       .toUtf8());
        const Element refused = waitFor(alice, [](const Element &el) { return el.attr(u"id") == u"m2"; });
        QCOMPARE(stanzaError(refused), QStringLiteral("not-acceptable"));
        QVERIFY(refused.firstChild(u"error")->firstChild(u"blocked", u"urn:xmpp:blocking:errors"));
        // bob never saw either message.
        QVERIFY(waitFor(
                    bob, [](const Element &el) { return el.name() == u"message"; }, 500)
                    .name()
                    .isEmpty());

        QCOMPARE(ask(alice, "b3", "<iq type='set' id='%1'><unblock xmlns='urn:xmpp:blocking'/></iq>")
                     .attr(u"type"),
                 QStringLiteral("result"));
        alice.send(QStringLiteral("<message to='%1' id='m3' type='chat'><body>again</body></message>")
                       .arg(bobJid)
                       .toUtf8());
        const Element delivered = waitFor(bob, [](const Element &el) { return el.attr(u"id") == u"m3"; });
        QCOMPARE(delivered.childText(u"body"), QStringLiteral("again"));
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
