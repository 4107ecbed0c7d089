#pragma once
// An append-only log file that rotates by size: path -> path.1 -> ... -> path.N (the oldest is
// dropped). Each line is flushed to the OS as it is written, so a crash loses nothing already logged.
#include <QFile>
#include <QString>

namespace confab::log {

class LogFile
{
public:
    LogFile() = default;
    ~LogFile();
    LogFile(const LogFile &) = delete;
    LogFile &operator=(const LogFile &) = delete;

    // Opens (appending) `path`, creating its directory when missing. keep = number of old files.
    bool open(const QString &path, qint64 maxBytes, int keep);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    const QString &path() const { return m_path; }

    // Writes `line` plus '\n'; rotates first when the line would push the file past maxBytes.
    bool writeLine(const QString &line);

private:
    bool rotate();
    QString rotatedName(int index) const;

    QFile m_file;
    QString m_path;
    qint64 m_maxBytes = 0;
    int m_keep = 0;
};

} // namespace confab::log
