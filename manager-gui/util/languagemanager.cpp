#include "util/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace confab::manager {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    if (m_ours)
        QCoreApplication::removeTranslator(m_ours.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QList<Language> LanguageManager::languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("ru"), QStringLiteral("Русский")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
            {QStringLiteral("zh_TW"), QStringLiteral("繁體中文")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

QString LanguageManager::systemLanguage()
{
    const QLocale locale = QLocale::system();
    switch (locale.language()) {
    case QLocale::Russian:
        return QStringLiteral("ru");
    case QLocale::French:
        return QStringLiteral("fr");
    case QLocale::Portuguese:
        return QStringLiteral("pt_BR");
    case QLocale::German:
        return QStringLiteral("de");
    case QLocale::Spanish:
        return QStringLiteral("es");
    case QLocale::Chinese:
        if (locale.script() == QLocale::TraditionalHanScript || locale.territory() == QLocale::Taiwan ||
            locale.territory() == QLocale::HongKong || locale.territory() == QLocale::Macao)
            return QStringLiteral("zh_TW");
        return QStringLiteral("zh_CN");
    default:
        return QStringLiteral("en");
    }
}

QString LanguageManager::preferredLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    for (const Language &l : languages())
        if (l.code == saved)
            return saved;
    return systemLanguage();
}

bool LanguageManager::setLanguage(const QString &code, bool remember)
{
    bool known = false;
    for (const Language &l : languages())
        known = known || l.code == code;
    if (!known)
        return false;
    if (m_ours)
        QCoreApplication::removeTranslator(m_ours.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_ours = std::make_unique<QTranslator>();
    if (m_ours->load(QStringLiteral(":/i18n/confab_") + code))
        QCoreApplication::installTranslator(m_ours.get());
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    m_code = code;
    QLocale::setDefault(QLocale(code));
    if (remember)
        QSettings().setValue(QStringLiteral("language"), code);
    emit languageChanged(code);
    return true;
}

} // namespace confab::manager
