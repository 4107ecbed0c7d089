#include "ctl/output.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace confab::ctl {

void printLine(const QString &line)
{
    const QByteArray bytes = line.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout); // log -f is read live through pipes
}

void printJson(const QJsonValue &value)
{
    QByteArray bytes;
    if (value.isObject())
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    else if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else // a scalar: wrap so QJsonDocument serializes it, then unwrap
        bytes = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString displayValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const auto &v : value.toArray())
            parts.append(displayValue(v));
        return parts.join(QLatin1Char(','));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

void printTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : headers)
        widths.append(int(h.size()));
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], int(row[i].size()));
    }
    auto format = [&](const QStringList &cells) {
        QString line;
        for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
            // The last column is not padded, so lines carry no trailing blanks.
            line += i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 2) : cells[i];
        }
        return line;
    };
    printLine(format(headers));
    for (const QStringList &row : rows)
        printLine(format(row));
}

void printObjects(const QJsonArray &objects, QStringList columns)
{
    if (columns.isEmpty()) {
        for (const auto &v : objects) {
            for (const QString &key : v.toObject().keys()) {
                if (!columns.contains(key))
                    columns.append(key);
            }
        }
    }
    QList<QStringList> rows;
    for (const auto &v : objects) {
        QStringList row;
        for (const QString &c : std::as_const(columns))
            row.append(displayValue(v.toObject().value(c)));
        rows.append(row);
    }
    QStringList headers;
    for (const QString &c : std::as_const(columns))
        headers.append(c.toUpper());
    printTable(headers, rows);
}

void printFields(const QJsonObject &object)
{
    int width = 0;
    for (auto it = object.begin(); it != object.end(); ++it)
        width = qMax(width, int(it.key().size()));
    for (auto it = object.begin(); it != object.end(); ++it)
        printLine((it.key() + QLatin1Char(':')).leftJustified(width + 2) + displayValue(it.value()));
}

} // namespace confab::ctl
