// tls.required.list / add / remove (remote domains that must use TLS with a valid certificate) and
// tls.trust.list / add / remove (admin-added trusted CA certificates)
#include "control/handlers.h"
#include "control/params.h"
#include "storage/tlspolicystore.h"

#include <QJsonArray>
#include <QSslCertificate>

namespace confab::control {

namespace {

// The running s2s layer re-reads the policy (routing rules, TLS policy, trusted CAs).
void notifyPolicyChanged(const Call &call)
{
    if (call.ctx.policyChanged)
        call.ctx.policyChanged();
}

Result<QJsonValue> requiredList(Call &call)
{
    return QJsonValue(QJsonArray::fromStringList(storage::TlsPolicyStore(*call.ctx.db).requiredPatterns()));
}

Result<QString> pattern(const QJsonObject &p)
{
    const auto text = params::requiredString(p, "pattern");
    if (!text)
        return text;
    return text->trimmed().toLower();
}

Result<QJsonValue> requiredAdd(Call &call)
{
    const auto pat = pattern(call.params);
    if (!pat)
        return pat.error();
    const Status st = storage::TlsPolicyStore(*call.ctx.db).addRequired(*pat);
    if (!st)
        return st.error();
    logChange(call, "ctrl.tls_required_added", {{"pattern", *pat}});
    notifyPolicyChanged(call);
    return QJsonValue(QJsonObject{{"pattern", *pat}});
}

Result<QJsonValue> requiredRemove(Call &call)
{
    const auto pat = pattern(call.params);
    if (!pat)
        return pat.error();
    const Status st = storage::TlsPolicyStore(*call.ctx.db).removeRequired(*pat);
    if (!st)
        return st.error();
    logChange(call, "ctrl.tls_required_removed", {{"pattern", *pat}});
    notifyPolicyChanged(call);
    return QJsonValue(QJsonObject{{"pattern", *pat}});
}

QJsonObject describe(qint64 id, const QString &subject, const QByteArray &pem)
{
    QJsonObject o{{"id", id}, {"subject", subject}};
    const auto certs = QSslCertificate::fromData(pem, QSsl::Pem);
    if (!certs.isEmpty()) {
        const QSslCertificate &c = certs.first();
        o.insert("issuer", c.issuerDisplayName());
        o.insert("notBefore", c.effectiveDate().toUTC().toString(Qt::ISODate));
        o.insert("notAfter", c.expiryDate().toUTC().toString(Qt::ISODate));
        o.insert("sha256", QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex(':')));
    }
    return o;
}

Result<QJsonValue> trustList(Call &call)
{
    QJsonArray out;
    for (const auto &ca : storage::TlsPolicyStore(*call.ctx.db).trustedCas())
        out.append(describe(ca.id, ca.subject, ca.pem));
    return QJsonValue(out);
}

// A PEM may hold a chain; each certificate in it is trusted on its own.
Result<QJsonValue> trustAdd(Call &call)
{
    const auto pem = params::requiredString(call.params, "pem");
    if (!pem)
        return pem.error();
    const auto certs = QSslCertificate::fromData(pem->toUtf8(), QSsl::Pem);
    if (certs.isEmpty() || std::any_of(certs.begin(), certs.end(), [](const auto &c) { return c.isNull(); }))
        return makeError(QStringLiteral("cert.invalid"),
                         QT_TRANSLATE_NOOP("Errors", "The text is not a PEM-encoded X.509 certificate."));
    storage::TlsPolicyStore store(*call.ctx.db);
    QJsonArray added;
    for (const QSslCertificate &cert : certs) {
        const QString subject = cert.subjectDisplayName();
        const QByteArray certPem = cert.toPem();
        const auto id = store.addTrustedCa(subject, certPem);
        if (!id)
            return id.error();
        logChange(call, "ctrl.trust_added", {{"id", *id}, {"subject", subject}});
        added.append(describe(*id, subject, certPem));
    }
    notifyPolicyChanged(call);
    return QJsonValue(added);
}

Result<QJsonValue> trustRemove(Call &call)
{
    const auto id = params::requiredInt(call.params, "id", 1, std::numeric_limits<qint64>::max());
    if (!id)
        return id.error();
    storage::TlsPolicyStore store(*call.ctx.db);
    const auto cas = store.trustedCas();
    const auto it = std::find_if(cas.begin(), cas.end(), [&](const auto &ca) { return ca.id == *id; });
    if (it == cas.end())
        return makeError(QStringLiteral("cert.not_found"),
                         QT_TRANSLATE_NOOP("Errors", "There is no trusted certificate {id}."), {{"id", *id}});
    const Status st = store.removeTrustedCa(*id);
    if (!st)
        return st.error();
    logChange(call, "ctrl.trust_removed", {{"id", *id}, {"subject", it->subject}});
    notifyPolicyChanged(call);
    return QJsonValue(QJsonObject{{"id", *id}});
}

} // namespace

void addTlsMethods(MethodTable &table)
{
    table.add("tls.required.list", requiredList);
    table.add("tls.required.add", requiredAdd);
    table.add("tls.required.remove", requiredRemove);
    table.add("tls.trust.list", trustList);
    table.add("tls.trust.add", trustAdd);
    table.add("tls.trust.remove", trustRemove);
}

} // namespace confab::control
