#include "modules/registrationform.h"

namespace confab::modules {

using xml::Element;

namespace {

const QString Instructions =
    QStringLiteral("Choose a username and password to create an account on this server.");

Element &addField(Element &form, const QString &type, const QString &var, const QString &label)
{
    Element &field = form.addChild(QStringLiteral("field"), ns::DataForms);
    field.setAttr(QStringLiteral("type"), type);
    field.setAttr(QStringLiteral("var"), var);
    if (!label.isEmpty())
        field.setAttr(QStringLiteral("label"), label);
    return field;
}

Element dataForm()
{
    Element form(QStringLiteral("x"), ns::DataForms);
    form.setAttr(QStringLiteral("type"), QStringLiteral("form"));
    form.addChild(QStringLiteral("title"), ns::DataForms).addText(QStringLiteral("Account Registration"));
    form.addChild(QStringLiteral("instructions"), ns::DataForms).addText(Instructions);
    // XEP-0068: the hidden FORM_TYPE standardizes the field names below.
    addField(form, QStringLiteral("hidden"), QStringLiteral("FORM_TYPE"), {})
        .addChild(QStringLiteral("value"), ns::DataForms)
        .addText(ns::Register);
    addField(form, QStringLiteral("text-single"), QStringLiteral("username"), QStringLiteral("Username"))
        .addChild(QStringLiteral("required"), ns::DataForms);
    addField(form, QStringLiteral("text-private"), QStringLiteral("password"), QStringLiteral("Password"))
        .addChild(QStringLiteral("required"), ns::DataForms);
    return form;
}

// The first <value/> of the field `var` in a submitted form; nullopt when the field is absent.
std::optional<QString> formValue(const Element &form, QStringView var)
{
    for (const Element *field : form.childElements()) {
        if (field->name() != u"field" || field->ns() != ns::DataForms || field->attr(u"var") != var)
            continue;
        const Element *value = field->firstChild(u"value", ns::DataForms);
        return value ? value->text() : QString();
    }
    return std::nullopt;
}

std::optional<QString> legacyValue(const Element &query, QStringView name)
{
    const Element *el = query.firstChild(name, ns::Register);
    return el ? std::optional<QString>(el->text()) : std::nullopt;
}

} // namespace

Element RegistrationForm::blank()
{
    Element query(QStringLiteral("query"), ns::Register);
    query.addChild(QStringLiteral("instructions"), ns::Register).addText(Instructions);
    query.addChild(QStringLiteral("username"), ns::Register);
    query.addChild(QStringLiteral("password"), ns::Register);
    query.addChild(dataForm());
    return query;
}

Element RegistrationForm::registered(const QString &username)
{
    Element query(QStringLiteral("query"), ns::Register);
    query.addChild(QStringLiteral("registered"), ns::Register);
    query.addChild(QStringLiteral("instructions"), ns::Register)
        .addText(
            QStringLiteral("You are registered. Send a new password to change it, or <remove/> to delete "
                           "the account."));
    query.addChild(QStringLiteral("username"), ns::Register).addText(username);
    query.addChild(QStringLiteral("password"), ns::Register); // §3.1: MAY be empty; never echo secrets
    return query;
}

RegistrationSubmission RegistrationForm::parse(const Element &query)
{
    RegistrationSubmission out;
    const QList<const Element *> children = query.childElements();
    out.remove = query.firstChild(u"remove", ns::Register) != nullptr;
    out.removeOnly = out.remove && children.size() == 1;
    const Element *form = query.firstChild(u"x", ns::DataForms);
    if (form && form->attr(u"type") == u"submit") {
        // §4: a client that understands data forms submits the form instead of the plain fields.
        out.username = formValue(*form, u"username");
        out.password = formValue(*form, u"password");
        return out;
    }
    out.username = legacyValue(query, u"username");
    out.password = legacyValue(query, u"password");
    return out;
}

} // namespace confab::modules
