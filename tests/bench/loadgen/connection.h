#pragma once
// One client socket: non-blocking connect (optionally from a chosen source address), plaintext or
// OpenSSL client TLS started on the same descriptor (STARTTLS), an output buffer written once per
// wake-up, and reads in large chunks until the kernel (or OpenSSL) has nothing more — required by
// the edge-triggered registration.
#include "eventloop.h"
#include <netinet/in.h>
#include <openssl/ssl.h>
#include <string>
#include <string_view>

namespace confab::bench {

class Connection : public IoHandler
{
public:
    explicit Connection(EventLoop &loop) : m_loop(loop) {}
    ~Connection() override;

    // Starts a non-blocking connect; false with `error` when it could not even start.
    bool connectTo(const sockaddr_in &server, const in_addr *source, std::string &error);
    // Switches to TLS (after <proceed/>); output queued until the handshake is done.
    bool startTls(SSL_CTX *ctx, const std::string &serverName);
    void send(std::string_view data);
    // Closes without notifying the subclass. Sends a TLS close_notify when `graceful`.
    void closeNow(bool graceful = false);
    bool isOpen() const { return m_fd >= 0; }
    bool isSecure() const { return m_ssl != nullptr; }

    void onEvents(uint32_t events) override;
    void flush() override;

protected:
    virtual void transportConnected() = 0;
    virtual void transportSecured() = 0;
    virtual void transportData(const char *data, size_t n) = 0;
    // The connection is already closed when this is called.
    virtual void transportFailed(std::string_view reason) = 0;

private:
    enum class State { Closed, Connecting, Plain, Handshake, Secure };
    void readPlain();
    void readTls();
    void handshake();
    void fail(std::string_view reason);
    std::string tlsError(int ret, const char *what);

    EventLoop &m_loop;
    int m_fd = -1;
    SSL *m_ssl = nullptr;
    State m_state = State::Closed;
    std::string m_out;
    bool m_dirty = false;
};

} // namespace confab::bench
