#include "shared/error.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace confab {

namespace {

QString argText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        // Integral values (ports, counts, ids) must not come out as "5222.0" or "1e+06".
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'-';
}

} // namespace

QString substituteArgs(const QString &text, const QJsonObject &args)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'{') {
            qsizetype j = i + 1;
            while (j < text.size() && isNameChar(text.at(j)))
                ++j;
            if (j < text.size() && j > i + 1 && text.at(j) == u'}') {
                const QString name = text.mid(i + 1, j - i - 1);
                if (args.contains(name)) {
                    out += argText(args.value(name));
                    i = j + 1;
                    continue;
                }
            }
        }
        out += c;
        ++i;
    }
    return out;
}

QJsonObject Error::toJson() const
{
    QJsonObject obj{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!args.isEmpty())
        obj.insert(QStringLiteral("args"), args);
    return obj;
}

Error Error::fromJson(const QJsonObject &obj)
{
    Error e;
    e.code = obj.value(QStringLiteral("code")).toString();
    e.message = obj.value(QStringLiteral("message")).toString();
    e.args = obj.value(QStringLiteral("args")).toObject();
    return e;
}

Error makeError(const QString &code, const char *text, const QJsonObject &args)
{
    return Error{code, substituteArgs(QString::fromUtf8(text), args), args};
}

} // namespace confab
