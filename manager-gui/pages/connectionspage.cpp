#include "pages/connectionspage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

namespace confab::manager {

ConnectionsPage::ConnectionsPage(Session *session, QWidget *parent) : Page(session, parent)
{
    setHeading(title());
    m_table = new QTableWidget(0, 7, this);
    m_table->setHorizontalHeaderLabels({tr("Id"), tr("Kind"), tr("Address (JID or domain)"), tr("State"), tr("From"),
                                        tr("Encryption"), tr("Since")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    body()->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    auto *kick = new QPushButton(tr("Disconnect"), this);
    auto *reload = new QPushButton(tr("Refresh"), this);
    buttons->addWidget(kick);
    buttons->addWidget(reload);
    buttons->addStretch();
    body()->addLayout(buttons);
    connect(kick, &QPushButton::clicked, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            disconnectSession(m_table->item(rows.first().row(), 0)->text());
    });
    connect(reload, &QPushButton::clicked, this, &ConnectionsPage::refresh);
    connect(session, &Session::eventReceived, this, &ConnectionsPage::onEvent);
    // Binding a resource changes a session's state without an event of its own.
    auto *timer = new QTimer(this);
    timer->setInterval(5000);
    connect(timer, &QTimer::timeout, this, [this] {
        if (isVisible() && this->session()->state() == Session::State::Ready)
            refresh();
    });
    timer->start();
}

void ConnectionsPage::refresh()
{
    request(QStringLiteral("sessions.list"), {}, [this](const QJsonValue &r) {
        const QJsonArray list = r.toArray();
        m_table->setRowCount(int(list.size()));
        for (int i = 0; i < list.size(); ++i)
            setRow(i, list[i].toObject());
    });
}

int ConnectionsPage::rowOf(const QString &id) const
{
    for (int i = 0; i < m_table->rowCount(); ++i)
        if (m_table->item(i, 0) && m_table->item(i, 0)->text() == id)
            return i;
    return -1;
}

void ConnectionsPage::setRow(int row, const QJsonObject &s)
{
    const QString kind = s.value("kind").toString();
    const QString kindText = kind == u"c2s" ? tr("client") : kind == u"s2s" ? tr("server") : tr("not yet known");
    const QString who = !s.value("jid").toString().isEmpty() ? s.value("jid").toString() : s.value("domain").toString();
    const QString state = s.value("state").toString() == u"bound" ? tr("logged in") : tr("negotiating");
    const QDateTime since = QDateTime::fromString(s.value("since").toString(), Qt::ISODateWithMs);
    const QStringList cells{s.value("id").toString(),
                            kindText,
                            who,
                            state,
                            s.value("address").toString() + u' ' + QString::number(s.value("port").toInt()),
                            s.value("tls").toBool() ? s.value("tlsInfo").toString() : tr("none"),
                            QLocale().toString(since.toLocalTime().time(), QLocale::ShortFormat)};
    for (int c = 0; c < cells.size(); ++c)
        m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
}

void ConnectionsPage::onEvent(const control::Event &event)
{
    if (event.event != u"session")
        return;
    const QString type = event.data.value("type").toString();
    if (type == u"closed") {
        if (const int row = rowOf(event.data.value("id").toString()); row >= 0)
            m_table->removeRow(row);
        return;
    }
    const QJsonObject s = event.data.value("session").toObject();
    int row = rowOf(s.value("id").toString());
    if (row < 0) {
        row = m_table->rowCount();
        m_table->insertRow(row);
    }
    setRow(row, s);
}

void ConnectionsPage::disconnectSession(const QString &id)
{
    request(QStringLiteral("sessions.disconnect"), {{"id", id}},
            [this, id](const QJsonValue &) { showInfo(tr("Session %1 was disconnected.").arg(id)); });
}

} // namespace confab::manager
