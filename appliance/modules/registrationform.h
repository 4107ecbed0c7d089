#pragma once
// The payloads of XEP-0077 In-Band Registration: the registration form a server hands out (the
// jabber:iq:register fields plus the equivalent XEP-0004 data form, §4 "x:data form + iq:register
// fields"), the answer for an account that is already registered (§3.1), and what a client submits,
// read from either representation (the data form takes precedence, §6).
#include "xml/element.h"
#include <QString>
#include <optional>

namespace confab::modules {

namespace ns {
inline const QString Register = QStringLiteral("jabber:iq:register");
inline const QString DataForms = QStringLiteral("jabber:x:data");
} // namespace ns

struct RegistrationSubmission
{
    std::optional<QString> username; // absent when the client left the field out
    std::optional<QString> password;
    bool remove = false;     // <remove/> (§3.2)
    bool removeOnly = false; // <remove/> is the only child of <query/> (bad-request otherwise)
};

class RegistrationForm
{
public:
    // <query xmlns='jabber:iq:register'> for an unregistered entity: instructions, empty
    // <username/> and <password/>, and a data form (FORM_TYPE jabber:iq:register) with the same fields.
    static xml::Element blank();
    // §3.1 "already registered": <registered/>, the username, an empty <password/>.
    static xml::Element registered(const QString &username);
    // What the client sent in a set; `query` is the <query xmlns='jabber:iq:register'/> payload.
    static RegistrationSubmission parse(const xml::Element &query);
};

} // namespace confab::modules
