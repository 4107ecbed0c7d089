#include "confabprocess.h"
#include <QDeadlineTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTcpServer>
#include <QThread>
#include <csignal>

namespace confab::test {

int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

void failOnSanitizerReport(const QByteArray &output, const char *program)
{
    // Every ASan, LSan and UBSan report ends with "SUMMARY: <Name>Sanitizer: ...".
    static const QRegularExpression summary(QStringLiteral("SUMMARY: \\w+Sanitizer"));
    if (summary.match(QString::fromUtf8(output)).hasMatch())
        qFatal("%s reported a sanitizer error:\n%s", program, output.constData());
}

QString buildDir()
{
    return qEnvironmentVariable("CONFAB_BUILD_DIR");
}

QString confabdPath()
{
    return buildDir() + QStringLiteral("/appliance/confabd");
}

QString confabctlPath()
{
    return buildDir() + QStringLiteral("/appliance/ctl/confabctl");
}

ConfabProcess::ConfabProcess(const QString &domain) : m_domain(domain) {}

ConfabProcess::~ConfabProcess()
{
    stop();
}

bool ConfabProcess::start(const QStringList &extraArgs)
{
    if (!m_c2s) {
        m_c2s = freePort();
        m_s2s = freePort();
        m_tls = freePort();
    }
    m_proc = std::make_unique<QProcess>();
    m_proc->setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1"), QStringLiteral("--domain"), m_domain,
                     QStringLiteral("--c2s-port"), QString::number(m_c2s), QStringLiteral("--s2s-port"),
                     QString::number(m_s2s), QStringLiteral("--c2s-tls-port"), QString::number(m_tls),
                     QStringLiteral("--log-level"), QStringLiteral("all")};
    m_proc->start(confabdPath(), args + extraArgs);
    if (!m_proc->waitForStarted(10000))
        return false;
    // Only this run's output counts: after a restart the previous run's "is running." is still in
    // m_output, and the new process may not be listening yet.
    const qsizetype thisRun = m_output.size();
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (!m_proc->waitForReadyRead(200) && m_proc->state() != QProcess::Running)
            break;
        m_output += m_proc->readAll();
        if (m_output.indexOf("is running.", thisRun) >= 0)
            return true;
    }
    m_output += m_proc->readAll();
    qWarning("confabd did not start:\n%s", m_output.constData());
    return false;
}

bool ConfabProcess::isRunning() const
{
    return m_proc && m_proc->state() == QProcess::Running;
}

qint64 ConfabProcess::pid() const
{
    return isRunning() ? m_proc->processId() : 0;
}

void ConfabProcess::stop()
{
    if (!m_proc)
        return;
    if (isRunning()) {
        ::kill(pid_t(m_proc->processId()), SIGTERM);
        if (!m_proc->waitForFinished(10000))
            m_proc->kill();
        m_proc->waitForFinished(5000);
    }
    // Also when confabd ended by itself: a sanitizer abort ends it early.
    m_output += m_proc->readAll();
    failOnSanitizerReport(m_output, "confabd");
}

void ConfabProcess::kill()
{
    if (!isRunning())
        return;
    m_proc->kill();
    m_proc->waitForFinished(5000);
}

QString ConfabProcess::certificatePath() const
{
    return m_dir.path() + QStringLiteral("/certs/") + m_domain + QStringLiteral(".pem");
}

CtlResult ConfabProcess::ctl(const QStringList &args, const QByteArray &stdinData) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!m_adminPassword.isEmpty())
        env.insert(QStringLiteral("CONFAB_ADMIN_PASSWORD"), m_adminPassword);
    p.setProcessEnvironment(env);
    p.start(confabctlPath(), QStringList{QStringLiteral("--data-dir"), m_dir.path()} + args);
    p.waitForStarted(10000);
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    CtlResult r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    failOnSanitizerReport(r.err, "confabctl");
    return r;
}

bool ConfabProcess::setupAdmin(const QString &password)
{
    QFile f(m_dir.path() + QStringLiteral("/admin-password.txt"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(password.toUtf8());
    f.close();
    const CtlResult r = ctl({QStringLiteral("setup"), QStringLiteral("--admin-password-file"), f.fileName()});
    if (r.exitCode != 0) {
        qWarning("confabctl setup failed: %s %s", r.out.constData(), r.err.constData());
        return false;
    }
    m_adminPassword = password;
    return true;
}

bool ConfabProcess::addUser(const QString &jid, const QString &password)
{
    QFile f(m_dir.path() + QStringLiteral("/user-password.txt"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(password.toUtf8());
    f.close();
    const CtlResult r =
        ctl({QStringLiteral("user"), QStringLiteral("add"), jid, QStringLiteral("--password-file"), f.fileName()});
    f.remove();
    if (r.exitCode != 0)
        qWarning("confabctl user add failed: %s %s", r.out.constData(), r.err.constData());
    return r.exitCode == 0;
}

} // namespace confab::test
