#pragma once
// Client side of SCRAM-SHA-1 / SCRAM-SHA-256 (RFC 5802, RFC 7677) without channel binding
// (gs2 header "n,,"), plus PLAIN. SaltedPassword is cached per (password, salt, iterations, hash)
// as real clients do, so repeated logins do not make PBKDF2 the generator's bottleneck; the cache
// can be kept in a file between runs (--scram-cache), so that a run's logins are those of clients
// that logged in before, whichever process that was.
#include <cstddef>
#include <string>
#include <string_view>

namespace confab::bench {

std::string base64Encode(std::string_view in);
bool base64Decode(std::string_view in, std::string &out);

class ScramClient
{
public:
    enum class Hash { Sha1, Sha256 };
    ScramClient(Hash hash, std::string_view user, std::string_view password, std::string clientNonce = {});

    // The client-first-message (not base64).
    std::string clientFirst() const;
    // Consumes the server-first-message; on success fills the client-final-message.
    bool handleServerFirst(std::string_view serverFirst, std::string &clientFinal, std::string &error);
    // Checks v= of the server-final-message against the expected ServerSignature.
    bool verifyServerFinal(std::string_view serverFinal) const;

private:
    std::string saltedPassword(const std::string &salt, int iterations) const;

    Hash m_hash;
    std::string m_user;
    std::string m_password;
    std::string m_nonce;
    std::string m_expectedServerSignature; // raw bytes
};

// The cache file: one line per entry, "sha1|sha256 ITERATIONS base64(password) base64(salt)
// base64(salted)". A missing file is an empty cache; lines that do not parse are skipped.
bool loadScramCache(const std::string &path, std::string &error);
bool saveScramCache(const std::string &path, std::string &error);
std::size_t scramCacheSize();

std::string plainMessage(std::string_view user, std::string_view password);

// RFC 5802 §5 and RFC 7677 §3 example exchanges; prints what failed to stderr.
bool scramSelfTest();

} // namespace confab::bench
