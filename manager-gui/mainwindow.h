#pragma once
// The manager's window: the connect view, the first-run wizard, or the pages with a navigation
// list; a language menu that switches at run time (the window is rebuilt in the new language).
#include "connection/passwordvault.h"
#include "connection/session.h"
#include "util/languagemanager.h"
#include "wizard/setupwizard.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace confab::manager {

class ConnectPage;
class Page;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class View { Connect, Wizard, Pages };
    MainWindow(Session *session, LanguageManager *languages, PasswordVault *vault, QWidget *parent = nullptr);

    // Fills the socket field, looks for a remembered password and connects.
    void start(const QString &socketPath);

    View view() const { return m_view; }
    ConnectPage *connectPage() const { return m_connect; }
    SetupWizard *wizard() const { return m_wizard; }
    QList<Page *> pages() const { return m_pages; }
    template <typename T> T *page() const
    {
        for (Page *p : m_pages)
            if (auto *t = qobject_cast<T *>(p))
                return t;
        return nullptr;
    }
    void showPage(int index);
    int currentPageIndex() const;
    QString connectionBarText() const;

private:
    void buildUi();
    void buildMenus();
    void setView(View view);
    void onStateChanged(Session::State state);
    void onConnectRequested(const QString &path, const QString &password, bool remember);
    void onReady();
    void showWizard();

    Session *m_session;
    LanguageManager *m_languages;
    PasswordVault *m_vault;
    View m_view = View::Connect;
    QStackedWidget *m_views = nullptr;
    ConnectPage *m_connect = nullptr;
    QPointer<SetupWizard> m_wizard;
    QWidget *m_pagesView = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pageStack = nullptr;
    QLabel *m_connectionBar = nullptr;
    QList<Page *> m_pages;
    QString m_socketPath;
    QString m_wizardNote;
    bool m_remember = false;
    bool m_rememberPending = false;
    bool m_wizardRunning = false;
};

} // namespace confab::manager
