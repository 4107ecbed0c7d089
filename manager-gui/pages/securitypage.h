#pragma once
// TLS policy: remote domains that must use TLS ("send encrypted"), trusted CA certificates,
// and the certificate each hosted domain presents (with import).
#include "pages/page.h"

class QLineEdit;
class QListWidget;
class QTableWidget;

namespace confab::manager {

class SecurityPage : public Page
{
    Q_OBJECT
public:
    explicit SecurityPage(Session *session, QWidget *parent = nullptr);
    QString title() const override { return tr("Security"); }
    void refresh() override;

    QLineEdit *patternField() const { return m_pattern; }
    void addRequired();
    void addTrusted(const QString &pemPath);
    // Sends a loaded certificate to confabd for `domain`.
    void importCertificate(const QString &domain, const QString &certificatePath, const QString &keyPath,
                           const QString &passphrase);

private:
    void openImportDialog();
    QLineEdit *m_pattern;
    QListWidget *m_required;
    QTableWidget *m_trusted;
    QTableWidget *m_certs;
};

} // namespace confab::manager
