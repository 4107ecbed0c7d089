#include "storage/migrations.h"

#include "storage/sqlhelpers.h"

#include <QCoreApplication>

// Portable SQL only (TEXT and INTEGER columns, standard constraints, no AUTOINCREMENT): the same
// scripts must run on PostgreSQL. Binary values (salts, keys) are stored as base64 text, JSON as text,
// times as ISO 8601 UTC text, booleans as 0/1. "user" is a reserved word in PostgreSQL, hence
// accounts.username. Ids are assigned by the stores (MAX(id) + 1 inside the writing transaction).

namespace confab::storage {

namespace {

const QList<const char *> schemaV1 = {
    "CREATE TABLE domains ("
    " name TEXT NOT NULL PRIMARY KEY,"
    " created TEXT NOT NULL)",

    "CREATE TABLE domain_settings ("
    " domain TEXT NOT NULL REFERENCES domains(name) ON DELETE CASCADE,"
    " key TEXT NOT NULL,"
    " value TEXT NOT NULL,"
    " PRIMARY KEY (domain, key))",

    "CREATE TABLE accounts ("
    " username TEXT NOT NULL,"
    " domain TEXT NOT NULL REFERENCES domains(name) ON DELETE CASCADE,"
    " created TEXT NOT NULL,"
    " disabled INTEGER NOT NULL DEFAULT 0,"
    " scram1_salt TEXT NOT NULL,"
    " scram1_iter INTEGER NOT NULL,"
    " scram1_stored TEXT NOT NULL,"
    " scram1_server TEXT NOT NULL,"
    " scram256_salt TEXT NOT NULL,"
    " scram256_iter INTEGER NOT NULL,"
    " scram256_stored TEXT NOT NULL,"
    " scram256_server TEXT NOT NULL,"
    " plain TEXT NULL,"
    " PRIMARY KEY (username, domain))",

    // Listing a domain's accounts and the cascade from domains both look accounts up by domain.
    "CREATE INDEX accounts_by_domain ON accounts (domain, username)",

    "CREATE TABLE settings ("
    " key TEXT NOT NULL PRIMARY KEY,"
    " value TEXT NOT NULL)",

    "CREATE TABLE routing_rules ("
    " id INTEGER NOT NULL PRIMARY KEY,"
    " position INTEGER NOT NULL,"
    " pattern TEXT NOT NULL,"
    " action TEXT NOT NULL,"
    " relay_host TEXT NULL,"
    " relay_port INTEGER NOT NULL DEFAULT 0,"
    " comment TEXT NULL)",

    "CREATE TABLE tls_required ("
    " pattern TEXT NOT NULL PRIMARY KEY)",

    "CREATE TABLE trusted_cas ("
    " id INTEGER NOT NULL PRIMARY KEY,"
    " subject TEXT NOT NULL,"
    " pem TEXT NOT NULL)",

    "CREATE TABLE admin ("
    " id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),"
    " salt TEXT NOT NULL,"
    " iter INTEGER NOT NULL,"
    " stored TEXT NOT NULL,"
    " server TEXT NOT NULL)",
};

// Schema 3: per-account data of the everyday services (XEP-0012, XEP-0054, XEP-0049, XEP-0191).
const QList<const char *> schemaV3 = {
    "CREATE TABLE last_activity ("
    " username TEXT NOT NULL,"
    " domain TEXT NOT NULL,"
    " logout TEXT NOT NULL,"
    " status TEXT NOT NULL,"
    " PRIMARY KEY (username, domain),"
    " FOREIGN KEY (username, domain) REFERENCES accounts(username, domain) ON DELETE CASCADE)",

    "CREATE TABLE vcards ("
    " username TEXT NOT NULL,"
    " domain TEXT NOT NULL,"
    " xml TEXT NOT NULL,"
    " PRIMARY KEY (username, domain),"
    " FOREIGN KEY (username, domain) REFERENCES accounts(username, domain) ON DELETE CASCADE)",

    "CREATE TABLE private_xml ("
    " username TEXT NOT NULL,"
    " domain TEXT NOT NULL,"
    " name TEXT NOT NULL,"
    " ns TEXT NOT NULL,"
    " xml TEXT NOT NULL,"
    " PRIMARY KEY (username, domain, name, ns),"
    " FOREIGN KEY (username, domain) REFERENCES accounts(username, domain) ON DELETE CASCADE)",

    "CREATE TABLE blocklist ("
    " username TEXT NOT NULL,"
    " domain TEXT NOT NULL,"
    " jid TEXT NOT NULL,"
    " PRIMARY KEY (username, domain, jid),"
    " FOREIGN KEY (username, domain) REFERENCES accounts(username, domain) ON DELETE CASCADE)",
};

// Version 2 (IM, RFC 6121 / XEP-0160): rosters with their subscription states, one version counter
// per roster (XEP-0237), and offline messages in arrival order.
const QList<const char *> schemaV2 = {
    // in_roster = 0 keeps a subscription request from someone the user has not added (RFC 6121
    // §3.1.3: noted, but no roster item until the user approves). groups: JSON array text.
    "CREATE TABLE roster_items ("
    " username TEXT NOT NULL,"
    " domain TEXT NOT NULL,"
    " contact TEXT NOT NULL,"
    " name TEXT NULL,"
    " sub_to INTEGER NOT NULL DEFAULT 0,"
    " sub_from INTEGER NOT NULL DEFAULT 0,"
    " ask INTEGER NOT NULL DEFAULT 0,"
    " pending_in INTEGER NOT NULL DEFAULT 0,"
    " pending_stanza TEXT NULL,"
    " approved INTEGER NOT NULL DEFAULT 0,"
    " in_roster INTEGER NOT NULL DEFAULT 1,"
    " groups TEXT NOT NULL DEFAULT '[]',"
    " PRIMARY KEY (username, domain, contact),"
    " FOREIGN KEY (username, domain) REFERENCES accounts(username, domain) ON DELETE CASCADE)",

    "CREATE TABLE roster_versions ("
    " username TEXT NOT NULL,"
    " domain TEXT NOT NULL,"
    " version INTEGER NOT NULL,"
    " PRIMARY KEY (username, domain),"
    " FOREIGN KEY (username, domain) REFERENCES accounts(username, domain) ON DELETE CASCADE)",

    "CREATE TABLE offline_messages ("
    " id INTEGER NOT NULL PRIMARY KEY,"
    " username TEXT NOT NULL,"
    " domain TEXT NOT NULL,"
    " stamp TEXT NOT NULL,"
    " stanza TEXT NOT NULL,"
    " FOREIGN KEY (username, domain) REFERENCES accounts(username, domain) ON DELETE CASCADE)",

    "CREATE INDEX offline_by_user ON offline_messages (username, domain, id)",
};

Error migrationError(int version, const Error &cause)
{
    return makeError(QStringLiteral("storage.migration_failed"),
                     QT_TRANSLATE_NOOP("Errors", "Database migration {version} failed: {detail}"),
                     {{QStringLiteral("version"), version}, {QStringLiteral("detail"), cause.message}});
}

Status applyOne(const QSqlDatabase &db, const Migration &migration)
{
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    // Read again inside the transaction: another process may have migrated since we looked.
    if (currentSchemaVersion(db) >= migration.version)
        return ok();
    for (const char *statement : migration.statements) {
        if (auto r = sql::run(db, QString::fromUtf8(statement)); !r)
            return r.error();
    }
    if (auto r = sql::run(db, QStringLiteral("INSERT INTO schema_version (version, applied) VALUES (?, ?)"),
                          {migration.version, sql::now()});
        !r)
        return r.error();
    return tx.commit();
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1, schemaV1},
        {2, schemaV2},
        {3, schemaV3},
    };
    return list;
}

