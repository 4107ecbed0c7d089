#pragma once
// The manager's languages: which exist, which one the system asks for, and switching at run time
// (our catalog from the resources plus Qt's own for standard dialogs).
#include <QList>
#include <QObject>
#include <QString>
#include <QTranslator>
#include <memory>

namespace confab::manager {

struct Language
{
    QString code;       // "en", "ru", "fr", "pt_BR", "zh_CN", "zh_TW", "de", "es"
    QString nativeName; // shown in the menu in its own language
};

class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QList<Language> languages();
    // The supported language closest to the system locale (English when none fits).
    static QString systemLanguage();
    // The language saved last time, else the system's.
    static QString preferredLanguage();

    // Installs the translators; false when `code` is not one of languages().
    bool setLanguage(const QString &code, bool remember = true);
    QString language() const { return m_code; }

signals:
    void languageChanged(const QString &code);

private:
    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
    QString m_code;
};

} // namespace confab::manager
