#pragma once
// Hosted domains: add, remove, and every per-domain setting (registration, SASL methods,
// anonymous login, extra disco items, ...).
#include "pages/page.h"

class QLineEdit;
class QListWidget;
class QPushButton;
class QLabel;

namespace confab::manager {

class SettingsForm;

class DomainsPage : public Page
{
    Q_OBJECT
public:
    explicit DomainsPage(Session *session, QWidget *parent = nullptr);
    QString title() const override { return tr("Domains"); }
    void refresh() override;

    QLineEdit *newDomainField() const { return m_newDomain; }
    QListWidget *list() const { return m_list; }
    SettingsForm *form() const { return m_form; }
    void addDomain();
    void applySettings();
    void removeSelected();
    // The domain whose settings the form shows (empty until loaded).
    QString loadedDomain() const { return m_loadedDomain; }

private:
    void loadDomain(const QString &domain);
    void applyNext(QStringList keys, QJsonObject values);
    QString currentDomain() const;

    QLineEdit *m_newDomain;
    QListWidget *m_list;
    QLabel *m_details;
    SettingsForm *m_form;
    QPushButton *m_apply;
    QPushButton *m_remove;
    QString m_loadedDomain;
};

} // namespace confab::manager
