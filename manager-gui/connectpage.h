#pragma once
// Where the admin picks confabd's control socket and logs in; shows why a connection fails.
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace confab::manager {

class ConnectPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectPage(QWidget *parent = nullptr);

    QLineEdit *socketField() const { return m_socket; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QPushButton *connectButton() const { return m_connect; }
    void setStatus(const QString &text, bool problem);
    QString statusText() const;
    void setKeychainNote(const QString &text);
    QString keychainNote() const;

signals:
    void connectRequested(const QString &socketPath, const QString &password, bool remember);

private:
    QLineEdit *m_socket;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QPushButton *m_connect;
    QLabel *m_status;
    QLabel *m_keychain;
};

} // namespace confab::manager
