#pragma once
// The schema as numbered migrations. A migration is never edited once released: changes are new
// migrations appended to the list, each applied in its own transaction and recorded in schema_version.
#include "shared/error.h"
#include <QList>
#include <QSqlDatabase>

namespace confab::storage {

struct Migration
{
    int version;
    QList<const char *> statements; // one statement each: QtSql runs a single statement per exec
};

const QList<Migration> &migrations();
int currentSchemaVersion(const QSqlDatabase &db); // 0 before the first migration
Status applyMigrations(const QSqlDatabase &db);
// The same with another list (tests: a failing migration must leave no trace).
Status applyMigrations(const QSqlDatabase &db, const QList<Migration> &list);

} // namespace confab::storage
