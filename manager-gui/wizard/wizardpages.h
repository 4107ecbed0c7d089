#pragma once
// The pages of the set-up wizard; each validates its own fields before Next.
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace confab::manager {

class SetupWizard;

class DomainPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DomainPage(QWidget *parent = nullptr);
    bool validatePage() override;
    void updateRecords();

private:
    QLineEdit *m_domain;
    QLineEdit *m_host;
    QPlainTextEdit *m_records;
};

class PasswordPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PasswordPage(QWidget *parent = nullptr);
    bool validatePage() override;

private:
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_problem;
};

class CertificatePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CertificatePage(QWidget *parent = nullptr);
    bool validatePage() override;

private:
    QRadioButton *m_generate;
    QRadioButton *m_import;
    QLineEdit *m_cert;
    QLineEdit *m_key;
    QLineEdit *m_pass;
    QLabel *m_problem;
};

class PortsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PortsPage(QWidget *parent = nullptr);
    bool validatePage() override;

private:
    QSpinBox *m_c2s;
    QSpinBox *m_s2s;
    QSpinBox *m_tls;
    QLabel *m_problem;
};

class RegistrationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RegistrationPage(QWidget *parent = nullptr);
};

class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(SetupWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    SetupWizard *m_wizard;
    QLabel *m_summary;
    QPlainTextEdit *m_records;
};

} // namespace confab::manager
