// Renders every manager page in every language to PNG files, for a person to look at
// (tests/gui/screenshots.sh runs it under Xvfb against a confabd it prepared).
//   confab-manager-screenshots OUTDIR SOCKET [WIZARD_SOCKET]
// SOCKET: a set-up confabd (admin password in CONFAB_ADMIN_PASSWORD); WIZARD_SOCKET: one without
// an admin, for the wizard pages.
#include "connection/passwordvault.h"
#include "connection/session.h"
#include "mainwindow.h"
#include "pages/page.h"
#include "util/languagemanager.h"
#include "wizard/setupwizard.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>

using namespace confab::manager;

static void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

static void save(QWidget *w, const QString &dir, const QString &name)
{
    QDir().mkpath(dir);
    w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Confab screenshots"));
    if (argc < 3) {
        qWarning("usage: confab-manager-screenshots OUTDIR SOCKET [WIZARD_SOCKET]");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QString socket = QString::fromLocal8Bit(argv[2]);
    const QString wizardSocket = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    const QStringList only = qEnvironmentVariable("CONFAB_LANGUAGES").split(u',', Qt::SkipEmptyParts);

    LanguageManager languages;
    PasswordVault vault;
    Session session;
    MainWindow window(&session, &languages, &vault);
    window.resize(1100, 760);
    window.show();
    for (const Language &l : LanguageManager::languages()) {
        if (!only.isEmpty() && !only.contains(l.code))
            continue;
        languages.setLanguage(l.code, false);
        settle(200);
        const QString dir = out + u'/' + l.code;
        // Connect view, with confabd not reachable.
        session.connectTo(QStringLiteral("/nonexistent/confabd.sock"), {});
        settle(600);
        save(&window, dir, QStringLiteral("00-connect"));
        session.connectTo(socket, qEnvironmentVariable("CONFAB_ADMIN_PASSWORD"));
        for (int i = 0; i < 50 && session.state() != Session::State::Ready; ++i)
            settle(100);
        for (int i = 0; i < window.pages().size(); ++i) {
            window.showPage(i);
            settle(700);
            save(&window, dir, QStringLiteral("%1-%2").arg(i + 1, 2, 10, QLatin1Char('0')).arg(window.pages()[i]->metaObject()->className()).remove(QStringLiteral("confab::manager::")));
        }
        if (!wizardSocket.isEmpty()) {
            session.connectTo(wizardSocket, {});
            for (int i = 0; i < 50 && !window.wizard(); ++i)
                settle(100);
            if (SetupWizard *w = window.wizard()) {
                w->restart();
                w->findChild<QLineEdit *>(QStringLiteral("domain"))->setText(QStringLiteral("example.com"));
                w->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("screenshot-1"));
                w->findChild<QLineEdit *>(QStringLiteral("confirm"))->setText(QStringLiteral("screenshot-1"));
                for (int page = 0; page < 6; ++page) {
                    settle(200);
                    save(&window, dir, QStringLiteral("wizard-%1").arg(page + 1));
                    w->next();
                }
            }
        }
        session.disconnectFromServer();
    }
    return 0;
}
