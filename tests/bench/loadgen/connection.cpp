#include "connection.h"
#include <cerrno>
#include <cstring>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace confab::bench {
namespace {
// One thread, so one read buffer serves every connection; data is consumed before the next read.
char g_readBuffer[256 * 1024];
} // namespace

Connection::~Connection()
{
    closeNow();
}

bool Connection::connectTo(const sockaddr_in &server, const in_addr *source, std::string &error)
{
    m_fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        error = std::string("socket: ") + std::strerror(errno);
        return false;
    }
    const int one = 1;
    setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (source) {
        // Pick the port at connect() time so the 4-tuple, not the source port alone, has to be unique.
        setsockopt(m_fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
        sockaddr_in local{};
        local.sin_family = AF_INET;
        local.sin_addr = *source;
        if (bind(m_fd, reinterpret_cast<const sockaddr *>(&local), sizeof local) != 0) {
            error = std::string("bind: ") + std::strerror(errno);
            closeNow();
            return false;
        }
    }
    if (connect(m_fd, reinterpret_cast<const sockaddr *>(&server), sizeof server) != 0 &&
        errno != EINPROGRESS) {
        error = std::string("connect: ") + std::strerror(errno);
        closeNow();
        return false;
    }
    m_state = State::Connecting;
    if (!m_loop.add(m_fd, this, EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET)) {
        error = std::string("epoll_ctl: ") + std::strerror(errno);
        closeNow();
        return false;
    }
    return true;
}

bool Connection::startTls(SSL_CTX *ctx, const std::string &serverName)
{
    m_ssl = SSL_new(ctx);
    if (!m_ssl || SSL_set_fd(m_ssl, m_fd) != 1)
        return false;
    SSL_set_tlsext_host_name(m_ssl, serverName.c_str());
    SSL_set_connect_state(m_ssl);
    m_state = State::Handshake;
    handshake();
    return true;
}

void Connection::send(std::string_view data)
{
    if (m_fd < 0)
        return;
    m_out.append(data);
    if (!m_dirty) {
        m_dirty = true;
        m_loop.markDirty(this);
    }
}

void Connection::closeNow(bool graceful)
{
    if (m_ssl) {
        if (graceful && m_state == State::Secure)
            SSL_shutdown(m_ssl); // one try: queues close_notify, never waits
        SSL_free(m_ssl);
        m_ssl = nullptr;
        ERR_clear_error();
    }
    if (m_fd >= 0)
        close(m_fd); // also leaves the epoll set
    m_fd = -1;
    m_state = State::Closed;
    std::string().swap(m_out);
}

void Connection::fail(std::string_view reason)
{
    const std::string copy(reason);
    closeNow();
    transportFailed(copy);
}

std::string Connection::tlsError(int ret, const char *what)
{
    const int err = SSL_get_error(m_ssl, ret);
    const int sysErrno = errno;
    std::string msg = what;
    if (err == SSL_ERROR_ZERO_RETURN)
        msg += ": server closed TLS";
    else if (err == SSL_ERROR_SYSCALL && ERR_peek_error() == 0)
        msg += sysErrno ? std::string(": ") + std::strerror(sysErrno) : ": connection closed by server";
    else {
        char buf[256];
        ERR_error_string_n(ERR_get_error(), buf, sizeof buf);
        msg += std::string(": ") + buf;
    }
    ERR_clear_error();
    return msg;
}

void Connection::onEvents(uint32_t events)
{
    if (m_state == State::Connecting) {
        int err = 0;
        socklen_t len = sizeof err;
        getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &err, &len);
        if (err)
            return fail(std::string("connect: ") + std::strerror(err));
        if (!(events & (EPOLLOUT | EPOLLERR | EPOLLHUP)))
            return;
        m_state = State::Plain;
        transportConnected();
        if (m_fd < 0)
            return;
    }
    if (m_state == State::Handshake)
        handshake();
    if (m_state == State::Plain)
        readPlain();
    else if (m_state == State::Secure)
        readTls();
    if (m_fd >= 0 && !m_out.empty() && (events & EPOLLOUT))
        flush();
}

void Connection::handshake()
{
    const int r = SSL_do_handshake(m_ssl);
    if (r == 1) {
        m_state = State::Secure;
        transportSecured();
        // OpenSSL may already hold bytes it read ahead; the edge-triggered fd would not say so.
        if (m_state == State::Secure)
            readTls();
        return;
    }
    const int err = SSL_get_error(m_ssl, r);
    if (err != SSL_ERROR_WANT_READ && err != SSL_ERROR_WANT_WRITE)
        fail(tlsError(r, "TLS handshake"));
}

void Connection::readPlain()
{
    while (m_state == State::Plain) {
        const ssize_t n = read(m_fd, g_readBuffer, sizeof g_readBuffer);
        if (n > 0) {
            transportData(g_readBuffer, size_t(n));
            continue;
        }
        if (n == 0)
            return fail("connection closed by server");
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return;
        if (errno != EINTR)
            return fail(std::string("read: ") + std::strerror(errno));
    }
    if (m_state == State::Handshake)
        handshake(); // <proceed/> arrived in this read
}

void Connection::readTls()
{
    while (m_state == State::Secure) {
        const int n = SSL_read(m_ssl, g_readBuffer, sizeof g_readBuffer);
        if (n > 0) {
            transportData(g_readBuffer, size_t(n));
            continue;
        }
        const int err = SSL_get_error(m_ssl, n);
        if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
            return;
        return fail(tlsError(n, "TLS read"));
    }
}

void Connection::flush()
{
    m_dirty = false;
    if (m_out.empty() || (m_state != State::Plain && m_state != State::Secure))
        return;
    size_t done = 0;
    while (done < m_out.size()) {
        if (m_state == State::Plain) {
            const ssize_t n = write(m_fd, m_out.data() + done, m_out.size() - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                break;
            if (n < 0)
                return fail(std::string("write: ") + std::strerror(errno));
            done += size_t(n);
        } else {
            const int n = SSL_write(m_ssl, m_out.data() + done, int(m_out.size() - done));
            if (n > 0) {
                done += size_t(n);
                continue;
            }
            const int err = SSL_get_error(m_ssl, n);
            if (err == SSL_ERROR_WANT_WRITE || err == SSL_ERROR_WANT_READ)
                break;
            return fail(tlsError(n, "TLS write"));
        }
    }
    if (done == m_out.size()) {
        m_out.clear();
        if (m_out.capacity() > 16384)
            std::string().swap(m_out);
    } else {
        m_out.erase(0, done);
    }
}

} // namespace confab::bench
