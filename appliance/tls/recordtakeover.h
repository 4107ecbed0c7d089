#pragma once
// Handing a connection's TLS 1.3 records from OpenSSL to Tls13Records once its handshake is done.
//
// The application traffic secrets come from OpenSSL's key-log callback (kept in memory for this
// connection only, wiped after use) and the sequence numbers from its message callback, which sees
// every record header OpenSSL reads or writes: each side's records are counted from its Finished
// message on. A connection that cannot be taken over (TLS 1.2, a CCM suite, bytes OpenSSL has
// already buffered) stays with OpenSSL. CONFAB_TLS_RECORDS=openssl in confabd's environment keeps
// every connection with OpenSSL (for comparison).
#include "tls/tls13records.h"
#include <memory>

using SSL = struct ssl_st;
using SSL_CTX = struct ssl_ctx_st;

namespace confab::tls {

// Installs the key-log callback on a server context (once, when it is built).
void prepareRecordTakeover(SSL_CTX *ctx);
// Starts watching a connection's handshake for its secrets and record counts; call before the
// handshake. Does nothing with CONFAB_TLS_RECORDS=openssl (or out of memory): the records then
// stay with OpenSSL.
void tapHandshake(SSL *ssl);
// After SSL_do_handshake() succeeded: record protection for this connection, or nullptr if it
// stays with OpenSSL. On success the caller frees the SSL object and does all further I/O itself.
std::unique_ptr<Tls13Records> takeOverRecords(SSL *ssl);

} // namespace confab::tls
