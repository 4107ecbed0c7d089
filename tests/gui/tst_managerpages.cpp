// The pages against a real, set-up confabd: every change made in the manager is checked with
// confabctl; invalid input is marked and never sent; errors and logs appear in the admin's language.
#include "guitesthelpers.h"
#include "pages/connectionspage.h"
#include "pages/domainspage.h"
#include "pages/logspage.h"
#include "pages/routingpage.h"
#include "pages/securitypage.h"
#include "pages/settingsform.h"
#include "pages/settingspage.h"
#include "pages/userspage.h"
#include "shared/logcatalog.h"
#include "util/validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpSocket>
#include <QTemporaryFile>

using namespace confab;
using namespace confab::test;
using namespace confab::manager;

class TestManagerPages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void domains();
    void domainSettings();
    void users();
    void routing();
    void security();
    void settings();
    void connections();
    void logsAndErrorsInGerman();

private:
    bool tableContains(QTableWidget *t, int column, const QString &text);
    std::unique_ptr<ConfabProcess> m_confab;
    std::unique_ptr<ManagerUnderTest> m_manager;
};

void TestManagerPages::initTestCase()
{
    m_confab = std::make_unique<ConfabProcess>(QStringLiteral("pages.test"));
    QVERIFY(m_confab->start());
    QVERIFY(m_confab->setupAdmin(QStringLiteral("pages-admin-1")));
    m_manager = std::make_unique<ManagerUnderTest>();
    m_manager->connectTo(*m_confab, QStringLiteral("pages-admin-1"));
    QTRY_COMPARE_WITH_TIMEOUT(m_manager->session.state(), Session::State::Ready, 15000);
    QTRY_COMPARE(m_manager->window->view(), MainWindow::View::Pages);
}

void TestManagerPages::cleanupTestCase()
{
    m_manager.reset();
    m_confab.reset();
}

bool TestManagerPages::tableContains(QTableWidget *t, int column, const QString &text)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, column) && t->item(r, column)->text().contains(text))
            return true;
    return false;
}

static QStringList domainsOf(const QJsonValue &list)
{
    QStringList out;
    for (const QJsonValue &v : list.toArray())
        out.append(v.toObject().value("domain").toString());
    return out;
}

void TestManagerPages::domains()
{
    auto *page = m_manager->window->page<DomainsPage>();
    m_manager->window->showPage(1);
    page->newDomainField()->setText(QStringLiteral("bad..domain"));
    page->addDomain();
    QVERIFY(isMarkedInvalid(page->newDomainField()));
    QVERIFY(page->messageText().contains(QLatin1String("not a valid domain name")));
    QTest::qWait(200);
    QVERIFY(!domainsOf(ctlJson(*m_confab, {"domain", "list"})).contains(QStringLiteral("bad..domain")));

    page->newDomainField()->setText(QStringLiteral("Shop.Example.COM"));
    page->addDomain();
    QTRY_VERIFY_WITH_TIMEOUT(page->messageText().contains(QLatin1String("shop.example.com")), 5000);
    QVERIFY(domainsOf(ctlJson(*m_confab, {"domain", "list"})).contains(QStringLiteral("shop.example.com")));
    QTRY_VERIFY(!page->list()->findItems(QStringLiteral("shop.example.com"), Qt::MatchStartsWith).isEmpty());

    // confabd's own refusal, shown in words.
    page->newDomainField()->setText(QStringLiteral("shop.example.com"));
    page->addDomain();
    QTRY_VERIFY_WITH_TIMEOUT(page->messageText().contains(QLatin1String("already")), 5000);
}

void TestManagerPages::domainSettings()
{
    auto *page = m_manager->window->page<DomainsPage>();
    m_manager->window->showPage(1);
    const auto items = page->list()->findItems(QStringLiteral("shop.example.com"), Qt::MatchStartsWith);
    QVERIFY(!items.isEmpty());
    page->list()->setCurrentItem(items.first());
    auto *free = qobject_cast<QCheckBox *>(page->form()->editor(QStringLiteral("registration.free")));
    auto *extra = qobject_cast<QLineEdit *>(page->form()->editor(QStringLiteral("disco.extra_items")));
    QTRY_COMPARE_WITH_TIMEOUT(page->loadedDomain(), QStringLiteral("shop.example.com"), 5000);

    // One bad value: nothing is applied, not even the good one.
    free->setChecked(true);
    extra->setText(QStringLiteral("gateway.example.com, @@@"));
    page->applySettings();
    QVERIFY(isMarkedInvalid(extra));
    QTest::qWait(200);
    auto shown = ctlJson(*m_confab, {"domain", "show", "shop.example.com"}).toObject().value("settings").toObject();
    QCOMPARE(shown.value("registration.free").toBool(), false);

    extra->setText(QStringLiteral("gateway.example.com"));
    page->applySettings();
    QTRY_VERIFY_WITH_TIMEOUT(page->messageText().contains(QLatin1String("saved")), 5000);
    shown = ctlJson(*m_confab, {"domain", "show", "shop.example.com"}).toObject().value("settings").toObject();
    QCOMPARE(shown.value("registration.free").toBool(), true);
    QCOMPARE(shown.value("disco.extra_items").toArray(), QJsonArray{QStringLiteral("gateway.example.com")});
}

