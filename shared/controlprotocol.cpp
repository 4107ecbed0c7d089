#include "shared/controlprotocol.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace confab::control {

namespace {

const QString KeyId = QStringLiteral("id");
const QString KeyMethod = QStringLiteral("method");
const QString KeyParams = QStringLiteral("params");
const QString KeyResult = QStringLiteral("result");
const QString KeyError = QStringLiteral("error");
const QString KeyEvent = QStringLiteral("event");
const QString KeyData = QStringLiteral("data");

QByteArray toLine(const QJsonObject &obj)
{
    QByteArray line = QJsonDocument(obj).toJson(QJsonDocument::Compact);
    line.append('\n');
    return line;
}

// Ids are JSON numbers; only integral values that survive the trip through a double are ids.
std::optional<qint64> readId(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9007199254740992.0)
        return std::nullopt;
    return static_cast<qint64>(d);
}

// For a line that is not JSON at all, a best effort to still answer the right request.
qint64 salvageId(QByteArrayView line)
{
    static const QRegularExpression re(QStringLiteral("\"id\"\\s*:\\s*(-?\\d{1,15})\\s*[,}]"));
    const auto m = re.match(QString::fromUtf8(line.first(std::min<qsizetype>(line.size(), 4096))));
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

LineCodec::Item failure(const char *code, const char *text, qint64 id, const QJsonObject &args = {})
{
    LineCodec::Item item;
    item.error = makeError(QString::fromLatin1(code), text, args);
    item.id = id;
    return item;
}

LineCodec::Item badMessage(qint64 id)
{
    return failure(errc::BadMessage,
                   QT_TRANSLATE_NOOP("Errors", "The message is neither a request, a response nor an event"),
                   id);
}

LineCodec::Item decodeObject(const QJsonObject &obj)
{
    const auto id = readId(obj.value(KeyId));
    const qint64 anyId = id.value_or(0);
    LineCodec::Item item;
    item.id = anyId;
    if (obj.contains(KeyMethod)) {
        const QJsonValue params = obj.value(KeyParams);
        if (!id || !obj.value(KeyMethod).isString() || !(params.isUndefined() || params.isObject()))
            return badMessage(anyId);
        item.message = Request{*id, obj.value(KeyMethod).toString(), params.toObject()};
        return item;
    }
    if (obj.contains(KeyEvent)) {
        const QJsonValue data = obj.value(KeyData);
        if (!obj.value(KeyEvent).isString() || !(data.isUndefined() || data.isObject()))
            return badMessage(anyId);
        item.message = Event{obj.value(KeyEvent).toString(), data.toObject()};
        return item;
    }
    if (obj.contains(KeyResult) || obj.contains(KeyError)) {
        if (!id || (obj.contains(KeyError) && !obj.value(KeyError).isObject()))
            return badMessage(anyId);
        Response r;
        r.id = *id;
        if (obj.contains(KeyError)) {
            r.error = Error::fromJson(obj.value(KeyError).toObject());
            if (r.error->code.isEmpty())
                return badMessage(anyId);
        } else {
            r.result = obj.value(KeyResult);
        }
        item.message = std::move(r);
        return item;
    }
    return badMessage(anyId);
}

} // namespace

QByteArray encode(const Request &r)
{
    QJsonObject obj{{KeyId, r.id}, {KeyMethod, r.method}};
    if (!r.params.isEmpty())
        obj.insert(KeyParams, r.params);
    return toLine(obj);
}

QByteArray encode(const Response &r)
{
    QJsonObject obj{{KeyId, r.id}};
    if (r.error)
        obj.insert(KeyError, r.error->toJson());
    else
        obj.insert(KeyResult, r.result.isUndefined() ? QJsonValue(QJsonValue::Null) : r.result);
    return toLine(obj);
}

QByteArray encode(const Event &e)
{
    return toLine(QJsonObject{{KeyEvent, e.event}, {KeyData, e.data}});
}

LineCodec::Item LineCodec::decodeLine(QByteArrayView line)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &err);
    if (err.error != QJsonParseError::NoError)
        return failure(errc::BadJson, QT_TRANSLATE_NOOP("Errors", "The line is not valid JSON: {reason}"),
                       salvageId(line), {{QStringLiteral("reason"), err.errorString()}});
    if (!doc.isObject())
        return badMessage(0);
    return decodeObject(doc.object());
}

QList<LineCodec::Item> LineCodec::feed(const QByteArray &bytes)
{
    QList<Item> out;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', pos);
        if (m_skipping) {
            if (nl < 0)
                break; // still inside the oversized line: drop what came
            m_skipping = false;
            pos = nl + 1;
            continue;
        }
        const qsizetype end = nl < 0 ? bytes.size() : nl;
        if (m_buf.size() + (end - pos) > m_max) {
            out.append(failure(errc::LineTooLong,
                               QT_TRANSLATE_NOOP("Errors", "A line is longer than {max} bytes"), 0,
                               {{QStringLiteral("max"), m_max}}));
            m_buf.clear();
            m_buf.squeeze();
            if (nl < 0) {
                m_skipping = true;
                break;
            }
            pos = nl + 1;
            continue;
        }
        m_buf.append(bytes.constData() + pos, end - pos);
        if (nl < 0)
            break;
        pos = nl + 1;
        // Tolerate CRLF and blank keep-alive lines from hand-typed sessions (socat, nc).
        if (m_buf.endsWith('\r'))
            m_buf.chop(1);
        if (!m_buf.trimmed().isEmpty())
            out.append(decodeLine(m_buf));
        m_buf.clear();
    }
    return out;
}

} // namespace confab::control
