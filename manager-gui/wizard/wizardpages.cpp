#include "wizard/wizardpages.h"
#include "util/certificatefile.h"
#include "util/validation.h"
#include "wizard/setupwizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace confab::manager {

namespace {
QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}
QLabel *problemLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("problem"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color:#b71c1c;"));
    return l;
}
QPlainTextEdit *recordsView(QWidget *parent)
{
    auto *v = new QPlainTextEdit(parent);
    v->setReadOnly(true);
    v->setLineWrapMode(QPlainTextEdit::NoWrap);
    v->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    v->setMaximumHeight(110);
    return v;
}
QPushButton *copyButton(QPlainTextEdit *view, QWidget *parent)
{
    auto *b = new QPushButton(SetupWizard::tr("Copy records"), parent);
    QObject::connect(b, &QPushButton::clicked, view, [view] { QApplication::clipboard()->setText(view->toPlainText()); });
    return b;
}
} // namespace

DomainPage::DomainPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(SetupWizard::tr("Your XMPP domain"));
    setSubTitle(SetupWizard::tr("Addresses will look like user@domain. Usually this is your company's domain name."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_domain = new QLineEdit(this);
    m_domain->setObjectName(QStringLiteral("domain"));
    m_domain->setPlaceholderText(QStringLiteral("example.com"));
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(QStringLiteral("xmpp.example.com"));
    form->addRow(SetupWizard::tr("Domain name:"), m_domain);
    form->addRow(SetupWizard::tr("Host name of this server:"), m_host);
    layout->addLayout(form);
    layout->addWidget(wrapped(SetupWizard::tr("Publish these DNS SRV records in your domain's DNS zone so that clients and "
                                              "other servers find this server:"),
                              this));
    m_records = recordsView(this);
    layout->addWidget(m_records);
    auto *row = new QHBoxLayout;
    row->addWidget(copyButton(m_records, this));
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    registerField(QStringLiteral("domain*"), m_domain);
    registerField(QStringLiteral("host"), m_host);
    connect(m_domain, &QLineEdit::textChanged, this, [this] {
        markValid(m_domain);
        updateRecords();
    });
    connect(m_host, &QLineEdit::textChanged, this, [this] {
        markValid(m_host);
        updateRecords();
    });
    updateRecords();
}

void DomainPage::updateRecords()
{
    const QString domain = checkDomain(m_domain->text()).value_or(QStringLiteral("example.com"));
    m_host->setPlaceholderText(QStringLiteral("xmpp.") + domain);
    const QString host = m_host->text().trimmed().isEmpty() ? QStringLiteral("xmpp.") + domain : m_host->text().trimmed();
    m_records->setPlainText(SetupWizard::srvRecords(domain, host, 5222, 5269, 5223));
}

bool DomainPage::validatePage()
{
    bool ok = true;
    if (!checkDomain(m_domain->text())) {
        markInvalid(m_domain, SetupWizard::tr("“%1” is not a valid domain name.").arg(m_domain->text()));
        ok = false;
    }
    if (!m_host->text().trimmed().isEmpty() && !checkDomain(m_host->text())) {
        markInvalid(m_host, SetupWizard::tr("“%1” is not a valid host name.").arg(m_host->text()));
        ok = false;
    }
    return ok;
}

PasswordPage::PasswordPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(SetupWizard::tr("Admin password"));
    setSubTitle(SetupWizard::tr("The manager and confabctl ask for this password. Use at least 8 characters."));
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_problem = problemLabel(this);
    form->addRow(SetupWizard::tr("Password:"), m_password);
    form->addRow(SetupWizard::tr("Repeat password:"), m_confirm);
    form->addRow(m_problem);
    registerField(QStringLiteral("password*"), m_password);
    registerField(QStringLiteral("confirm*"), m_confirm);
}

bool PasswordPage::validatePage()
{
    markValid(m_password);
    markValid(m_confirm);
    if (m_password->text().size() < 8) {
        m_problem->setText(SetupWizard::tr("The password must have at least 8 characters."));
        markInvalid(m_password, m_problem->text());
        return false;
    }
    if (m_password->text() != m_confirm->text()) {
        m_problem->setText(SetupWizard::tr("The two passwords are not the same."));
        markInvalid(m_confirm, m_problem->text());
        return false;
    }
    m_problem->clear();
    return true;
}

CertificatePage::CertificatePage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(SetupWizard::tr("Certificate"));
    setSubTitle(SetupWizard::tr("Clients and servers check this certificate when they connect with TLS."));
    auto *layout = new QVBoxLayout(this);
    m_generate = new QRadioButton(SetupWizard::tr("Generate a self-signed certificate now (replace it later)"), this);
    m_import = new QRadioButton(SetupWizard::tr("Import a certificate from a certificate authority"), this);
    m_generate->setChecked(true);
    layout->addWidget(m_generate);
    layout->addWidget(wrapped(SetupWizard::tr("Other servers and most clients do not trust a self-signed certificate."), this));
    layout->addWidget(m_import);
    auto *box = new QGroupBox(this);
    auto *form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_cert = new QLineEdit(box);
    m_key = new QLineEdit(box);
    m_pass = new QLineEdit(box);
    m_pass->setEchoMode(QLineEdit::Password);
    auto fileRow = [this, box](QLineEdit *field) {
        auto *row = new QHBoxLayout;
        auto *b = new QPushButton(SetupWizard::tr("Browse…"), box);
        connect(b, &QPushButton::clicked, this, [this, field] {
            const QString p = QFileDialog::getOpenFileName(this, SetupWizard::tr("Choose a file"), {},
                                                           SetupWizard::tr("Certificates and keys (*.pem *.crt *.key *.pfx *.p12);;All files (*)"));
            if (!p.isEmpty())
                field->setText(p);
        });
        row->addWidget(field, 1);
        row->addWidget(b);
        return row;
    };
    form->addRow(SetupWizard::tr("Certificate (PEM or PFX):"), fileRow(m_cert));
    form->addRow(SetupWizard::tr("Private key (PEM; not for PFX):"), fileRow(m_key));
    form->addRow(SetupWizard::tr("Passphrase (PFX or encrypted key):"), m_pass);
    layout->addWidget(box);
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);
    layout->addStretch();
    box->setEnabled(false);
    connect(m_import, &QRadioButton::toggled, box, &QWidget::setEnabled);
    registerField(QStringLiteral("importCertificate"), m_import);
    registerField(QStringLiteral("certificateFile"), m_cert);
    registerField(QStringLiteral("keyFile"), m_key);
    registerField(QStringLiteral("certificatePassphrase"), m_pass);
}

