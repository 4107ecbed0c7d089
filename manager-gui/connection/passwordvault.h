#pragma once
// Remembers the admin password per control socket in the OS keychain (Qt Keychain: Secret
// Service on Linux, Keychain on macOS, Credential Manager on Windows). Without a keychain every
// operation reports why, and the manager simply asks for the password each time.
#include <QObject>
#include <QString>
#include <functional>

namespace confab::manager {

class PasswordVault : public QObject
{
    Q_OBJECT
public:
    explicit PasswordVault(QObject *parent = nullptr);
    void setService(const QString &service) { m_service = service; }

    // found: a password was stored; problem: why the keychain could not be used (empty when it could).
    using ReadDone = std::function<void(bool found, const QString &password, const QString &problem)>;
    using Done = std::function<void(const QString &problem)>;
    void read(const QString &account, ReadDone done);
    void write(const QString &account, const QString &password, Done done);
    void remove(const QString &account, Done done);

private:
    QString m_service = QStringLiteral("Confab Manager");
};

} // namespace confab::manager