int currentSchemaVersion(const QSqlDatabase &db)
{
    auto version = sql::scalar(db, QStringLiteral("SELECT MAX(version) FROM schema_version"));
    return version ? version.value().toInt() : 0;
}

Status applyMigrations(const QSqlDatabase &db)
{
    return applyMigrations(db, migrations());
}

Status applyMigrations(const QSqlDatabase &db, const QList<Migration> &list)
{
    if (auto r = sql::run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                             " version INTEGER NOT NULL PRIMARY KEY,"
                                             " applied TEXT NOT NULL)"));
        !r)
        return migrationError(0, r.error());
    const int current = currentSchemaVersion(db);
    const int latest = list.isEmpty() ? 0 : list.constLast().version;
    // A newer confabd wrote this file: running on it could corrupt data we do not understand.
    if (current > latest)
        return makeError(QStringLiteral("storage.schema_too_new"),
                         QT_TRANSLATE_NOOP("Errors",
                                           "The database has schema version {version}, newer than this "
                                           "program supports ({supported})"),
                         {{QStringLiteral("version"), current}, {QStringLiteral("supported"), latest}});
    for (const Migration &migration : list) {
        if (migration.version <= current)
            continue;
        if (auto s = applyOne(db, migration); !s)
            return migrationError(migration.version, s.error());
    }
    return ok();
}

} // namespace confab::storage
