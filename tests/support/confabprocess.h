#pragma once
// Test support: a real confabd on a temporary data directory and free loopback ports, and
// confabctl run against it. Paths to the binaries come from CONFAB_BUILD_DIR (set by CTest).
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace confab::test {

int freePort();
QString buildDir();
// Under CONFAB_SANITIZE a child's sanitizer report would otherwise only sit in its captured
// output: this ends the test (qFatal) when `output` holds a report's SUMMARY line.
void failOnSanitizerReport(const QByteArray &output, const char *program);
QString confabdPath();
QString confabctlPath();

struct CtlResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class ConfabProcess
{
public:
    explicit ConfabProcess(const QString &domain = QStringLiteral("confab.test"));
    ~ConfabProcess();

    // Starts confabd and waits until it prints that it is running (or fails).
    bool start(const QStringList &extraArgs = {});
    void stop();    // SIGTERM and wait
    void kill();    // SIGKILL
    bool isRunning() const;
    QString dataDir() const { return m_dir.path(); }
    QString domain() const { return m_domain; }
    qint64 pid() const; // the running confabd's process id, 0 when none
    QString certificatePath() const; // the generated PEM chain for the domain
    int c2sPort() const { return m_c2s; }
    int s2sPort() const { return m_s2s; }
    int tlsPort() const { return m_tls; }
    QByteArray output() const { return m_output; }

    // confabctl --data-dir DIR ARGS with the admin password in the environment.
    CtlResult ctl(const QStringList &args, const QByteArray &stdinData = {}) const;
    // setup + the password used by ctl().
    bool setupAdmin(const QString &password = QStringLiteral("admin-secret-1"));
    bool addUser(const QString &jid, const QString &password);

private:
    QTemporaryDir m_dir;
    QString m_domain;
    QString m_adminPassword;
    std::unique_ptr<QProcess> m_proc;
    QByteArray m_output;
    int m_c2s = 0, m_s2s = 0, m_tls = 0;
};

} // namespace confab::test
