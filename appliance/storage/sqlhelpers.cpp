#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>

namespace confab::storage::sql {

Error databaseError(const QSqlError &error)
{
    return makeError(QStringLiteral("storage.error"), QT_TRANSLATE_NOOP("Errors", "Database error: {detail}"),
                     {{QStringLiteral("detail"), error.text()}});
}

Error notOpenError()
{
    return makeError(QStringLiteral("storage.not_open"),
                     QT_TRANSLATE_NOOP("Errors", "The database is not open"));
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    if (!db.isOpen())
        return notOpenError();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return databaseError(query.lastError());
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(query.lastError());
    return query;
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    auto query = run(db, statement, binds);
    if (!query)
        return query.error();
    if (!query.value().next())
        return QVariant();
    return query.value().value(0);
}

Transaction::Transaction(const QSqlDatabase &db) : m_db(db) {}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::begin()
{
    if (!m_db.isOpen())
        return notOpenError();
    bool started = false;
    if (m_db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery query(m_db);
        started = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!started)
            return databaseError(query.lastError());
    } else {
        started = m_db.transaction();
        if (!started)
            return databaseError(m_db.lastError());
    }
    m_active = true;
    return ok();
}

Status Transaction::commit()
{
    if (!m_active)
        return notOpenError();
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        m_active = false;
        return databaseError(error);
    }
    m_active = false;
    return ok();
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString encodeJson(const QJsonValue &value)
{
    // QJsonDocument only serializes arrays and objects: wrap the value and strip the brackets.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

std::optional<QJsonValue> decodeJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text.toUtf8() + ']', &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace confab::storage::sql