bool CertificatePage::validatePage()
{
    markValid(m_cert);
    m_problem->clear();
    if (!m_import->isChecked())
        return true;
    const auto bundle = loadCertificate(m_cert->text(), m_key->text(), m_pass->text());
    if (!bundle) {
        m_problem->setText(bundle.error().message);
        markInvalid(m_cert, bundle.error().message);
        return false;
    }
    return true;
}

PortsPage::PortsPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(SetupWizard::tr("Ports"));
    setSubTitle(SetupWizard::tr("The standard ports suit almost every installation. Open them in your firewall."));
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto spin = [this](int value) {
        auto *s = new QSpinBox(this);
        s->setRange(1, 65535);
        s->setValue(value);
        return s;
    };
    m_c2s = spin(5222);
    m_s2s = spin(5269);
    m_tls = spin(5223);
    m_problem = problemLabel(this);
    form->addRow(SetupWizard::tr("Clients (STARTTLS):"), m_c2s);
    form->addRow(SetupWizard::tr("Other servers:"), m_s2s);
    form->addRow(SetupWizard::tr("Clients (direct TLS):"), m_tls);
    form->addRow(m_problem);
    registerField(QStringLiteral("c2sPort"), m_c2s);
    registerField(QStringLiteral("s2sPort"), m_s2s);
    registerField(QStringLiteral("tlsPort"), m_tls);
}

bool PortsPage::validatePage()
{
    if (m_c2s->value() == m_s2s->value() || m_c2s->value() == m_tls->value() || m_s2s->value() == m_tls->value()) {
        m_problem->setText(SetupWizard::tr("Each port must be different."));
        return false;
    }
    m_problem->clear();
    return true;
}

RegistrationPage::RegistrationPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(SetupWizard::tr("Registration"));
    setSubTitle(SetupWizard::tr("Who may create accounts?"));
    auto *layout = new QVBoxLayout(this);
    auto *free = new QCheckBox(SetupWizard::tr("Anyone may create an account from an XMPP client (free registration)"), this);
    free->setObjectName(QStringLiteral("freeRegistration"));
    layout->addWidget(free);
    layout->addWidget(wrapped(SetupWizard::tr("Leave this off unless the server is meant to be public: open registration "
                                              "attracts spammers. You add accounts on the Users page."),
                              this));
    layout->addStretch();
    registerField(QStringLiteral("freeRegistration"), free);
}

SummaryPage::SummaryPage(SetupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(SetupWizard::tr("Summary"));
    setSubTitle(SetupWizard::tr("Finish sets up confabd with these values."));
    auto *layout = new QVBoxLayout(this);
    m_summary = wrapped({}, this);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    layout->addWidget(wrapped(SetupWizard::tr("DNS SRV records to publish:"), this));
    m_records = recordsView(this);
    layout->addWidget(m_records);
    auto *row = new QHBoxLayout;
    row->addWidget(copyButton(m_records, this));
    row->addStretch();
    layout->addLayout(row);
    wizard->m_problem = problemLabel(this);
    layout->addWidget(wizard->m_problem);
    layout->addStretch();
}

void SummaryPage::initializePage()
{
    const QString domain = checkDomain(field(QStringLiteral("domain")).toString()).value_or(QString());
    QString host = field(QStringLiteral("host")).toString().trimmed();
    if (host.isEmpty())
        host = QStringLiteral("xmpp.") + domain;
    const int c2s = field(QStringLiteral("c2sPort")).toInt(), s2s = field(QStringLiteral("s2sPort")).toInt(),
              tls = field(QStringLiteral("tlsPort")).toInt();
    QString html = QStringLiteral("<table cellpadding='2'>");
    auto row = [&html](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    row(SetupWizard::tr("Domain:"), domain);
    row(SetupWizard::tr("Certificate:"), field(QStringLiteral("importCertificate")).toBool()
                                              ? SetupWizard::tr("imported from %1").arg(field(QStringLiteral("certificateFile")).toString())
                                              : SetupWizard::tr("self-signed"));
    row(SetupWizard::tr("Ports:"), SetupWizard::tr("clients %1, servers %2, direct TLS %3").arg(c2s).arg(s2s).arg(tls));
    row(SetupWizard::tr("Free registration:"), field(QStringLiteral("freeRegistration")).toBool() ? SetupWizard::tr("on") : SetupWizard::tr("off"));
    html += QStringLiteral("</table>");
    m_summary->setText(html);
    m_records->setPlainText(SetupWizard::srvRecords(domain, host, c2s, s2s, tls));
}

bool SummaryPage::validatePage()
{
    m_wizard->apply();
    return false; // the wizard finishes itself once confabd confirmed every step
}

} // namespace confab::manager
