// Confab Manager: point-and-click set-up and administration of confabd.
#include "connection/passwordvault.h"
#include "connection/session.h"
#include "mainwindow.h"
#include "util/languagemanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Confab"));
    QApplication::setApplicationName(QStringLiteral("Confab Manager"));
    QApplication::setApplicationVersion(QStringLiteral(CONFAB_VERSION));

    using namespace confab::manager;
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption socket(QStringLiteral("socket"), QStringLiteral("confabd's control socket."), QStringLiteral("path"));
    QCommandLineOption language(QStringLiteral("language"), QStringLiteral("Language code (en, ru, fr, pt_BR, zh_CN, zh_TW, de, es)."),
                                QStringLiteral("code"));
    parser.addOption(socket);
    parser.addOption(language);
    parser.process(app);

    LanguageManager languages;
    languages.setLanguage(parser.isSet(language) ? parser.value(language) : LanguageManager::preferredLanguage(),
                          parser.isSet(language));
    Session session;
    PasswordVault vault;
    MainWindow window(&session, &languages, &vault);
    window.show();
    QString path = parser.value(socket);
    if (path.isEmpty())
        path = QSettings().value(QStringLiteral("socket"), defaultSocketPath()).toString();
    window.start(path);
    return app.exec();
}
