#pragma once
// Shared set-up of the GUI tests: a manager window wired like main.cpp, pointed at a ConfabProcess.
#include "../support/confabprocess.h"
#include "connection/passwordvault.h"
#include "connection/session.h"
#include "mainwindow.h"
#include "util/languagemanager.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTest>
#include <memory>

namespace confab::test {

struct ManagerUnderTest
{
    manager::Session session;
    manager::LanguageManager languages;
    manager::PasswordVault vault;
    std::unique_ptr<manager::MainWindow> window;

    explicit ManagerUnderTest(const QString &language = QStringLiteral("en"))
    {
        languages.setLanguage(language, false);
        vault.setService(QStringLiteral("Confab Manager tests"));
        session.setRetryInterval(300);
        window = std::make_unique<manager::MainWindow>(&session, &languages, &vault);
        window->show();
    }
    // Connects with `password` like the Connect button does (no keychain involved).
    void connectTo(const ConfabProcess &confab, const QString &password)
    {
        session.connectTo(socketOf(confab), password);
    }
    static QString socketOf(const ConfabProcess &confab)
    {
        return confab.dataDir() + QStringLiteral("/control/confabd.sock");
    }
};

// confabctl --json ... parsed.
inline QJsonValue ctlJson(const ConfabProcess &confab, const QStringList &args)
{
    const CtlResult r = confab.ctl(QStringList{QStringLiteral("--json")} + args);
    if (r.exitCode != 0)
        qWarning("confabctl %s failed: %s %s", qPrintable(args.join(u' ')), r.out.constData(), r.err.constData());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace confab::test
