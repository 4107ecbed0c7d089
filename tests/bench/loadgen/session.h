#pragma once
// One XMPP client session on top of a Connection: stream header, STARTTLS, SASL (SCRAM-SHA-1/256
// with server signature check, or PLAIN), stream restarts, resource binding, the session element
// when required, initial presence and its echo — or XEP-0077 registration instead of logging in.
// It reports progress to a SessionObserver; message bodies received once ready go there too.
#include "connection.h"
#include "options.h"
#include "scram.h"
#include "xmlscanner.h"
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace confab::bench {

class Session;

class SessionObserver
{
public:
    virtual ~SessionObserver() = default;
    // Registered, or logged in (own presence echoed).
    virtual void sessionReady(Session &s) = 0;
    // The session ended; `ok` when it had become ready and then closed normally.
    virtual void sessionFinished(Session &s, bool ok, std::string_view reason) = 0;
    // A <message/> with a body arrived at a ready session (body text as received).
    virtual void messageBody(Session &s, std::string_view body) = 0;
    // A stanza of type 'error' arrived at a ready session.
    virtual void stanzaError(Session &s, std::string_view stanza) = 0;
};

struct SessionConfig
{
    const Options *options = nullptr;
    SSL_CTX *tls = nullptr;
    SessionObserver *observer = nullptr;
};

class Session final : public Connection
{
public:
    enum class Mode { Register, Login };
    Session(EventLoop &loop, const SessionConfig &config, int index);

    bool start(Mode mode, const in_addr *source, std::string &error);
    // Sends </stream:stream> and waits for the server's close (or EOF).
    void closeStream();
    void abort(std::string_view reason); // force-closes; reported as a failure
    int index() const { return m_index; }
    bool ready() const { return m_state == State::Ready; }
    bool finished() const { return m_state == State::Done; }
    const std::string &user() const { return m_user; }
    int64_t startedNs() const { return m_startedNs; }
    const char *stateName() const;

    // StanzaScanner handler.
    bool onHeader(std::string_view tag);
    bool onStanza(std::string_view stanza);
    bool onStreamEnd();

protected:
    void transportConnected() override;
    void transportSecured() override;
    void transportData(const char *data, size_t n) override;
    void transportFailed(std::string_view reason) override;

private:
    enum class State {
        Idle,
        Connecting,
        Features,
        Proceed,
        RegisterForm,
        RegisterResult,
        Sasl,
        Bind,
        SessionIq,
        Presence,
        Ready,
        Closing,
        Done
    };
    void sendHeader();
    bool onFeatures(std::string_view features);
    bool startAuth(std::string_view features);
    bool onSasl(std::string_view stanza);
    bool onBound(std::string_view stanza);
    bool onReadyStanza(std::string_view stanza);
    void sendPresence();
    bool failWith(std::string_view reason); // finishes; returns false (stop scanning)
    void finish(bool ok, std::string_view reason);

    const SessionConfig &m_config;
    int m_index;
    Mode m_mode = Mode::Login;
    State m_state = State::Idle;
    bool m_authenticated = false;
    bool m_sessionRequired = false;
    bool m_serverVerified = false;
    bool m_finalSent = false;
    bool m_inScan = false;
    int64_t m_startedNs = 0;
    std::string m_user;
    std::string m_jid; // full JID after binding
    StanzaScanner m_scanner;
    std::unique_ptr<ScramClient> m_scram; // only while authenticating
};

} // namespace confab::bench
