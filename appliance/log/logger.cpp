#include "log/logger.h"

#include "log/logfile.h"
#include "shared/logcatalog.h"

#include <QDateTime>
#include <cstdio>

namespace confab::log {

Logger::Logger(QObject *parent) : QObject(parent) {}

Logger::~Logger() = default;

bool Logger::openFile(const QString &path, qint64 maxBytes, int keep)
{
    auto file = std::make_unique<LogFile>();
    if (!file->open(path, maxBytes, keep))
        return false;
    m_file = std::move(file);
    return true;
}

void Logger::setRingCapacity(int capacity)
{
    m_ringCapacity = qMax(0, capacity);
    while (int(m_ring.size()) > m_ringCapacity)
        m_ring.pop_front();
}

void Logger::log(Level level, const char *tag, quint64 connection, const char *key, const QJsonObject &args)
{
    if (!enabled(level))
        return;
    Record record;
    record.time = QDateTime::currentDateTimeUtc();
    record.level = level;
    record.tag = QString::fromLatin1(tag);
    record.connection = connection;
    record.key = QString::fromLatin1(key);
    record.args = args;
    record.seq = ++m_seq;

    if (m_file || m_echo) {
        const QString line = formatLine(record);
        if (m_file)
            m_file->writeLine(line);
        if (m_echo) {
            const QByteArray bytes = line.toLocal8Bit();
            std::fprintf(stderr, "%s\n", bytes.constData());
        }
    }
    if (m_ringCapacity > 0) {
        m_ring.push_back(record);
        if (int(m_ring.size()) > m_ringCapacity)
            m_ring.pop_front();
    }
    emit recorded(record);
}

QList<Record> Logger::tail(int limit) const
{
    QList<Record> out;
    if (limit <= 0)
        return out;
    const int n = qMin<int>(limit, int(m_ring.size()));
    out.reserve(n);
    for (auto it = m_ring.end() - n; it != m_ring.end(); ++it)
        out.append(*it);
    return out;
}

} // namespace confab::log
