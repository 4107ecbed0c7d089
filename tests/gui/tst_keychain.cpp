// Remembering the admin password in the OS keychain. Run twice by CTest: as tst_keychain without
// any D-Bus session (the manager must say the keychain is unavailable and still log in), and as
// tst_keychain_secretservice inside dbus-run-session with an unlocked gnome-keyring
// (CONFAB_EXPECT_KEYCHAIN=1: the password is stored, found by a new manager, and forgotten).
#include "connectpage.h"
#include "guitesthelpers.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>

using namespace confab;
using namespace confab::test;
using namespace confab::manager;

class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void rememberPassword();
};

void TestKeychain::rememberPassword()
{
    const bool expectKeychain = qEnvironmentVariableIntValue("CONFAB_EXPECT_KEYCHAIN") == 1;
    if (!expectKeychain)
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    ConfabProcess confab;
    QVERIFY(confab.start());
    QVERIFY(confab.setupAdmin(QStringLiteral("keychain-admin")));
    const QString socket = ManagerUnderTest::socketOf(confab);
    {
        ManagerUnderTest m;
        m.window->start(socket);
        QTRY_COMPARE_WITH_TIMEOUT(m.window->view(), MainWindow::View::Connect, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m.session.state(), Session::State::NeedsLogin, 30000);
        if (expectKeychain)
            QVERIFY2(m.window->connectPage()->keychainNote().isEmpty(), qPrintable(m.window->connectPage()->keychainNote()));
        else
            QVERIFY2(m.window->connectPage()->keychainNote().contains(QLatin1String("keychain cannot be used")),
                     qPrintable(m.window->connectPage()->keychainNote()));
        m.window->connectPage()->passwordField()->setText(QStringLiteral("keychain-admin"));
        m.window->connectPage()->rememberBox()->setChecked(true);
        m.window->connectPage()->connectButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(m.window->view(), MainWindow::View::Pages, 10000);
        QTest::qWait(1000); // the keychain write
        if (!expectKeychain)
            QVERIFY(!m.window->connectPage()->keychainNote().isEmpty());
    }
    if (!expectKeychain)
        return;

    // A new manager finds the password and logs in on its own.
    {
        ManagerUnderTest m;
        m.window->start(socket);
        QTRY_COMPARE_WITH_TIMEOUT(m.session.state(), Session::State::Ready, 15000);
        // Logging in without "remember" forgets it.
        m.window->connectPage()->rememberBox()->setChecked(false);
        m.window->connectPage()->passwordField()->setText(QStringLiteral("keychain-admin"));
        emit m.window->connectPage()->connectRequested(socket, QStringLiteral("keychain-admin"), false);
        QTRY_COMPARE_WITH_TIMEOUT(m.session.state(), Session::State::Ready, 15000);
        QTest::qWait(1000);
    }
    bool found = true, done = false;
    PasswordVault vault;
    vault.setService(QStringLiteral("Confab Manager tests"));
    vault.read(socket, [&](bool f, const QString &, const QString &) {
        found = f;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY(!found);
}

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
