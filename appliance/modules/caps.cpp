#include "modules/caps.h"
#include <QCryptographicHash>
#include <algorithm>

namespace confab::modules {

using xml::Element;

namespace {

// i;octet collation (RFC 4790) as §5.1 requires: compare the UTF-8 bytes, not code units.
void sortOctets(QStringList &list)
{
    std::sort(list.begin(), list.end(),
              [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
}

QString fieldVar(const Element &field)
{
    return field.attr(u"var");
}

QStringList fieldValues(const Element &field)
{
    QStringList values;
    for (const Element *v : field.childElements())
        if (v->name() == u"value")
            values.append(v->text());
    sortOctets(values);
    return values;
}

QString formType(const Element &form)
{
    for (const Element *field : form.childElements())
        if (field->name() == u"field" && fieldVar(*field) == u"FORM_TYPE")
            return fieldValues(*field).value(0);
    return {};
}

// §5.1 step 6: FORM_TYPE, then each other field (sorted by var) with its sorted values.
QString formString(const Element &form)
{
    QString s = formType(form) + QLatin1Char('<');
    QList<const Element *> fields;
    for (const Element *field : form.childElements())
        if (field->name() == u"field" && fieldVar(*field) != u"FORM_TYPE")
            fields.append(field);
    std::sort(fields.begin(), fields.end(), [](const Element *a, const Element *b) {
        return fieldVar(*a).toUtf8() < fieldVar(*b).toUtf8();
    });
    for (const Element *field : fields) {
        s += fieldVar(*field) + QLatin1Char('<');
        for (const QString &value : fieldValues(*field))
            s += value + QLatin1Char('<');
    }
    return s;
}

} // namespace

QString capsVerification(const DiscoInfo &info)
{
    QStringList identities;
    for (const DiscoIdentity &id : info.identities)
        identities.append(id.category + QLatin1Char('/') + id.type + QLatin1Char('/') + id.lang +
                          QLatin1Char('/') + id.name);
    sortOctets(identities);
    QStringList features = info.features;
    sortOctets(features);
    QList<const Element *> forms;
    for (const Element &form : info.forms)
        forms.append(&form);
    std::sort(forms.begin(), forms.end(), [](const Element *a, const Element *b) {
        return formType(*a).toUtf8() < formType(*b).toUtf8();
    });

    QString s;
    for (const QString &id : identities)
        s += id + QLatin1Char('<');
    for (const QString &feature : features)
        s += feature + QLatin1Char('<');
    for (const Element *form : forms)
        s += formString(*form);
    return QString::fromLatin1(QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha1).toBase64());
}

QString capsNodeVer(const QString &ver)
{
    return CapsNode + QLatin1Char('#') + ver;
}

ModuleInfo Caps::info() const
{
    return {QStringLiteral("caps"), QStringLiteral("XEP-0115"), QStringLiteral("1.6.0"), {ns::Caps}};
}

void Caps::start(ModuleContext &ctx)
{
    core::ModuleRegistry *registry = ctx.registry;
    // Computed per stream: modules may add features after this one starts.
    m_registrations.push_back(registry->addStreamFeature(
        core::FeatureStage::PostAuth, [registry](const core::FeatureContext &) -> std::optional<Element> {
            Element c(QStringLiteral("c"), ns::Caps);
            c.setAttr(QStringLiteral("hash"), QStringLiteral("sha-1"));
            c.setAttr(QStringLiteral("node"), CapsNode);
            c.setAttr(QStringLiteral("ver"), capsVerification(serverDiscoInfo(*registry)));
            return c;
        }));
}

} // namespace confab::modules
