#include "shared/logrecord.h"

namespace confab::log {

namespace {
constexpr const char *LevelNames[] = {"nothing", "major", "problems", "low", "all"};
} // namespace

QString levelName(Level level)
{
    const int i = static_cast<int>(level);
    if (i < 0 || i > static_cast<int>(Level::All))
        return {};
    return QString::fromLatin1(LevelNames[i]);
}

std::optional<Level> levelFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (int i = 0; i <= static_cast<int>(Level::All); ++i)
        if (trimmed.compare(QLatin1StringView(LevelNames[i]), Qt::CaseInsensitive) == 0)
            return static_cast<Level>(i);
    return std::nullopt;
}

QStringList allTags()
{
    return {
        QString::fromLatin1(tag::XmppI),  QString::fromLatin1(tag::XmppS), QString::fromLatin1(tag::XmppO),
        QString::fromLatin1(tag::Router), QString::fromLatin1(tag::Store), QString::fromLatin1(tag::Ctrl),
        QString::fromLatin1(tag::Tls),    QString::fromLatin1(tag::Dns),   QString::fromLatin1(tag::Server)};
}

QJsonObject Record::toJson() const
{
    QJsonObject obj{
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("level"), levelName(level)},
        {QStringLiteral("tag"), tag},
        {QStringLiteral("key"), key},
        // JSON numbers are doubles: exact up to 2^53, which a connection counter or sequence
        // number does not reach.
        {QStringLiteral("seq"), static_cast<qint64>(seq)},
    };
    if (connection != 0)
        obj.insert(QStringLiteral("connection"), static_cast<qint64>(connection));
    if (!args.isEmpty())
        obj.insert(QStringLiteral("args"), args);
    return obj;
}

std::optional<Record> Record::fromJson(const QJsonObject &obj)
{
    Record r;
    r.time = QDateTime::fromString(obj.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    if (!r.time.isValid())
        return std::nullopt;
    r.time = r.time.toUTC();
    const auto level = levelFromName(obj.value(QStringLiteral("level")).toString());
    if (!level)
        return std::nullopt;
    r.level = *level;
    r.key = obj.value(QStringLiteral("key")).toString();
    if (r.key.isEmpty())
        return std::nullopt;
    r.tag = obj.value(QStringLiteral("tag")).toString();
    const double conn = obj.value(QStringLiteral("connection")).toDouble(0);
    const double seq = obj.value(QStringLiteral("seq")).toDouble(0);
    if (conn < 0 || seq < 0)
        return std::nullopt;
    r.connection = static_cast<quint64>(conn);
    r.seq = static_cast<quint64>(seq);
    r.args = obj.value(QStringLiteral("args")).toObject();
    return r;
}

} // namespace confab::log
