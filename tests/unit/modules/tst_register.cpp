// XEP-0077 before authentication (§3.1, §3.1.1, §4, §8): the form, account creation and its
// errors, the domain switch, the per-address limit and the stream feature. In process; see
// registerfixture.h.
#include "registerfixture.h"

using namespace confab;
using namespace confab::test;

class TestRegister : public QObject, public RegisterFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { start(); }
    void init() { setDomain("registration.free", true); }

    void advertisedInDisco() { QVERIFY(m_registry.serverFeatures().contains(RegNs)); }

    void closedByDefaultIsServiceUnavailable()
    {
        setDomain("registration.free", false);
        // §3.1: "If the host does not support in-band registration, it MUST return a <service-unavailable/>".
        const Element get = preAuth(iq(QStringLiteral("get"), QStringLiteral("reg1"), query()));
        QCOMPARE(errorCondition(get), QStringLiteral("service-unavailable"));
        QCOMPARE(get.attr(u"id"), QStringLiteral("reg1"));
        QCOMPARE(errorCondition(registerAccount(QStringLiteral("closed"), QStringLiteral("pw"))),
                 QStringLiteral("service-unavailable"));
        QVERIFY(!m_accounts->exists(QStringLiteral("closed"), Domain));
        QVERIFY(logged(QStringLiteral("register.refused"), QStringLiteral("closed")));
        // §8: no stream feature either.
        QVERIFY(m_registry.streamFeatures(core::FeatureStage::PreAuth, {Domain, true}).isEmpty());
    }

    void streamFeatureWhenOpen()
    {
        const auto features = m_registry.streamFeatures(core::FeatureStage::PreAuth, {Domain, true});
        QCOMPARE(features.size(), 1);
        QCOMPARE(features.first().name(), QStringLiteral("register"));
        QCOMPARE(features.first().ns(), xml::ns::RegisterFeature);
        QVERIFY(m_registry.streamFeatures(core::FeatureStage::PostAuth, {Domain, true}).isEmpty());
    }

    void formHasFieldsAndDataForm()
    {
        // Examples 1 and 2 (fields), §4 (the equivalent x:data form with FORM_TYPE).
        const Element reply = preAuth(iq(QStringLiteral("get"), QStringLiteral("reg1"), query()));
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        QCOMPARE(reply.attr(u"id"), QStringLiteral("reg1"));
        const Element *q = reply.firstChild(u"query", RegNs);
        QVERIFY(q);
        QVERIFY(!q->childText(u"instructions", RegNs).isEmpty());
        QVERIFY(q->firstChild(u"username", RegNs));
        QVERIFY(q->firstChild(u"password", RegNs));
        QVERIFY(!q->firstChild(u"registered", RegNs));
        const Element *form = q->firstChild(u"x", XData);
        QVERIFY(form);
        QCOMPARE(form->attr(u"type"), QStringLiteral("form"));
        const Element *formType = formField(*form, u"FORM_TYPE");
        QVERIFY(formType);
        QCOMPARE(formType->attr(u"type"), QStringLiteral("hidden"));
        QCOMPARE(formType->childText(u"value", XData), RegNs);
        const Element *user = formField(*form, u"username");
        const Element *pass = formField(*form, u"password");
        QVERIFY(user && pass);
        QVERIFY(user->firstChild(u"required", XData));
        QCOMPARE(pass->attr(u"type"), QStringLiteral("text-private"));
    }

    void registerCreatesTheAccount()
    {
        // Examples 4 and 5.
        const QString address = freshAddress();
        const Element reply = registerAccount(QStringLiteral("bill"), QStringLiteral("Calliope"), address);
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        QCOMPARE(reply.attr(u"id"), QStringLiteral("reg2"));
        QVERIFY(m_accounts->exists(QStringLiteral("bill"), Domain));
        QVERIFY(m_accounts->checkPassword(QStringLiteral("bill"), Domain, QStringLiteral("Calliope")));
        QVERIFY(!m_accounts->reversiblePassword(QStringLiteral("bill"), Domain)); // auth.legacy is off
        QVERIFY(logged(QStringLiteral("register.created"), address));
    }

    void usernameIsNodeprepped()
    {
        QCOMPARE(registerAccount(QStringLiteral("Juliet"), QStringLiteral("R0m30")).attr(u"type"),
                 QStringLiteral("result"));
        QVERIFY(m_accounts->exists(QStringLiteral("juliet"), Domain));
        // The same name in another case is the same account.
        QCOMPARE(errorCondition(registerAccount(QStringLiteral("JULIET"), QStringLiteral("x"))),
                 QStringLiteral("conflict"));
    }

    void existingUsernameIsConflict()
    {
        // Example 6.
        QVERIFY(m_accounts->exists(QStringLiteral("bill"), Domain));
        const Element reply = registerAccount(QStringLiteral("bill"), QStringLiteral("m1cro$oft"));
        QCOMPARE(errorCondition(reply), QStringLiteral("conflict"));
        QCOMPARE(reply.firstChild(u"error")->attr(u"type"), QStringLiteral("cancel"));
        QVERIFY(m_accounts->checkPassword(QStringLiteral("bill"), Domain, QStringLiteral("Calliope")));
    }

    void incompleteOrInvalidIsNotAcceptable_data()
    {
        QTest::addColumn<Fields>("fields");
        const QString u = QStringLiteral("username"), p = QStringLiteral("password");
        QTest::newRow("no password") << Fields{{u, QStringLiteral("romeo")}};
        QTest::newRow("empty password") << Fields{{u, QStringLiteral("romeo")}, {p, {}}};
        QTest::newRow("no username") << Fields{{p, QStringLiteral("pw")}};
        QTest::newRow("empty username") << Fields{{u, {}}, {p, QStringLiteral("pw")}};
        QTest::newRow("@ in username") << Fields{{u, QStringLiteral("rom@eo")}, {p, QStringLiteral("pw")}};
        QTest::newRow("space in username")
            << Fields{{u, QStringLiteral("rom eo")}, {p, QStringLiteral("pw")}};
    }
    void incompleteOrInvalidIsNotAcceptable()
    {
        // Example 7 and its footnote: an empty <password/> is information not provided.
        QFETCH(Fields, fields);
        const Element reply = preAuth(iq(QStringLiteral("set"), QStringLiteral("reg2"), query(fields)));
        QCOMPARE(errorCondition(reply), QStringLiteral("not-acceptable"));
        QCOMPARE(reply.firstChild(u"error")->attr(u"type"), QStringLiteral("modify"));
        QVERIFY(!m_accounts->exists(QStringLiteral("romeo"), Domain));
        QCOMPARE(m_accounts->count(Domain), 2); // bill and juliet only
    }

    void dataFormSubmissionRegisters()
    {
        // §4: the client submits the x:data form instead of the plain fields.
        Element q = query();
        Element &form = q.addChild(QStringLiteral("x"), XData);
        form.setAttr(QStringLiteral("type"), QStringLiteral("submit"));
        for (const auto &[var, value] : Fields{{QStringLiteral("FORM_TYPE"), RegNs},
                                               {QStringLiteral("username"), QStringLiteral("mercutio")},
                                               {QStringLiteral("password"), QStringLiteral("Queen Mab")}}) {
            Element &f = form.addChild(QStringLiteral("field"), XData);
            f.setAttr(QStringLiteral("var"), var);
            f.addChild(QStringLiteral("value"), XData).addText(value);
        }
        QCOMPARE(preAuth(iq(QStringLiteral("set"), QStringLiteral("reg4"), q)).attr(u"type"),
                 QStringLiteral("result"));
        QVERIFY(m_accounts->checkPassword(QStringLiteral("mercutio"), Domain, QStringLiteral("Queen Mab")));
    }

    void reversibleWhenLegacyAuthIsOn()
    {
        setDomain("auth.legacy", true);
        QCOMPARE(registerAccount(QStringLiteral("tybalt"), QStringLiteral("pw-tybalt")).attr(u"type"),
                 QStringLiteral("result"));
        setDomain("auth.legacy", false);
        QCOMPARE(m_accounts->reversiblePassword(QStringLiteral("tybalt"), Domain),
                 QStringLiteral("pw-tybalt"));
    }

    void removeBeforeLoginIsUnexpected()
    {
        const Element reply = preAuth(
            iq(QStringLiteral("set"), QStringLiteral("unreg1"), query({{QStringLiteral("remove"), {}}})));
        QCOMPARE(errorCondition(reply), QStringLiteral("unexpected-request"));
    }

    void tooManyFromOneAddressIsRefused()
    {
        QVERIFY(storage::SettingsStore(*m_db)
                    .set(QStringLiteral("registration.max_per_hour_per_address"), 2)
                    .ok());
        m_config->reload();
        const QString address = QStringLiteral("198.51.100.7");
        QCOMPARE(registerAccount(QStringLiteral("spam1"), QStringLiteral("pw"), address).attr(u"type"),
                 QStringLiteral("result"));
        // Failed attempts do not count, only created accounts.
        QCOMPARE(errorCondition(registerAccount(QStringLiteral("spam1"), QStringLiteral("pw"), address)),
                 QStringLiteral("conflict"));
        QCOMPARE(registerAccount(QStringLiteral("spam2"), QStringLiteral("pw"), address).attr(u"type"),
                 QStringLiteral("result"));
        QCOMPARE(errorCondition(registerAccount(QStringLiteral("spam3"), QStringLiteral("pw"), address)),
                 QStringLiteral("policy-violation"));
        QVERIFY(!m_accounts->exists(QStringLiteral("spam3"), Domain));
        QVERIFY(logged(QStringLiteral("register.refused"), QStringLiteral("too many")));
        // Another address is not affected; 0 lifts the limit.
        QCOMPARE(
            registerAccount(QStringLiteral("spam3"), QStringLiteral("pw"), QStringLiteral("198.51.100.8"))
                .attr(u"type"),
            QStringLiteral("result"));
        QVERIFY(storage::SettingsStore(*m_db)
                    .set(QStringLiteral("registration.max_per_hour_per_address"), 0)
                    .ok());
        m_config->reload();
        QCOMPARE(registerAccount(QStringLiteral("spam4"), QStringLiteral("pw"), address).attr(u"type"),
                 QStringLiteral("result"));
        QVERIFY(storage::SettingsStore(*m_db)
                    .unset(QStringLiteral("registration.max_per_hour_per_address"))
                    .ok());
        m_config->reload();
    }
};

QTEST_GUILESS_MAIN(TestRegister)
#include "tst_register.moc"
