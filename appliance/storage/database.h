#pragma once
// The embedded SQLite database (QtSql, WAL). One QSqlDatabase connection per thread, opened on first
// use by that thread (Qt cannot share a connection across threads). Migrations run in open().
//
// Connection lifetime: a thread's connection is closed when that QThread finishes, or by close()
// (and the destructor) for the calling thread. close() cannot close the connections of other threads
// that are still running (Qt forbids using them from here): those stay open until their thread
// finishes, but they are never handed out again (each open() uses fresh connection names). Threads not
// started by QThread (adopted threads) emit no `finished`, so their connections are only released
// at process exit: use the stores from QThreads.
#include "shared/error.h"
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace confab::storage {

class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating when missing) the SQLite file and applies pending migrations in transactions.
    Status open(const QString &path);
    void close();
    bool isOpen() const { return !m_path.isEmpty(); }
    const QString &path() const { return m_path; }

    // This thread's connection (WAL, foreign keys on, busy timeout set).
    QSqlDatabase connection() const;
    int schemaVersion() const;
    static int latestSchemaVersion();

private:
    struct Connections;
    QString connectionName() const;

    QString m_path;
    QString m_prefix; // unique per Database instance, for connection names
    // Shared with the per-thread cleanup handlers, which may run after this object is gone.
    std::shared_ptr<Connections> m_connections;
};

} // namespace confab::storage
