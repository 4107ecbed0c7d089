#include "xml/namespaces.h"
#include "xml/stanzaerror.h"

#include <QTest>

using namespace confab::xml;

class TestStanzaError : public QObject
{
    Q_OBJECT
private slots:
    void conditionsAndDefaultTypes();
    void typeNames();
    void errorReplyToIq();
    void errorReplyToMessage();
    void explicitTypeAndUri();
    void isError();
    void parse();
};

// RFC 6120 §8.3.3: every defined condition with the type its section names.
void TestStanzaError::conditionsAndDefaultTypes()
{
    using C = StanzaErrorCondition;
    using T = StanzaErrorType;
    const std::vector<std::tuple<C, const char *, T>> table = {
        {C::BadRequest, "bad-request", T::Modify},
        {C::Conflict, "conflict", T::Cancel},
        {C::FeatureNotImplemented, "feature-not-implemented", T::Cancel},
        {C::Forbidden, "forbidden", T::Auth},
        {C::Gone, "gone", T::Cancel},
        {C::InternalServerError, "internal-server-error", T::Cancel},
        {C::ItemNotFound, "item-not-found", T::Cancel},
        {C::JidMalformed, "jid-malformed", T::Modify},
        {C::NotAcceptable, "not-acceptable", T::Modify},
        {C::NotAllowed, "not-allowed", T::Cancel},
        {C::NotAuthorized, "not-authorized", T::Auth},
        {C::PolicyViolation, "policy-violation", T::Modify},
        {C::RecipientUnavailable, "recipient-unavailable", T::Wait},
        {C::Redirect, "redirect", T::Modify},
        {C::RegistrationRequired, "registration-required", T::Auth},
        {C::RemoteServerNotFound, "remote-server-not-found", T::Cancel},
        {C::RemoteServerTimeout, "remote-server-timeout", T::Wait},
        {C::ResourceConstraint, "resource-constraint", T::Wait},
        {C::ServiceUnavailable, "service-unavailable", T::Cancel},
        {C::SubscriptionRequired, "subscription-required", T::Auth},
        {C::UndefinedCondition, "undefined-condition", T::Cancel},
        {C::UnexpectedRequest, "unexpected-request", T::Wait},
    };
    QCOMPARE(table.size(), size_t(22));
    for (const auto &[condition, name, type] : table) {
        QCOMPARE(stanzaErrorConditionName(condition), QLatin1String(name));
        QCOMPARE(stanzaErrorConditionFromName(QLatin1String(name).toString()), condition);
        QCOMPARE(int(defaultErrorType(condition)), int(type));
    }
    QVERIFY(!stanzaErrorConditionFromName(u"no-such-condition"));
}

void TestStanzaError::typeNames()
{
    const QStringList names = {"auth", "cancel", "continue", "modify", "wait"};
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(stanzaErrorTypeName(StanzaErrorType(i)), names[i]);
        QCOMPARE(stanzaErrorTypeFromName(names[i]), StanzaErrorType(i));
    }
    QVERIFY(!stanzaErrorTypeFromName(u"Cancel"));
}

void TestStanzaError::errorReplyToIq()
{
    Element iq(QStringLiteral("iq"), ns::Client);
    iq.setAttr(QStringLiteral("from"), QStringLiteral("juliet@im.example.com/balcony"));
    iq.setAttr(QStringLiteral("to"), QStringLiteral("im.example.com"));
    iq.setAttr(QStringLiteral("id"), QStringLiteral("ktx72v49"));
    iq.setAttr(QStringLiteral("type"), QStringLiteral("get"));
    iq.addChild(QStringLiteral("query"), QStringLiteral("jabber:iq:unknown"))
        .addText(QStringLiteral("payload"));

    const Element reply = makeErrorReply(iq, StanzaErrorCondition::ServiceUnavailable, QStringLiteral("a<b"));
    QCOMPARE(reply.toString(ns::Client),
             QStringLiteral(
                 "<iq to='juliet@im.example.com/balcony' from='im.example.com' id='ktx72v49' type='error'>"
                 "<error type='cancel'>"
                 "<service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                 "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas' xml:lang='en'>a&lt;b</text>"
                 "</error></iq>"));
    QVERIFY(isErrorStanza(reply));
    QVERIFY(!reply.firstChild(u"query")); // the original payload is not echoed
}

