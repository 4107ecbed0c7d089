#include "shared/logcatalog.h"

#include "shared/error.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <iterator>

namespace confab::log {

namespace {

const CatalogEntry Entries[] = {
#include "shared/logcatalog_entries.inc"
};

} // namespace

const CatalogEntry *catalogBegin()
{
    return std::begin(Entries);
}

const CatalogEntry *catalogEnd()
{
    return std::end(Entries);
}

const char *catalogText(QStringView key)
{
    // A linear scan over a few dozen entries costs less than building an index, and logging
    // below the configured level never gets here.
    for (const CatalogEntry &e : Entries)
        if (key == QLatin1StringView(e.key))
            return e.text;
    return nullptr;
}

QString renderMessage(const Record &record, bool translate)
{
    const char *text = catalogText(record.key);
    if (!text) {
        // Still show everything we know, so a record from a newer confabd is not lost.
        return record.key + u' ' +
               QString::fromUtf8(QJsonDocument(record.args).toJson(QJsonDocument::Compact));
    }
    const QString source =
        translate ? QCoreApplication::translate("LogCatalog", text) : QString::fromUtf8(text);
    return substituteArgs(source, record.args);
}

QString formatLine(const Record &record)
{
    QString line = record.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    line += u' ' + record.tag + u' ';
    if (record.connection != 0)
        line += u'[' + QString::number(record.connection) + QStringLiteral("] ");
    line += levelName(record.level) + QStringLiteral(": ") + renderMessage(record, false);
    return line;
}

} // namespace confab::log