void TestManagerPages::users()
{
    auto *page = m_manager->window->page<UsersPage>();
    m_manager->window->showPage(2);
    page->addUser(QStringLiteral("not-a-jid"), QStringLiteral("password-1"), QStringLiteral("password-1"));
    QVERIFY(page->messageText().contains(QLatin1String("user@domain")));
    page->addUser(QStringLiteral("alice@pages.test"), QStringLiteral("password-1"), QStringLiteral("password-2"));
    QVERIFY(page->messageText().contains(QLatin1String("not the same")));
    page->addUser(QStringLiteral("Alice@pages.test"), QStringLiteral("password-1"), QStringLiteral("password-1"));
    QTRY_VERIFY_WITH_TIMEOUT(tableContains(page->table(), 0, QStringLiteral("alice@pages.test")), 5000);
    const QByteArray listed = m_confab->ctl({"user", "list", "pages.test"}).out;
    QVERIFY2(listed.contains("alice@pages.test"), listed.constData());

    page->setDisabled(QStringLiteral("alice@pages.test"), true);
    QTRY_VERIFY_WITH_TIMEOUT(page->messageText().contains(QLatin1String("can no longer log in")), 5000);
    const QJsonArray users = ctlJson(*m_confab, {"user", "list", "pages.test"}).toObject().value("users").toArray();
    QVERIFY(!users.isEmpty() && users.first().toObject().value("disabled").toBool());

    page->addUser(QStringLiteral("alice@pages.test"), QStringLiteral("password-1"), QStringLiteral("password-1"));
    QTRY_VERIFY_WITH_TIMEOUT(page->messageText().contains(QLatin1String("already")), 5000);

    page->searchField()->setText(QStringLiteral("nobody"));
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->rowCount(), 0, 5000);
    page->searchField()->setText(QStringLiteral("ali"));
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->rowCount(), 1, 5000);

    page->removeUser(QStringLiteral("alice@pages.test"));
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->rowCount(), 0, 5000);
    QVERIFY(!m_confab->ctl({"user", "list"}).out.contains("alice@pages.test"));
}

