#pragma once
// Live client and server sessions, updated from confabd's session events, with a disconnect action.
#include "pages/page.h"

class QTableWidget;

namespace confab::manager {

class ConnectionsPage : public Page
{
    Q_OBJECT
public:
    explicit ConnectionsPage(Session *session, QWidget *parent = nullptr);
    QString title() const override { return tr("Connections"); }
    void refresh() override;
    QTableWidget *table() const { return m_table; }
    void disconnectSession(const QString &id);

private:
    void onEvent(const control::Event &event);
    void setRow(int row, const QJsonObject &session);
    int rowOf(const QString &id) const;
    QTableWidget *m_table;
};

} // namespace confab::manager
