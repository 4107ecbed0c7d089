#include "pages/dashboardpage.h"

#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace confab::manager {

QString formatDuration(qint64 seconds)
{
    const qint64 days = seconds / 86400, hours = (seconds % 86400) / 3600, minutes = (seconds % 3600) / 60;
    if (days > 0)
        return DashboardPage::tr("%n day(s)", nullptr, int(days)) + u' ' + DashboardPage::tr("%n hour(s)", nullptr, int(hours));
    if (hours > 0)
        return DashboardPage::tr("%n hour(s)", nullptr, int(hours)) + u' ' + DashboardPage::tr("%n minute(s)", nullptr, int(minutes));
    return DashboardPage::tr("%n minute(s)", nullptr, int(minutes));
}

namespace {
QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}
} // namespace

DashboardPage::DashboardPage(Session *session, QWidget *parent) : Page(session, parent)
{
    setHeading(title());
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    body()->addWidget(m_summary);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("certificateWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("background:#fff4e5; color:#663c00; padding:6px; border-radius:4px;"));
    m_warnings->hide();
    body()->addWidget(m_warnings);

    auto *ports = new QGroupBox(tr("Listening ports"), this);
    auto *pl = new QVBoxLayout(ports);
    m_ports = makeTable({tr("Port"), tr("Kind")}, ports);
    // Three listeners fit without scrolling.
    m_ports->setMinimumHeight(m_ports->horizontalHeader()->sizeHint().height() + 3 * m_ports->verticalHeader()->defaultSectionSize() + 6);
    pl->addWidget(m_ports);
    body()->addWidget(ports, 1);

    auto *certs = new QGroupBox(tr("Certificates"), this);
    auto *cl = new QVBoxLayout(certs);
    m_certs = makeTable({tr("Domain"), tr("Valid until"), tr("Issued by"), tr("Names")}, certs);
    cl->addWidget(m_certs);
    body()->addWidget(certs, 2);

    auto *timer = new QTimer(this);
    timer->setInterval(10000);
    connect(timer, &QTimer::timeout, this, [this] {
        if (isVisible() && this->session()->state() == Session::State::Ready)
            refresh();
    });
    timer->start();
}

void DashboardPage::refresh()
{
    request(QStringLiteral("server.status"), {}, [this](const QJsonValue &r) {
        clearMessage();
        display(r.toObject());
    });
}

QString DashboardPage::warningsText() const
{
    return m_warnings->isVisibleTo(this) ? m_warnings->text() : QString();
}

void DashboardPage::display(const QJsonObject &s)
{
    const QLocale locale;
    const int domains = s.value("domains").isArray() ? int(s.value("domains").toArray().size()) : s.value("domains").toInt();
    QString html = QStringLiteral("<table cellpadding='3'>");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Server"), tr("running, %1").arg(s.value("version").toString()));
    row(tr("Uptime"), formatDuration(qint64(s.value("uptimeSeconds").toDouble())));
    row(tr("Domains"), locale.toString(domains));
    row(tr("User accounts"), locale.toString(s.value("accounts").toInt()));
    row(tr("Open connections"), locale.toString(s.value("connections").toInt()));
    row(tr("Logged-in sessions"), locale.toString(s.value("sessions").toInt()));
    row(tr("Data directory"), s.value("dataDir").toString());
    html += QStringLiteral("</table>");
    m_summary->setText(html);

    const QJsonArray ports = s.value("listening").toArray();
    m_ports->setRowCount(int(ports.size()));
    for (int i = 0; i < ports.size(); ++i) {
        const QJsonObject p = ports[i].toObject();
        m_ports->setItem(i, 0, new QTableWidgetItem(QString::number(p.value("port").toInt())));
        m_ports->setItem(i, 1, new QTableWidgetItem(p.value("kind").toString() == u"direct-tls"
                                                        ? tr("clients and servers, direct TLS")
                                                        : tr("clients and servers (STARTTLS)")));
    }

    QStringList warnings;
    const QJsonArray certs = s.value("certificates").toArray();
    m_certs->setRowCount(int(certs.size()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < certs.size(); ++i) {
        const QJsonObject c = certs[i].toObject();
        const QString domain = c.value("domain").toString();
        const QDateTime notAfter = QDateTime::fromString(c.value("notAfter").toString(), Qt::ISODate);
        const qint64 daysLeft = now.daysTo(notAfter);
        m_certs->setItem(i, 0, new QTableWidgetItem(domain));
        m_certs->setItem(i, 1, new QTableWidgetItem(locale.toString(notAfter.toLocalTime().date(), QLocale::ShortFormat)));
        m_certs->setItem(i, 2, new QTableWidgetItem(c.value("selfSigned").toBool() ? tr("self-signed") : tr("a certificate authority")));
        QStringList names;
        for (const QJsonValue &n : c.value("names").toArray())
            names.append(n.toString());
        m_certs->setItem(i, 3, new QTableWidgetItem(names.join(QLatin1String(", "))));
        if (daysLeft < 0)
            warnings.append(tr("The certificate of %1 has expired. Clients and servers will refuse to connect.").arg(domain));
        else if (daysLeft <= 30)
            warnings.append(tr("The certificate of %1 expires in %n day(s).", nullptr, int(daysLeft)).arg(domain));
        if (c.value("selfSigned").toBool())
            warnings.append(tr("%1 uses a self-signed certificate: other servers and most clients will not trust it. "
                               "Import one from a certificate authority on the Security page.")
                                .arg(domain));
    }
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
}

} // namespace confab::manager
