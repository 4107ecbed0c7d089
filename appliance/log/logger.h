#pragma once
// confabd's logger: level filter, English lines to a rotating file, a bounded ring of recent
// records for the manager, and live subscribers (the control socket's `log.subscribe`).
#include "shared/logrecord.h"
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <deque>
#include <functional>
#include <memory>

namespace confab::log {

class LogFile;

class Logger : public QObject
{
    Q_OBJECT
public:
    explicit Logger(QObject *parent = nullptr);
    ~Logger() override;

    void setLevel(Level level) { m_level = level; }
    Level level() const { return m_level; }
    bool enabled(Level level) const { return level != Level::Nothing && level <= m_level; }

    // Log file `path`, rotated when it reaches maxBytes, keeping `keep` old files (path.1 .. path.N).
    bool openFile(const QString &path, qint64 maxBytes = 10 * 1024 * 1024, int keep = 5);
    void setRingCapacity(int capacity);
    void setEchoToStderr(bool echo) { m_echo = echo; }

    // The one entry point. Cheap when the level is filtered out.
    void log(Level level, const char *tag, quint64 connection, const char *key, const QJsonObject &args = {});

    // Most recent records first-to-last (oldest first), at most `limit`.
    QList<Record> tail(int limit) const;

signals:
    void recorded(const confab::log::Record &record);

private:
    Level m_level = Level::Problems;
    std::unique_ptr<LogFile> m_file;
    std::deque<Record> m_ring;
    int m_ringCapacity = 5000;
    quint64 m_seq = 0;
    bool m_echo = false;
};

} // namespace confab::log
