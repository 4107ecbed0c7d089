#include "session.h"
#include "xmlview.h"

namespace confab::bench {
namespace {
constexpr std::string_view NsSasl = "urn:ietf:params:xml:ns:xmpp-sasl";

std::string_view errorCondition(std::string_view stanza)
{
    const size_t at = xmlview::findChild(stanza, "error");
    const std::string_view c = xmlview::firstChildName(stanza, at == std::string_view::npos ? 1 : at + 1);
    return c.empty() ? std::string_view("unknown") : c;
}

// Attribute values are echoed between single quotes.
std::string quoteSafe(std::string_view raw)
{
    std::string out;
    for (char c : raw)
        out += c == '\'' ? std::string_view("&apos;") : std::string_view(&c, 1);
    return out;
}
} // namespace

Session::Session(EventLoop &loop, const SessionConfig &config, int index)
    : Connection(loop), m_config(config), m_index(index),
      m_user(config.options->prefix + std::to_string(index))
{
}

const char *Session::stateName() const
{
    static const char *const names[] = {"idle",     "connecting", "features", "starttls", "register-form",
                                        "register", "sasl",       "bind",     "session",  "presence",
                                        "ready",    "closing",    "done"};
    return names[int(m_state)];
}

bool Session::start(Mode mode, const in_addr *source, std::string &error)
{
    m_mode = mode;
    m_startedNs = monotonicNs();
    if (!connectTo(m_config.options->server, source, error)) {
        m_state = State::Done;
        return false;
    }
    m_state = State::Connecting;
    return true;
}

void Session::closeStream()
{
    if (m_state == State::Done || m_state == State::Closing)
        return;
    m_state = State::Closing;
    send("</stream:stream>");
}

void Session::abort(std::string_view reason)
{
    finish(m_state == State::Closing, reason);
}

void Session::sendHeader()
{
    send("<?xml version='1.0'?><stream:stream to='" + m_config.options->domain +
         "' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>");
    m_state = State::Features;
}

void Session::transportConnected()
{
    sendHeader();
}

void Session::transportSecured()
{
    sendHeader();
}

void Session::transportData(const char *data, size_t n)
{
    m_inScan = true;
    m_scanner.feed(data, n, *this);
    m_inScan = false;
    if (m_state == State::Done)
        m_scanner.reset();
    else if (m_scanner.malformed())
        failWith("malformed XML from server");
}

void Session::transportFailed(std::string_view reason)
{
    if (!m_inScan)
        m_scanner.reset();
    if (m_state == State::Closing)
        finish(true, {});
    else
        finish(false, std::string("connection lost in state ") + stateName() + ": " + std::string(reason));
}

bool Session::onHeader(std::string_view)
{
    return m_state != State::Done;
}

bool Session::onStreamEnd()
{
    if (m_state == State::Closing) {
        finish(true, {});
        return false;
    }
    return failWith(std::string("server closed the stream in state ") + stateName());
}

bool Session::failWith(std::string_view reason)
{
    finish(false, reason);
    return false;
}

void Session::finish(bool ok, std::string_view reason)
{
    if (m_state == State::Done)
        return;
    m_state = State::Done;
    m_scram.reset();
    closeNow(ok);
    m_config.observer->sessionFinished(*this, ok, reason);
}

bool Session::onStanza(std::string_view stanza)
{
    const std::string_view name = xmlview::name(stanza);
    if (m_state == State::Ready)
        return onReadyStanza(stanza);
    if (name == "stream:error" ||
        (xmlview::localName(name) == "error" && name.find(':') != std::string_view::npos))
        return failWith(std::string("stream error in state ") + stateName() + ": " +
                        std::string(xmlview::firstChildName(stanza)));
    const std::string_view local = xmlview::localName(name);
    switch (m_state) {
    case State::Features:
        return local == "features" ? onFeatures(stanza) : true;
    case State::Proceed:
        if (local != "proceed")
            return failWith("STARTTLS refused");
        if (!startTls(m_config.tls, m_config.options->domain))
            return failWith("SSL_new failed");
        return false; // the rest of the byte stream is TLS
    case State::RegisterForm:
    case State::RegisterResult: {
        if (name != "iq")
            return true;
        const std::string_view type = xmlview::attribute(stanza, "type");
        const bool conflict = type == "error" && errorCondition(stanza) == "conflict";
        if (type == "error" && !conflict)
            return failWith(std::string("registration refused: ") + std::string(errorCondition(stanza)));
        if (m_state == State::RegisterForm && !conflict) {
            send("<iq type='set' id='reg2'><query xmlns='jabber:iq:register'><username>" + m_user +
                 "</username><password>" + m_config.options->password + "</password></query></iq>");
            m_state = State::RegisterResult;
            return true;
        }
        m_config.observer->sessionReady(*this);
        closeStream();
        return true;
    }
    case State::Sasl:
        return onSasl(stanza);
    case State::Bind:
    case State::SessionIq:
        return name == "iq" ? onBound(stanza) : true;
    case State::Presence:
        if (name == "presence") {
            const std::string_view from = xmlview::attribute(stanza, "from");
            if (from == m_jid && xmlview::attribute(stanza, "type").empty()) {
                m_state = State::Ready;
                m_config.observer->sessionReady(*this);
            }
        }
        return true;
    default:
        return true; // Closing: drain until the server closes
    }
}

bool Session::onFeatures(std::string_view features)
{
    if (m_config.options->tls && !isSecure()) {
        if (!xmlview::hasChild(features, "starttls"))
            return failWith("server does not offer STARTTLS");
        send("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
        m_state = State::Proceed;
        return true;
    }
    if (m_mode == Mode::Register) {
        send("<iq type='get' id='reg1'><query xmlns='jabber:iq:register'/></iq>");
        m_state = State::RegisterForm;
        return true;
    }
    if (!m_authenticated)
        return startAuth(features);
    if (!xmlview::hasChild(features, "bind"))
        return failWith("server offers no resource binding");
    const std::string_view session = xmlview::childElement(features, "session");
    m_sessionRequired = !session.empty() && !xmlview::hasChild(session, "optional");
    send("<iq type='set' id='bind'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><resource>b" +
         std::to_string(m_index) + "</resource></bind></iq>");
    m_state = State::Bind;
    return true;
}

bool Session::startAuth(std::string_view features)
{
    const std::string_view wanted = mechName(m_config.options->mech);
    bool offered = false;
    for (size_t at = xmlview::findChild(features, "mechanism"); at != std::string_view::npos && !offered;
         at = xmlview::findChild(features, "mechanism", at + 1))
        offered = xmlview::childText(features, "mechanism", at) == wanted;
    if (!offered)
        return failWith(std::string("server does not offer ") + std::string(wanted));
    std::string initial;
    if (m_config.options->mech == Mech::Plain) {
        initial = plainMessage(m_user, m_config.options->password);
    } else {
        const auto hash =
            m_config.options->mech == Mech::ScramSha1 ? ScramClient::Hash::Sha1 : ScramClient::Hash::Sha256;
        m_scram = std::make_unique<ScramClient>(hash, m_user, m_config.options->password);
        initial = m_scram->clientFirst();
    }
    send("<auth xmlns='" + std::string(NsSasl) + "' mechanism='" + std::string(wanted) + "'>" +
         base64Encode(initial) + "</auth>");
    m_state = State::Sasl;
    return true;
}

bool Session::onSasl(std::string_view stanza)
{
    const std::string_view local = xmlview::localName(xmlview::name(stanza));
    const std::string_view text = xmlview::childText(stanza, xmlview::name(stanza), 0);
    std::string data;
    if (text != "=" && !base64Decode(text, data))
        return failWith("bad base64 in SASL " + std::string(local));
    if (local == "failure")
        return failWith("SASL failure: " + std::string(xmlview::firstChildName(stanza)));
    if (local == "challenge") {
        if (!m_scram)
            return failWith("unexpected SASL challenge");
        if (!m_finalSent) {
            std::string final, error;
            if (!m_scram->handleServerFirst(data, final, error))
                return failWith(error);
            send("<response xmlns='" + std::string(NsSasl) + "'>" + base64Encode(final) + "</response>");
            m_finalSent = true;
            return true;
        }
        if (!m_scram->verifyServerFinal(data))
            return failWith("SCRAM server signature mismatch");
        m_serverVerified = true;
        send("<response xmlns='" + std::string(NsSasl) + "'/>");
        return true;
    }
    if (local != "success")
        return true;
    if (m_scram && !m_serverVerified && !m_scram->verifyServerFinal(data))
        return failWith(data.empty() ? "SCRAM success without server signature"
                                     : "SCRAM server signature mismatch");
    m_scram.reset();
    m_authenticated = true;
    sendHeader();
    return false; // stream restart
}

bool Session::onBound(std::string_view stanza)
{
    const std::string_view type = xmlview::attribute(stanza, "type");
    if (type == "error")
        return failWith(std::string(m_state == State::Bind ? "bind" : "session") +
                        " refused: " + std::string(errorCondition(stanza)));
    if (type != "result")
        return true;
    if (m_state == State::Bind) {
        m_jid = xmlview::childText(stanza, "jid");
        if (m_jid.empty())
            return failWith("bind result without a JID");
        if (m_sessionRequired) {
            send("<iq type='set' id='sess'><session xmlns='urn:ietf:params:xml:ns:xmpp-session'/></iq>");
            m_state = State::SessionIq;
            return true;
        }
    }
    send("<presence/>");
    m_state = State::Presence;
    return true;
}

bool Session::onReadyStanza(std::string_view stanza)
{
    const std::string_view name = xmlview::name(stanza);
    if (name == "message") {
        if (xmlview::attribute(stanza, "type") == "error") {
            m_config.observer->stanzaError(*this, stanza);
            return true;
        }
        const std::string_view body = xmlview::childText(stanza, "body");
        if (!body.empty())
            m_config.observer->messageBody(*this, body);
        return true;
    }
    if (name == "iq") {
        const std::string_view type = xmlview::attribute(stanza, "type");
        const std::string id = quoteSafe(xmlview::attribute(stanza, "id"));
        const std::string from = quoteSafe(xmlview::attribute(stanza, "from"));
        const std::string to = from.empty() ? std::string() : " to='" + from + "'";
        if (type == "get" && xmlview::hasChild(stanza, "ping"))
            send("<iq type='result' id='" + id + "'" + to + "/>");
        else if (type == "get" || type == "set")
            send("<iq type='error' id='" + id + "'" + to +
                 "><error type='cancel'><service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                 "</error></iq>");
        return true;
    }
    if (name == "stream:error" || xmlview::localName(name) == "error")
        return failWith("stream error: " + std::string(xmlview::firstChildName(stanza)));
    return true;
}

} // namespace confab::bench
