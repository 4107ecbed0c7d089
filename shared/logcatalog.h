#pragma once
// The log message catalog: every key confabd logs, with its English source text marked for
// translation in the "LogCatalog" context. Arguments are written {name} in the text.
#include "shared/logrecord.h"
#include <QString>

namespace confab::log {

struct CatalogEntry
{
    const char *key;
    const char *text; // QT_TRANSLATE_NOOP("LogCatalog", ...)
};

// All entries, for tests (every key used in the code must be here) and translators.
const CatalogEntry *catalogBegin();
const CatalogEntry *catalogEnd();
// English source text for a key; nullptr for an unknown key.
const char *catalogText(QStringView key);
// The record's message in English (translate = false) or through QCoreApplication::translate
// ("LogCatalog") in the installed translator's language. Unknown keys render as "key {json args}".
QString renderMessage(const Record &record, bool translate);
// One line for the log file: "2026-11-21 12:00:00.123 XMPPI [42] problems: message".
QString formatLine(const Record &record);

} // namespace confab::log
