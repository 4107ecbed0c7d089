// The first-run wizard end to end against a real confabd, and how the manager connects:
// confabd not running, wrong password, reconnecting after a restart.
#include "connectpage.h"
#include "guitesthelpers.h"
#include "util/validation.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>

using namespace confab;
using namespace confab::test;
using manager::MainWindow;
using manager::SetupWizard;

class TestManagerWizard : public QObject
{
    Q_OBJECT
private slots:
    void wizardEndToEnd();
    void notRunning();
    void wrongPasswordThenReconnectAfterRestart();
};

void TestManagerWizard::wizardEndToEnd()
{
    ConfabProcess confab(QStringLiteral("wizard.test"));
    QVERIFY(confab.start());
    ManagerUnderTest m;
    m.window->start(ManagerUnderTest::socketOf(confab));
    QTRY_COMPARE_WITH_TIMEOUT(m.window->view(), MainWindow::View::Wizard, 15000);
    SetupWizard *wizard = m.window->wizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(SetupWizard::DomainPageId));

    // A bad domain is marked and the wizard stays on the page.
    auto *domain = wizard->findChild<QLineEdit *>(QStringLiteral("domain"));
    domain->setText(QStringLiteral("not a domain!"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::DomainPageId));
    QVERIFY(manager::isMarkedInvalid(domain));
    domain->setText(QStringLiteral("Chat.Example.ORG"));
    const QString records = wizard->currentPage()->findChild<QPlainTextEdit *>()->toPlainText();
    QVERIFY2(records.contains(QLatin1String("_xmpp-client._tcp.chat.example.org. 86400 IN SRV 5 0 5222 xmpp.chat.example.org.")),
             qPrintable(records));
    QVERIFY(records.contains(QLatin1String("_xmpp-server._tcp.chat.example.org. 86400 IN SRV 5 0 5269 xmpp.chat.example.org.")));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::PasswordPageId));

    auto *password = wizard->findChild<QLineEdit *>(QStringLiteral("password"));
    auto *confirm = wizard->findChild<QLineEdit *>(QStringLiteral("confirm"));
    password->setText(QStringLiteral("short"));
    confirm->setText(QStringLiteral("short"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::PasswordPageId));
    password->setText(QStringLiteral("wizard-pass-1"));
    confirm->setText(QStringLiteral("wizard-pass-2"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::PasswordPageId));
    confirm->setText(QStringLiteral("wizard-pass-1"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::CertificatePageId));

    // Import the certificate confabd generated for wizard.test (PEM chain + key) for the new domain.
    const auto radios = wizard->currentPage()->findChildren<QRadioButton *>();
    radios.at(1)->setChecked(true);
    const auto files = wizard->currentPage()->findChildren<QLineEdit *>();
    files.at(0)->setText(QStringLiteral("/nonexistent.pem"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::CertificatePageId));
    files.at(0)->setText(confab.certificatePath());
    files.at(1)->setText(confab.dataDir() + QStringLiteral("/certs/wizard.test.key"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::PortsPageId));

    const auto spins = wizard->currentPage()->findChildren<QSpinBox *>();
    spins.at(1)->setValue(5222); // same as the client port: refused
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::PortsPageId));
    spins.at(1)->setValue(5270);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::RegistrationPageId));
    wizard->findChild<QCheckBox *>(QStringLiteral("freeRegistration"))->setChecked(true);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::SummaryPageId));
    QVERIFY(wizard->currentPage()->findChild<QPlainTextEdit *>()->toPlainText().contains(
        QLatin1String("_xmpp-server._tcp.chat.example.org. 86400 IN SRV 5 0 5270")));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m.window->view(), MainWindow::View::Pages, 15000);
    QCOMPARE(m.session.state(), manager::Session::State::Ready);

    qputenv("CONFAB_ADMIN_PASSWORD", "wizard-pass-1");
    const QJsonObject shown = ctlJson(confab, {QStringLiteral("domain"), QStringLiteral("show"), QStringLiteral("chat.example.org")}).toObject();
    QCOMPARE(shown.value("settings").toObject().value("registration.free").toBool(), true);
    QCOMPARE(ctlJson(confab, {QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("listen.s2s_port")}).toObject().value("value").toInt(),
             5270);
    const QJsonArray certs = ctlJson(confab, {QStringLiteral("status")}).toObject().value("certificates").toArray();
    bool imported = false;
    for (const QJsonValue &c : certs)
        imported = imported || (c.toObject().value("domain").toString() == u"chat.example.org" &&
                                c.toObject().value("names").toArray().contains(QStringLiteral("wizard.test")));
    QVERIFY2(imported, "the imported certificate is not in use for chat.example.org");
    qunsetenv("CONFAB_ADMIN_PASSWORD");
}

void TestManagerWizard::notRunning()
{
    QTemporaryDir dir;
    ManagerUnderTest m;
    m.window->start(dir.path() + QStringLiteral("/control/confabd.sock"));
    QTRY_VERIFY_WITH_TIMEOUT(m.window->connectPage()->statusText().contains(QLatin1String("confabd is not running")), 10000);
    QCOMPARE(m.window->view(), MainWindow::View::Connect);
}

void TestManagerWizard::wrongPasswordThenReconnectAfterRestart()
{
    ConfabProcess confab;
    QVERIFY(confab.start());
    QVERIFY(confab.setupAdmin(QStringLiteral("right-password")));
    ManagerUnderTest m;
    m.window->connectPage()->socketField()->setText(ManagerUnderTest::socketOf(confab));
    m.window->connectPage()->passwordField()->setText(QStringLiteral("wrong-password"));
    m.window->connectPage()->rememberBox()->setChecked(false);
    m.window->connectPage()->connectButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m.window->connectPage()->statusText(), QStringLiteral("The admin password is wrong."), 10000);
    QCOMPARE(m.window->view(), MainWindow::View::Connect);

    m.window->connectPage()->passwordField()->setText(QStringLiteral("right-password"));
    m.window->connectPage()->connectButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m.window->view(), MainWindow::View::Pages, 10000);

    confab.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m.window->connectionBarText().isEmpty(), 10000);
    QCOMPARE(m.window->view(), MainWindow::View::Pages);
    QVERIFY(confab.start());
    QTRY_COMPARE_WITH_TIMEOUT(m.session.state(), manager::Session::State::Ready, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m.window->connectionBarText().isEmpty(), 5000);
}

QTEST_MAIN(TestManagerWizard)
#include "tst_managerwizard.moc"
