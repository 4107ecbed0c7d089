#include "ctl/passwords.h"

#include "ctl/cli.h"

#include <QFile>
#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace confab::ctl {

std::optional<QString> readPasswordFile(const QString &path, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("cannot read the password file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        error = tr("the password file %1 is empty").arg(path);
        return std::nullopt;
    }
    return QString::fromUtf8(line);
}

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return ::isatty(STDIN_FILENO);
#endif
}

// Turns terminal echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_ok = GetConsoleMode(m_handle, &m_mode);
        if (m_ok)
            SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT);
#else
        m_ok = ::tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_ok) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_WIN
        if (m_ok)
            SetConsoleMode(m_handle, m_mode);
#else
        if (m_ok)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_ok = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

} // namespace

std::optional<QString> promptPassword(const QString &prompt)
{
    if (!stdinIsTerminal())
        return std::nullopt;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string line;
    {
        EchoOff echoOff;
        int ch;
        while ((ch = std::getchar()) != EOF && ch != '\n')
            line.push_back(char(ch));
    }
    std::fputc('\n', stderr);
    while (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

std::optional<QString> promptNewPassword(const QString &prompt, QString &error)
{
    const auto first = promptPassword(prompt);
    if (!first) {
        error = tr("no password given: use a password file, or run on a terminal to be asked");
        return std::nullopt;
    }
    const auto second = promptPassword(tr("Repeat the password: "));
    if (!second || *first != *second) {
        error = tr("the passwords do not match");
        return std::nullopt;
    }
    if (first->isEmpty()) {
        error = tr("the password is empty");
        return std::nullopt;
    }
    return first;
}

std::optional<QString> adminPassword(const QString &passwordFile, QString &error)
{
    if (!passwordFile.isEmpty())
        return readPasswordFile(passwordFile, error);
    if (qEnvironmentVariableIsSet("CONFAB_ADMIN_PASSWORD"))
        return qEnvironmentVariable("CONFAB_ADMIN_PASSWORD");
    const auto typed = promptPassword(tr("Admin password: "));
    if (!typed)
        error = tr("no admin password: set CONFAB_ADMIN_PASSWORD, use --admin-password-file FILE, or run on "
                   "a terminal");
    return typed;
}

} // namespace confab::ctl