void TestStanzaError::errorReplyToMessage()
{
    Element message(QStringLiteral("message"), ns::Server);
    message.setAttr(QStringLiteral("to"), QStringLiteral("romeo@example.net"));
    message.addChild(QStringLiteral("body"), ns::Server).addText(QStringLiteral("hi"));
    const Element reply = makeErrorReply(message, StanzaErrorCondition::RecipientUnavailable);
    // No from on the original: the reply has no to (the session stamps addresses), and no id.
    QCOMPARE(reply.toString(ns::Server),
             QStringLiteral("<message from='romeo@example.net' type='error'>"
                            "<error type='wait'><recipient-unavailable "
                            "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"
                            "</message>"));
}

void TestStanzaError::explicitTypeAndUri()
{
    Element presence(QStringLiteral("presence"), ns::Client);
    presence.setAttr(QStringLiteral("id"), QString()); // an empty id is still echoed
    const Element reply =
        makeErrorReply(presence, StanzaErrorCondition::NotAuthorized, StanzaErrorType::Continue, QString());
    QCOMPARE(reply.toString(ns::Client),
             QStringLiteral("<presence id='' type='error'><error type='continue'>"
                            "<not-authorized xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                            "</error></presence>"));
    const Element gone = makeStanzaError(StanzaErrorCondition::Gone, StanzaErrorType::Cancel, QString(),
                                         ns::Client, QStringLiteral("xmpp:romeo@afterlife.example.net"));
    QCOMPARE(gone.toString(ns::Client),
             QStringLiteral("<error type='cancel'><gone xmlns='urn:ietf:params:xml:ns:"
                            "xmpp-stanzas'>xmpp:romeo@afterlife.example.net</gone></error>"));
}

void TestStanzaError::isError()
{
    Element iq(QStringLiteral("iq"), ns::Client);
    QVERIFY(!isErrorStanza(iq));
    iq.setAttr(QStringLiteral("type"), QStringLiteral("result"));
    QVERIFY(!isErrorStanza(iq));
    iq.setAttr(QStringLiteral("type"), QStringLiteral("error"));
    QVERIFY(isErrorStanza(iq));
}

void TestStanzaError::parse()
{
    Element iq(QStringLiteral("iq"), ns::Client);
    QVERIFY(!parseStanzaError(iq));
    const Element reply = makeErrorReply(iq, StanzaErrorCondition::ItemNotFound, QStringLiteral("nope"));
    const auto parsed = parseStanzaError(reply);
    QVERIFY(parsed);
    QCOMPARE(parsed->condition, StanzaErrorCondition::ItemNotFound);
    QCOMPARE(parsed->type, StanzaErrorType::Cancel);
    QCOMPARE(parsed->text, QStringLiteral("nope"));

    Element odd(QStringLiteral("iq"), ns::Client);
    Element &error = odd.addChild(QStringLiteral("error"), ns::Client);
    error.setAttr(QStringLiteral("type"), QStringLiteral("bogus"));
    error.setAttr(QStringLiteral("by"), QStringLiteral("example.com"));
    error.addChild(QStringLiteral("app-specific"), QStringLiteral("urn:app"));
    error.addChild(QStringLiteral("forbidden"), ns::Stanzas);
    const auto oddParsed = parseStanzaError(odd);
    QVERIFY(oddParsed);
    QCOMPARE(oddParsed->condition, StanzaErrorCondition::Forbidden);
    QCOMPARE(oddParsed->type, StanzaErrorType::Auth); // unknown type: the condition's default
    QCOMPARE(oddParsed->by, QStringLiteral("example.com"));
}

QTEST_GUILESS_MAIN(TestStanzaError)
#include "tst_stanzaerror.moc"
