#include "mainwindow.h"
#include "connectpage.h"
#include "pages/connectionspage.h"
#include "pages/dashboardpage.h"
#include "pages/domainspage.h"
#include "pages/logspage.h"
#include "pages/routingpage.h"
#include "pages/securitypage.h"
#include "pages/settingspage.h"
#include "pages/userspage.h"
#include "wizard/setupwizard.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QWizardPage>

namespace confab::manager {

MainWindow::MainWindow(Session *session, LanguageManager *languages, PasswordVault *vault, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_languages(languages), m_vault(vault)
{
    resize(1100, 760);
    buildUi();
    connect(m_session, &Session::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_session, &Session::ready, this, &MainWindow::onReady);
    connect(m_session, &Session::loginFailed, this, [this](const QString &text) {
        setView(View::Connect);
        m_connect->setStatus(text, true);
        m_connect->passwordField()->clear();
        m_connect->passwordField()->setFocus();
    });
    connect(m_languages, &LanguageManager::languageChanged, this, [this] {
        const int page = currentPageIndex();
        buildUi();
        showPage(page);
        onStateChanged(m_session->state());
    });
}

void MainWindow::buildUi()
{
    const QString socketText = m_connect ? m_connect->socketField()->text() : m_socketPath;
    setWindowTitle(tr("Confab Manager"));
    m_pages.clear();
    m_wizard = nullptr;
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    m_connectionBar = new QLabel(central);
    m_connectionBar->setObjectName(QStringLiteral("connectionBar"));
    m_connectionBar->setWordWrap(true);
    m_connectionBar->setStyleSheet(QStringLiteral("background:#fff4e5; color:#663c00; padding:8px;"));
    m_connectionBar->hide();
    outer->addWidget(m_connectionBar);
    m_views = new QStackedWidget(central);
    outer->addWidget(m_views, 1);

    m_connect = new ConnectPage(m_views);
    m_connect->socketField()->setText(socketText);
    connect(m_connect, &ConnectPage::connectRequested, this, &MainWindow::onConnectRequested);
    m_views->addWidget(m_connect);

    m_pagesView = new QWidget(m_views);
    auto *h = new QHBoxLayout(m_pagesView);
    m_nav = new QListWidget(m_pagesView);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_pageStack = new QStackedWidget(m_pagesView);
    m_pages = {new DashboardPage(m_session), new DomainsPage(m_session), new UsersPage(m_session),
               new RoutingPage(m_session),   new SecurityPage(m_session), new ConnectionsPage(m_session),
               new LogsPage(m_session),      new SettingsPage(m_session)};
    int navWidth = 0;
    for (Page *p : m_pages) {
        m_pageStack->addWidget(p);
        m_nav->addItem(p->title());
        navWidth = std::max(navWidth, m_nav->fontMetrics().horizontalAdvance(p->title()));
    }
    m_nav->setFixedWidth(navWidth + 48);
    h->addWidget(m_nav);
    h->addWidget(m_pageStack, 1);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pageStack->setCurrentIndex(row);
        if (m_session->state() == Session::State::Ready)
            m_pages[row]->refresh();
    });
    m_nav->setCurrentRow(0);
    m_views->addWidget(m_pagesView);
    QWidget *old = centralWidget();
    setCentralWidget(central);
    delete old;
    buildMenus();
    setView(m_view == View::Wizard ? View::Connect : m_view);
}

