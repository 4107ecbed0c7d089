#pragma once
// A listener for transport tests: keeps each accepted descriptor for the test to wrap in a
// transport of its own, instead of a QTcpSocket.
#include <QList>
#include <QTcpServer>

class DescriptorServer : public QTcpServer
{
public:
    QList<qintptr> descriptors;

protected:
    void incomingConnection(qintptr d) override { descriptors.append(d); }
};
