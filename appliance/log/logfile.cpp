#include "log/logfile.h"

#include <QDir>
#include <QFileInfo>

namespace confab::log {

LogFile::~LogFile()
{
    close();
}

bool LogFile::open(const QString &path, qint64 maxBytes, int keep)
{
    close();
    m_path = path;
    m_maxBytes = maxBytes;
    m_keep = qMax(0, keep);
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_file.setFileName(path);
    return m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void LogFile::close()
{
    if (m_file.isOpen())
        m_file.close();
}

QString LogFile::rotatedName(int index) const
{
    return m_path + QLatin1Char('.') + QString::number(index);
}

bool LogFile::rotate()
{
    m_file.close();
    if (m_keep == 0) {
        QFile::remove(m_path);
    } else {
        QFile::remove(rotatedName(m_keep));
        for (int i = m_keep - 1; i >= 1; --i) {
            if (QFile::exists(rotatedName(i)))
                QFile::rename(rotatedName(i), rotatedName(i + 1));
        }
        QFile::rename(m_path, rotatedName(1));
    }
    m_file.setFileName(m_path);
    // Truncate: if the rename failed, starting over beats growing without bound.
    return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text);
}

bool LogFile::writeLine(const QString &line)
{
    if (!m_file.isOpen())
        return false;
    QByteArray bytes = line.toUtf8();
    bytes.append('\n');
    if (m_maxBytes > 0 && m_file.size() > 0 && m_file.size() + bytes.size() > m_maxBytes) {
        if (!rotate())
            return false;
    }
    const bool written = m_file.write(bytes) == bytes.size();
    // QFile buffers; flush hands the line to the kernel so a crash of confabd cannot lose it.
    m_file.flush();
    return written;
}

} // namespace confab::log
