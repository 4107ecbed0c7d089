#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/sqlhelpers.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace confab::storage {

struct Database::Connections
{
    QMutex mutex;
    QHash<QString, QThread *> owners; // connection name → the thread that opened it
};

namespace {

const QLatin1String sqliteDriver("QSQLITE");

// Must run on the thread that owns the connection.
void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    } // the last handle must be gone before removeDatabase, or Qt warns and keeps it
    QSqlDatabase::removeDatabase(name);
}

QString nextPrefix()
{
    // Names must never repeat within the process: a connection of a closed Database may still be
    // registered while its thread runs.
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("confab-db-%1").arg(++counter);
}

bool configure(QSqlDatabase &db)
{
    if (db.driverName() != sqliteDriver)
        return true;
    const char *pragmas[] = {
        // First, so that switching the journal mode waits for other connections too.
        "PRAGMA busy_timeout=5000",
        "PRAGMA journal_mode=WAL",
        // FULL, not the usual WAL companion NORMAL: with NORMAL a commit is not synced to disk, so a
        // power loss could drop a message after we acknowledged it to the sender.
        "PRAGMA synchronous=FULL",
        // SQLite leaves foreign keys off per connection; the cascades from domains depend on them.
        "PRAGMA foreign_keys=ON",
    };
    for (const char *pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(pragma))) {
            qWarning("confab storage: %s failed: %s", pragma, qPrintable(query.lastError().text()));
            return false;
        }
    }
    return true;
}

// Leaves `db` closed on failure: the stores then report storage errors.
void openConnection(QSqlDatabase &db)
{
    if (!db.open()) {
        qWarning("confab storage: cannot open %s: %s", qPrintable(db.databaseName()),
                 qPrintable(db.lastError().text()));
        return;
    }
    if (!configure(db))
        db.close();
}

} // namespace

Database::~Database()
{
    close();
}

Status Database::open(const QString &path)
{
    close();
    if (path.isEmpty())
        return makeError(
            QStringLiteral("storage.open_failed"),
            QT_TRANSLATE_NOOP("Errors", "Cannot open the database {path}: {detail}"),
            {{QStringLiteral("path"), path}, {QStringLiteral("detail"), QStringLiteral("empty path")}});
    if (!m_connections)
        m_connections = std::make_shared<Connections>();
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_prefix = nextPrefix();
    m_path = path;

    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        close();
        return makeError(QStringLiteral("storage.open_failed"),
                         QT_TRANSLATE_NOOP("Errors", "Cannot open the database {path}: {detail}"),
                         {{QStringLiteral("path"), path}, {QStringLiteral("detail"), detail}});
    }
    if (auto migrated = applyMigrations(db); !migrated) {
        db = QSqlDatabase();
        close();
        return migrated;
    }
    return ok();
}

void Database::close()
{
    if (m_connections) {
        QThread *self = QThread::currentThread();
        QStringList mine;
        {
            QMutexLocker lock(&m_connections->mutex);
            for (auto it = m_connections->owners.begin(); it != m_connections->owners.end();) {
                if (it.value() == self && it.key().startsWith(m_prefix + u'-')) {
                    mine << it.key();
                    it = m_connections->owners.erase(it);
                } else {
                    ++it; // another thread's: released when that thread finishes (see the header)
                }
            }
        }
        for (const QString &name : std::as_const(mine))
            dropConnection(name);
    }
    m_path.clear();
    m_prefix.clear();
}

QString Database::connectionName() const
{
    return m_prefix + u'-' + QString::number(quintptr(QThread::currentThreadId()), 16);
}

QSqlDatabase Database::connection() const
{
    if (m_path.isEmpty())
        return {};
    const QString name = connectionName();
    QThread *self = QThread::currentThread();
    {
        QMutexLocker lock(&m_connections->mutex);
        const auto it = m_connections->owners.constFind(name);
        if (it != m_connections->owners.cend() && it.value() == self && QSqlDatabase::contains(name)) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (!db.isOpen()) // a failed earlier attempt (disk full, permissions): try again
                openConnection(db);
            return db;
        }
        if (it != m_connections->owners.cend()) {
            // The id belonged to a thread that ended without `finished` (an adopted thread).
            m_connections->owners.remove(name);
            QSqlDatabase::removeDatabase(name);
        }
        m_connections->owners.insert(name, self);
    }

    // Runs on the ending thread itself (direct connection), the only place allowed to close it. The
    // registry is shared so that this is safe even after the Database is destroyed.
    std::shared_ptr<Connections> registry = m_connections;
    QObject::connect(self, &QThread::finished, [registry, name, self] {
        bool owned = false;
        {
            QMutexLocker lock(&registry->mutex);
            const auto it = registry->owners.constFind(name);
            owned = it != registry->owners.cend() && it.value() == self;
            if (owned)
                registry->owners.remove(name);
        }
        if (owned)
            dropConnection(name);
    });

    QSqlDatabase db = QSqlDatabase::addDatabase(sqliteDriver, name);
    db.setDatabaseName(m_path);
    openConnection(db);
    return db;
}

int Database::schemaVersion() const
{
    return currentSchemaVersion(connection());
}

int Database::latestSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace confab::storage
