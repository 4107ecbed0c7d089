#include "util/validation.h"
#include "shared/jid.h"

#include <QHostAddress>
#include <QWidget>

namespace confab::manager {

std::optional<QString> checkDomain(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.contains(u'*') || t.contains(u' '))
        return std::nullopt;
    return Jid::prepareDomain(t);
}

std::optional<QString> checkBareJid(const QString &text)
{
    const QString t = text.trimmed();
    if (!t.contains(u'@') || t.contains(u'/'))
        return std::nullopt;
    const auto jid = Jid::parse(t);
    if (!jid || jid->node().isEmpty() || !jid->isBare())
        return std::nullopt;
    return jid->bareString();
}

namespace {
bool hasEmptyLabel(const QString &s)
{
    return s.startsWith(u'.') || s.endsWith(u'.') || s.contains(QLatin1String(".."));
}
} // namespace

std::optional<QString> checkPattern(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > 1023 || hasEmptyLabel(t))
        return std::nullopt;
    for (const QChar c : t)
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u'*'))
            return std::nullopt;
    return t.toLower();
}

std::optional<QString> checkHost(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(u'[') && t.endsWith(u']'))
        t = t.mid(1, t.size() - 2);
    if (t.isEmpty())
        return std::nullopt;
    if (QHostAddress address; address.setAddress(t))
        return t.toLower();
    if (hasEmptyLabel(t))
        return std::nullopt;
    for (const QChar c : t)
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'.'))
            return std::nullopt;
    return t.toLower();
}

bool patternMatches(const QString &pattern, const QString &domain)
{
    const QString p = pattern.toLower(), d = domain.toLower();
    // Iterative glob with backtracking to the last '*'.
    qsizetype pi = 0, di = 0, star = -1, mark = 0;
    while (di < d.size()) {
        if (pi < p.size() && p[pi] != u'*' && p[pi] == d[di]) {
            ++pi;
            ++di;
        } else if (pi < p.size() && p[pi] == u'*') {
            star = pi++;
            mark = di;
        } else if (star >= 0) {
            pi = star + 1;
            di = ++mark;
        } else {
            return false;
        }
    }
    while (pi < p.size() && p[pi] == u'*')
        ++pi;
    return pi == p.size();
}

void markInvalid(QWidget *field, const QString &reason)
{
    field->setProperty("invalid", true);
    field->setStyleSheet(QStringLiteral("border: 2px solid #c62828; border-radius: 3px;"));
    field->setToolTip(reason);
    field->setAccessibleDescription(reason);
}

void markValid(QWidget *field)
{
    if (!field->property("invalid").toBool())
        return;
    field->setProperty("invalid", false);
    field->setStyleSheet({});
    field->setToolTip({});
    field->setAccessibleDescription({});
}

bool isMarkedInvalid(const QWidget *field)
{
    return field->property("invalid").toBool();
}

} // namespace confab::manager