void TestManagerPages::routing()
{
    auto *page = m_manager->window->page<RoutingPage>();
    m_manager->window->showPage(3);
    page->patternField()->setText(QStringLiteral("bad pattern!"));
    page->relayField()->setText(QStringLiteral("relay.example.net"));
    page->addRule();
    QVERIFY(isMarkedInvalid(page->patternField()));
    page->patternField()->setText(QStringLiteral("*.Partner.example"));
    page->addRule();
    QTRY_COMPARE_WITH_TIMEOUT(page->tree()->topLevelItemCount(), 1, 5000);
    page->patternField()->setText(QStringLiteral("*"));
    page->actionField()->setCurrentIndex(page->actionField()->findData(QStringLiteral("refuse")));
    page->addRule();
    QTRY_COMPARE_WITH_TIMEOUT(page->tree()->topLevelItemCount(), 2, 5000);
    QJsonArray rules = ctlJson(*m_confab, {"route", "list"}).toArray();
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules[0].toObject().value("pattern").toString(), QStringLiteral("*.partner.example"));
    QCOMPARE(rules[0].toObject().value("relay").toString(), QStringLiteral("relay.example.net"));

    page->testField()->setText(QStringLiteral("chat.partner.example"));
    page->testDomain();
    QVERIFY2(page->testResult()->text().contains(QLatin1String("rule 1")), qPrintable(page->testResult()->text()));
    page->testField()->setText(QStringLiteral("elsewhere.org"));
    page->testDomain();
    QVERIFY(page->testResult()->text().contains(QLatin1String("rule 2")));

    // Reorder: the catch-all first.
    page->moveRule(rules[1].toObject().value("id").toInteger(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(ctlJson(*m_confab, {"route", "list"}).toArray()[0].toObject().value("pattern").toString() == u"*", 5000);
    QTRY_COMPARE(page->tree()->topLevelItem(0)->text(1), QStringLiteral("*"));
}

void TestManagerPages::security()
{
    auto *page = m_manager->window->page<SecurityPage>();
    m_manager->window->showPage(4);
    page->patternField()->setText(QStringLiteral("bad pattern"));
    page->addRequired();
    QVERIFY(isMarkedInvalid(page->patternField()));
    page->patternField()->setText(QStringLiteral("*.Bank.example"));
    page->addRequired();
    QTRY_VERIFY_WITH_TIMEOUT(m_confab->ctl({"tls", "list"}).out.contains("*.bank.example"), 5000);
    page->addTrusted(m_confab->certificatePath());
    QTRY_VERIFY_WITH_TIMEOUT(m_confab->ctl({"trust", "list"}).out.contains("pages.test"), 5000);
}

void TestManagerPages::settings()
{
    auto *page = m_manager->window->page<SettingsPage>();
    m_manager->window->showPage(7);
    auto *channels = qobject_cast<QSpinBox *>(page->form()->editor(QStringLiteral("server.channels")));
    QTRY_COMPARE_WITH_TIMEOUT(channels->value(), 10000, 5000);
    channels->setValue(500);
    auto *dns = qobject_cast<QLineEdit *>(page->form()->editor(QStringLiteral("dns.server")));
    dns->setText(QStringLiteral("not an address"));
    page->apply();
    QVERIFY(isMarkedInvalid(dns));
    dns->clear();
    page->apply();
    QTRY_VERIFY_WITH_TIMEOUT(page->messageText().contains(QLatin1String("saved")), 5000);
    QCOMPARE(ctlJson(*m_confab, {"settings", "get", "server.channels"}).toObject().value("value").toInt(), 500);
}

void TestManagerPages::connections()
{
    auto *page = m_manager->window->page<ConnectionsPage>();
    m_manager->window->showPage(5);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, quint16(m_confab->c2sPort()));
    QVERIFY(client.waitForConnected(5000));
    client.write("<?xml version='1.0'?><stream:stream to='pages.test' xmlns='jabber:client' "
                 "xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>");
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->rowCount(), 1, 5000);
    page->disconnectSession(page->table()->item(0, 0)->text());
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->rowCount(), 0, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QAbstractSocket::UnconnectedState, 5000);
}

void TestManagerPages::logsAndErrorsInGerman()
{
    m_manager->languages.setLanguage(QStringLiteral("de"), false);
    auto *logs = m_manager->window->page<LogsPage>();
    m_manager->window->showPage(6);
    QVERIFY(m_confab->ctl({"domain", "add", "logtest.example"}).exitCode == 0);
    log::Record record;
    record.key = QStringLiteral("ctrl.domain_added");
    record.args = {{"domain", "logtest.example"}};
    const QString german = log::renderMessage(record, true);
    QVERIFY2(german != log::renderMessage(record, false), "no German translation of ctrl.domain_added");
    QTRY_VERIFY_WITH_TIMEOUT(tableContains(logs->table(), 4, german), 5000);

    // The text filter works on the German text.
    logs->textFilter()->setText(QStringLiteral("logtest.example"));
    QTRY_VERIFY(logs->table()->rowCount() >= 1);
    QVERIFY(tableContains(logs->table(), 4, german));

    QTemporaryFile exported;
    QVERIFY(exported.open());
    QVERIFY(logs->exportTo(exported.fileName()));
    QVERIFY(QString::fromUtf8(exported.readAll()).contains(german));

    // An error from confabd in German.
    auto *domains = m_manager->window->page<DomainsPage>();
    m_manager->window->showPage(1);
    domains->newDomainField()->setText(QStringLiteral("logtest.example"));
    domains->addDomain();
    const QString expected = QCoreApplication::translate("Errors", "Domain {domain} already exists")
                                 .replace(QLatin1String("{domain}"), QLatin1String("logtest.example"));
    QVERIFY(expected.contains(QLatin1String("logtest.example")));
    QTRY_COMPARE_WITH_TIMEOUT(domains->messageText(), expected, 5000);
    QVERIFY(!expected.startsWith(QLatin1String("Domain ")));
}

QTEST_MAIN(TestManagerPages)
#include "tst_managerpages.moc"