void MainWindow::buildMenus()
{
    menuBar()->clear();
    QMenu *file = menuBar()->addMenu(tr("&Server"));
    connect(file->addAction(tr("Connect to another server…")), &QAction::triggered, this, [this] {
        m_session->disconnectFromServer();
        m_connect->setStatus({}, false);
        setView(View::Connect);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);
    QMenu *language = menuBar()->addMenu(tr("&Language"));
    auto *group = new QActionGroup(language);
    for (const Language &l : LanguageManager::languages()) {
        QAction *a = language->addAction(l.nativeName);
        a->setCheckable(true);
        a->setChecked(l.code == m_languages->language());
        a->setData(l.code);
        group->addAction(a);
        // Queued: the menu (and this action) is rebuilt by the language change.
        connect(a, &QAction::triggered, this, [this, code = l.code] {
            QMetaObject::invokeMethod(this, [this, code] { m_languages->setLanguage(code); }, Qt::QueuedConnection);
        });
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(help->addAction(tr("About Confab Manager")), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Confab Manager"),
                           tr("Confab Manager %1: set-up and administration of the Confab XMPP server.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::start(const QString &socketPath)
{
    m_socketPath = socketPath;
    m_connect->socketField()->setText(socketPath);
    m_connect->setStatus(tr("Connecting to %1…").arg(socketPath), false);
    m_vault->read(socketPath, [this, socketPath](bool found, const QString &password, const QString &problem) {
        m_connect->setKeychainNote(problem);
        if (!problem.isEmpty())
            m_connect->rememberBox()->setChecked(false);
        if (found)
            m_connect->passwordField()->setText(password);
        m_remember = found;
        m_rememberPending = false;
        m_session->connectTo(socketPath, found ? password : QString());
    });
}

void MainWindow::onConnectRequested(const QString &path, const QString &password, bool remember)
{
    m_socketPath = path;
    m_remember = remember;
    m_rememberPending = true;
    m_connect->setStatus(tr("Connecting to %1…").arg(path), false);
    m_session->connectTo(path, password);
}

void MainWindow::setView(View view)
{
    m_view = view;
    if (view == View::Connect)
        m_views->setCurrentWidget(m_connect);
    else if (view == View::Pages)
        m_views->setCurrentWidget(m_pagesView);
    else if (m_wizard)
        m_views->setCurrentWidget(m_wizard);
}

void MainWindow::showWizard()
{
    if (!m_wizard) {
        m_wizard = new SetupWizard(m_session, m_views);
        m_wizard->setWindowFlags(Qt::Widget);
        m_views->addWidget(m_wizard);
        connect(m_wizard, &SetupWizard::completed, this, [this] {
            m_wizardRunning = false;
            m_wizardNote = m_wizard->problemText();
            m_remember = false;
            onReady();
        });
    }
    m_wizardRunning = true;
    setView(View::Wizard);
}

void MainWindow::onStateChanged(Session::State state)
{
    // A wizard runs from NeedsSetup until its setup completes; any new connection attempt ends it.
    if (state == Session::State::Connecting || state == Session::State::NeedsLogin)
        m_wizardRunning = false;
    switch (state) {
    case Session::State::Ready:
        m_connectionBar->hide();
        if (!m_wizardRunning)
            setView(View::Pages);
        break;
    case Session::State::NeedsSetup:
        m_connectionBar->hide();
        showWizard();
        break;
    case Session::State::NeedsLogin:
        m_connectionBar->hide();
        setView(View::Connect);
        m_connect->setStatus(tr("Connected to %1. Enter the admin password.").arg(m_session->hello().value("server").toString()), false);
        break;
    case Session::State::Connecting:
    case Session::State::Authenticating:
        if (m_view == View::Connect && m_connect->statusText().isEmpty())
            m_connect->setStatus(tr("Connecting to %1…").arg(m_session->socketPath()), false);
        break;
    case Session::State::Disconnected:
        if (m_session->wasReady() && m_view == View::Pages) {
            m_connectionBar->setText(m_session->problemText() + u' ' + tr("The manager reconnects on its own when confabd is back."));
            m_connectionBar->show();
        } else if (m_view != View::Wizard || !m_wizardRunning) {
            setView(View::Connect);
            m_connect->setStatus(m_session->problemText(), true);
        }
        break;
    }
    statusBar()->showMessage(state == Session::State::Ready
                                 ? tr("Connected to %1 (%2)").arg(m_session->hello().value("server").toString(), m_session->socketPath())
                                 : QString());
}

void MainWindow::onReady()
{
    if (m_wizardRunning)
        return;
    setView(View::Pages);
    QSettings().setValue(QStringLiteral("socket"), m_session->socketPath());
    if (m_rememberPending) {
        m_rememberPending = false;
        const QString path = m_session->socketPath();
        auto note = [this](const QString &problem) { m_connect->setKeychainNote(problem); };
        if (m_remember)
            m_vault->write(path, m_session->password(), note);
        else
            m_vault->remove(path, note);
    }
    for (Page *p : m_pages)
        p->refresh();
    if (!m_wizardNote.isEmpty()) {
        m_pages.first()->showError(m_wizardNote);
        m_wizardNote.clear();
    }
    if (!m_connect->keychainNote().isEmpty())
        statusBar()->showMessage(m_connect->keychainNote());
}

void MainWindow::showPage(int index)
{
    if (index >= 0 && index < m_nav->count())
        m_nav->setCurrentRow(index);
}

int MainWindow::currentPageIndex() const
{
    return m_nav ? m_nav->currentRow() : 0;
}

QString MainWindow::connectionBarText() const
{
    return m_connectionBar->isVisibleTo(this) ? m_connectionBar->text() : QString();
}

} // namespace confab::manager
