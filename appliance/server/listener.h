#pragma once
// A TCP listener that hands accepted descriptors on. The same logic serves every port: whether a
// stream is client or server is decided later by its namespace; `directTls` says TLS comes first.
#include <QTcpServer>

namespace confab::server {

class Listener : public QTcpServer
{
    Q_OBJECT
public:
    Listener(bool directTls, QObject *parent = nullptr) : QTcpServer(parent), m_directTls(directTls) {}
    bool directTls() const { return m_directTls; }

signals:
    void accepted(qintptr descriptor, bool directTls);

protected:
    void incomingConnection(qintptr descriptor) override { emit accepted(descriptor, m_directTls); }

private:
    bool m_directTls;
};

} // namespace confab::server
