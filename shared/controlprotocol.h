#pragma once
// The control protocol between confabd and its front ends (Confab Manager, confabctl):
// line-delimited JSON over a QLocalSocket.
//   request:  {"id":7,"method":"domains.add","params":{...}}
//   response: {"id":7,"result":...}  or
//   {"id":7,"error":{"code":"domain.exists","message":"...","args":{...}}} event:
//   {"event":"log","data":{...}}   (only after a *.subscribe call)
// The server speaks first: {"event":"hello","data":{"protocol":1,"maxLineLength":N,"server":"confabd x.y"}}.
#include "shared/error.h"
#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>
#include <variant>

namespace confab::control {

inline constexpr int ProtocolVersion = 1;
inline constexpr int DefaultMaxLineLength = 1024 * 1024;
inline constexpr const char *HelloEvent = "hello";

struct Request
{
    qint64 id = 0;
    QString method;
    QJsonObject params;
};

struct Response
{
    qint64 id = 0;
    QJsonValue result;          // when error is empty
    std::optional<Error> error; // set on failure
};

struct Event
{
    QString event;
    QJsonObject data;
};

using Message = std::variant<Request, Response, Event>;

QByteArray encode(const Request &r); // one line, '\n' terminated
QByteArray encode(const Response &r);
QByteArray encode(const Event &e);

// Splits a byte stream into lines and decodes each; keeps at most maxLineLength bytes of a partial
// line (a longer line is reported as an error once and skipped up to its end).
class LineCodec
{
public:
    explicit LineCodec(int maxLineLength = DefaultMaxLineLength) : m_max(maxLineLength) {}
    struct Item
    {
        std::optional<Message> message;
        std::optional<Error> error; // "protocol.line_too_long", "protocol.bad_json", "protocol.bad_message"
        qint64 id = 0;              // request id when it could be read despite the error
    };
    QList<Item> feed(const QByteArray &bytes);
    // Decodes one line (without its '\n'); what feed() does for every complete line.
    static Item decodeLine(QByteArrayView line);

private:
    QByteArray m_buf;
    int m_max;
    bool m_skipping = false;
};

// Well-known error codes shared by both sides (a handler may add its own "area.reason" codes).
namespace errc {
inline constexpr const char *AuthRequired = "auth.required";
inline constexpr const char *AuthFailed = "auth.failed";
inline constexpr const char *SetupDone = "setup.done";
inline constexpr const char *UnknownMethod = "method.unknown";
inline constexpr const char *BadParams = "params.invalid";
inline constexpr const char *NotFound = "not_found";
inline constexpr const char *Internal = "internal";
// Produced by LineCodec and ControlClient themselves, never sent by a handler.
inline constexpr const char *LineTooLong = "protocol.line_too_long";
inline constexpr const char *BadJson = "protocol.bad_json";
inline constexpr const char *BadMessage = "protocol.bad_message";
inline constexpr const char *ConnectionLost = "connection.lost";
inline constexpr const char *Timeout = "connection.timeout";
} // namespace errc

} // namespace confab::control
