#pragma once
// User accounts: search, add, set password, disable/enable, remove.
#include "pages/page.h"

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace confab::manager {

class UsersPage : public Page
{
    Q_OBJECT
public:
    explicit UsersPage(Session *session, QWidget *parent = nullptr);
    QString title() const override { return tr("Users"); }
    void refresh() override;

    // The actions, also for tests (the dialogs only collect these values).
    void addUser(const QString &jid, const QString &password, const QString &confirm);
    void setPassword(const QString &jid, const QString &password, const QString &confirm);
    void setDisabled(const QString &jid, bool disabled);
    void removeUser(const QString &jid);
    QTableWidget *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }

private:
    void loadUsers();
    void loadDomains();
    QString selectedJid() const;
    bool selectedDisabled() const;
    void openAddDialog();
    void openPasswordDialog();
    // Checks a password pair; marks the fields and returns an explanation when they do not do.
    QString passwordProblem(const QString &password, const QString &confirm) const;

    QComboBox *m_domain;
    QLineEdit *m_search;
    QTableWidget *m_table;
};

} // namespace confab::manager
