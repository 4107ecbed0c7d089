#pragma once
// One log record, as confabd keeps it, writes it (in English) and sends it to the manager
// (which renders it in the admin's language from the message key).
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace confab::log {

// The seed's levels; a record is kept when its level <= the configured level.
enum class Level { Nothing = 0, Major = 1, Problems = 2, LowLevel = 3, All = 4 };

QString levelName(Level level);                       // "nothing", "major", "problems", "low", "all"
std::optional<Level> levelFromName(QStringView name); // accepts the names above, case-insensitive

// Tags: XMPPI client-in (and any stream before it is known), XMPPS server-in, XMPPO server-out.
namespace tag {
inline constexpr const char *XmppI = "XMPPI";
inline constexpr const char *XmppS = "XMPPS";
inline constexpr const char *XmppO = "XMPPO";
inline constexpr const char *Router = "ROUTER";
inline constexpr const char *Store = "STORE";
inline constexpr const char *Ctrl = "CTRL";
inline constexpr const char *Tls = "TLS";
inline constexpr const char *Dns = "DNS";
inline constexpr const char *Server = "SERVER";
} // namespace tag
QStringList allTags();

struct Record
{
    QDateTime time; // UTC
    Level level = Level::All;
    QString tag;
    quint64 connection = 0; // 0 = not about one connection
    QString key;            // message key in the catalog, e.g. "c2s.auth.success"
    QJsonObject args;       // named arguments the catalog text refers to as {name}
    quint64 seq = 0;        // increasing number assigned by the logger

    QJsonObject toJson() const;
    static std::optional<Record> fromJson(const QJsonObject &obj);
};

} // namespace confab::log
