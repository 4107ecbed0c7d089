#include "wizard/setupwizard.h"
#include "util/certificatefile.h"
#include "util/errortext.h"
#include "util/validation.h"
#include "wizard/wizardpages.h"

#include <QAbstractButton>
#include <QLabel>

namespace confab::manager {

SetupWizard::SetupWizard(Session *session, QWidget *parent) : QWizard(parent), m_session(session)
{
    setWindowTitle(tr("Set up Confab"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButton, true);
    setPage(DomainPageId, new DomainPage(this));
    setPage(PasswordPageId, new PasswordPage(this));
    setPage(CertificatePageId, new CertificatePage(this));
    setPage(PortsPageId, new PortsPage(this));
    setPage(RegistrationPageId, new RegistrationPage(this));
    setPage(SummaryPageId, new SummaryPage(this));
    setButtonText(QWizard::FinishButton, tr("Finish"));
    setButtonText(QWizard::NextButton, tr("Next >"));
    setButtonText(QWizard::BackButton, tr("< Back"));
}

QString SetupWizard::srvRecords(const QString &domain, const QString &host, int c2sPort, int s2sPort, int tlsPort)
{
    const QString target = host.endsWith(u'.') ? host : host + u'.';
    return QStringLiteral("_xmpp-client._tcp.%1. 86400 IN SRV 5 0 %2 %3\n"
                          "_xmpps-client._tcp.%1. 86400 IN SRV 5 0 %4 %3\n"
                          "_xmpp-server._tcp.%1. 86400 IN SRV 5 0 %5 %3")
        .arg(domain, QString::number(c2sPort), target, QString::number(tlsPort), QString::number(s2sPort));
}

QString SetupWizard::problemText() const
{
    return m_problem ? m_problem->text() : QString();
}

void SetupWizard::fail(const QString &text)
{
    m_applying = false;
    if (m_problem)
        m_problem->setText(text);
    button(QWizard::FinishButton)->setEnabled(true);
    button(QWizard::BackButton)->setEnabled(true);
}

void SetupWizard::apply()
{
    if (m_applying)
        return;
    // Everything is read and checked before the first request, so a bad value stops nothing half-way.
    const auto domain = checkDomain(field(QStringLiteral("domain")).toString());
    if (!domain)
        return fail(tr("“%1” is not a valid domain name.").arg(field(QStringLiteral("domain")).toString()));
    QList<std::pair<QString, QJsonObject>> steps;
    steps.append({QStringLiteral("settings.set"), {{"key", "listen.c2s_port"}, {"value", field(QStringLiteral("c2sPort")).toInt()}}});
    steps.append({QStringLiteral("settings.set"), {{"key", "listen.s2s_port"}, {"value", field(QStringLiteral("s2sPort")).toInt()}}});
    steps.append({QStringLiteral("settings.set"), {{"key", "listen.c2s_tls_port"}, {"value", field(QStringLiteral("tlsPort")).toInt()}}});
    steps.append({QStringLiteral("domains.set"),
                  {{"domain", *domain}, {"key", "registration.free"}, {"value", field(QStringLiteral("freeRegistration")).toBool()}}});
    if (field(QStringLiteral("importCertificate")).toBool()) {
        const auto bundle = loadCertificate(field(QStringLiteral("certificateFile")).toString(), field(QStringLiteral("keyFile")).toString(),
                                            field(QStringLiteral("certificatePassphrase")).toString());
        if (!bundle)
            return fail(bundle.error().message);
        steps.append({QStringLiteral("tls.cert.import"),
                      {{"domain", *domain}, {"certificate", QString::fromUtf8(bundle->chainPem)}, {"key", QString::fromUtf8(bundle->keyPem)}}});
    }
    m_applying = true;
    m_problem->setText(tr("Setting up…"));
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    m_session->setup(field(QStringLiteral("password")).toString(), *domain, [this, steps](const control::Response &r) {
        if (r.error)
            return fail(errorText(*r.error));
        runSteps(steps);
    });
}

void SetupWizard::runSteps(QList<std::pair<QString, QJsonObject>> steps)
{
    if (steps.isEmpty()) {
        m_applying = false;
        m_problem->clear();
        emit completed();
        return;
    }
    const auto step = steps.takeFirst();
    m_session->call(this, step.first, step.second, [this, steps](const control::Response &r) {
        if (r.error) {
            // setup.init cannot be repeated; the admin finishes the rest on the pages.
            m_applying = false;
            m_problem->setText(tr("The admin password is set, but a later step failed: %1 Finish the remaining "
                                  "settings on the manager's pages.")
                                   .arg(errorText(*r.error)));
            emit completed();
            return;
        }
        runSteps(steps);
    });
}

} // namespace confab::manager
