#pragma once
// Status at a glance: version, uptime, counts, listening ports, certificates and their expiry.
#include "pages/page.h"

class QLabel;
class QTableWidget;

namespace confab::manager {

class DashboardPage : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(Session *session, QWidget *parent = nullptr);
    QString title() const override { return tr("Dashboard"); }
    void refresh() override;
    QString warningsText() const;

private:
    void display(const QJsonObject &status);
    QLabel *m_summary;
    QLabel *m_warnings;
    QTableWidget *m_ports;
    QTableWidget *m_certs;
};

// "3 days 4 hours" / "5 minutes", in the admin's language.
QString formatDuration(qint64 seconds);

} // namespace confab::manager
