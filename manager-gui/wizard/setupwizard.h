#pragma once
// First-run set-up when confabd has no admin yet: domain (with the DNS SRV records to publish),
// admin password, certificate (self-signed or imported), ports, free registration, summary.
// Everything is checked page by page; Finish sends setup.init and then the remaining settings.
#include "connection/session.h"

#include <QWizard>

class QLabel;

namespace confab::manager {

class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { DomainPageId, PasswordPageId, CertificatePageId, PortsPageId, RegistrationPageId, SummaryPageId };
    explicit SetupWizard(Session *session, QWidget *parent = nullptr);

    // The SRV records for `domain` served by `host` on the given ports, one per line.
    static QString srvRecords(const QString &domain, const QString &host, int c2sPort, int s2sPort, int tlsPort);
    // Runs the set-up with the values in the fields (called by Finish).
    void apply();
    QString problemText() const;

signals:
    void completed();

private:
    void runSteps(QList<std::pair<QString, QJsonObject>> steps);
    void fail(const QString &text);
    Session *m_session;
    bool m_applying = false;
    QLabel *m_problem = nullptr;
    friend class SummaryPage;
};

} // namespace confab::manager
