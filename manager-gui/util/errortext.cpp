#include "util/errortext.h"

#include <QCoreApplication>
#include <algorithm>

namespace confab::manager {

QString errorTemplate(const Error &error)
{
    struct Arg
    {
        QString name, value;
    };
    QList<Arg> args;
    for (auto it = error.args.begin(); it != error.args.end(); ++it) {
        const QString value = substituteArgs(QStringLiteral("{v}"), {{"v", it.value()}});
        if (!value.isEmpty())
            args.append({it.key(), value});
    }
    // Longest first, so that "example.com" is not taken apart by an argument "example".
    std::sort(args.begin(), args.end(), [](const Arg &a, const Arg &b) { return a.value.size() > b.value.size(); });
    QString text = error.message;
    for (const Arg &a : args) {
        const qsizetype at = text.indexOf(a.value);
        if (at >= 0)
            text.replace(at, a.value.size(), u'{' + a.name + u'}');
    }
    return text;
}

QString errorText(const Error &error)
{
    if (error.message.isEmpty()) {
        if (error.code == u"connection.not_found")
            return QCoreApplication::translate("Errors", "confabd is not running.");
        if (error.code == u"connection.refused")
            return QCoreApplication::translate("Errors", "confabd refused the connection.");
        if (error.code == u"connection.access_denied")
            return QCoreApplication::translate("Errors", "You may not open the control socket.");
        return QCoreApplication::translate("Errors", "confabd reported an error: {code}")
            .replace(QLatin1String("{code}"), error.code);
    }
    const QString tmpl = errorTemplate(error);
    const QByteArray source = tmpl.toUtf8();
    const QString translated = QCoreApplication::translate("Errors", source.constData());
    if (translated == tmpl)
        return error.message;
    return substituteArgs(translated, error.args);
}

} // namespace confab::manager
