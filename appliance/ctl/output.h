#pragma once
// confabctl's output: aligned tables for people, raw JSON for scripts (--json).
#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

namespace confab::ctl {

void printLine(const QString &line);
void printJson(const QJsonValue &value);
// How a JSON value reads in a table cell: strings bare, lists comma-separated.
QString displayValue(const QJsonValue &value);
void printTable(const QStringList &headers, const QList<QStringList> &rows);
// A table of an array of objects: the given columns, or every key in order of first appearance.
void printObjects(const QJsonArray &objects, QStringList columns = {});
// "key: value" lines, keys aligned.
void printFields(const QJsonObject &object);

} // namespace confab::ctl
