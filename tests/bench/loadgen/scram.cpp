// Low-level SHA contexts are deprecated in OpenSSL 3 but are plain structs that can be copied,
// which makes PBKDF2 about three times cheaper than the EVP route (no allocation per iteration).
#define OPENSSL_SUPPRESS_DEPRECATED
#include "scram.h"
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <tuple>

namespace confab::bench {
namespace {

const EVP_MD *md(ScramClient::Hash h)
{
    return h == ScramClient::Hash::Sha1 ? EVP_sha1() : EVP_sha256();
}

std::string hmac(const EVP_MD *m, std::string_view key, std::string_view data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(m, key.data(), int(key.size()), reinterpret_cast<const unsigned char *>(data.data()), data.size(),
         out, &len);
    return std::string(reinterpret_cast<char *>(out), len);
}

std::string digest(const EVP_MD *m, std::string_view data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(data.data(), data.size(), out, &len, m, nullptr);
    return std::string(reinterpret_cast<char *>(out), len);
}

// "a=1,b=2": the value of attribute `name` (one letter).
bool scramAttr(std::string_view msg, char name, std::string_view &value)
{
    size_t pos = 0;
    while (pos < msg.size()) {
        size_t end = msg.find(',', pos);
        if (end == std::string_view::npos)
            end = msg.size();
        if (end - pos >= 2 && msg[pos] == name && msg[pos + 1] == '=') {
            value = msg.substr(pos + 2, end - pos - 2);
            return true;
        }
        pos = end + 1;
    }
    return false;
}

std::string saslName(std::string_view user)
{
    std::string out;
    for (char c : user) {
        if (c == '=')
            out += "=3D";
        else if (c == ',')
            out += "=2C";
        else
            out += c;
    }
    return out;
}

struct Sha1Traits
{
    using Ctx = SHA_CTX;
    static constexpr size_t Len = SHA_DIGEST_LENGTH;
    static void init(Ctx *c) { SHA1_Init(c); }
    static void update(Ctx *c, const void *d, size_t n) { SHA1_Update(c, d, n); }
    static void final(unsigned char *out, Ctx *c) { SHA1_Final(out, c); }
};

struct Sha256Traits
{
    using Ctx = SHA256_CTX;
    static constexpr size_t Len = SHA256_DIGEST_LENGTH;
    static void init(Ctx *c) { SHA256_Init(c); }
    static void update(Ctx *c, const void *d, size_t n) { SHA256_Update(c, d, n); }
    static void final(unsigned char *out, Ctx *c) { SHA256_Final(out, c); }
};

// PBKDF2-HMAC with dkLen = hLen (one block), the HMAC pad states computed once.
template <class T> std::string pbkdf2(std::string_view password, std::string_view salt, int iterations)
{
    unsigned char key[64] = {};
    if (password.size() > 64) {
        typename T::Ctx c;
        T::init(&c);
        T::update(&c, password.data(), password.size());
        T::final(key, &c);
    } else {
        std::memcpy(key, password.data(), password.size());
    }
    unsigned char ipad[64], opad[64];
    for (int i = 0; i < 64; ++i)
        ipad[i] = key[i] ^ 0x36, opad[i] = key[i] ^ 0x5c;
    typename T::Ctx inner, outer, c;
    T::init(&inner);
    T::update(&inner, ipad, 64);
    T::init(&outer);
    T::update(&outer, opad, 64);
    unsigned char u[T::Len], tmp[T::Len], result[T::Len];
    static const unsigned char blockIndex[4] = {0, 0, 0, 1};
    c = inner;
    T::update(&c, salt.data(), salt.size());
    T::update(&c, blockIndex, 4);
    T::final(tmp, &c);
    c = outer;
    T::update(&c, tmp, T::Len);
    T::final(u, &c);
    std::memcpy(result, u, T::Len);
    for (int i = 1; i < iterations; ++i) {
        c = inner;
        T::update(&c, u, T::Len);
        T::final(tmp, &c);
        c = outer;
        T::update(&c, tmp, T::Len);
        T::final(u, &c);
        for (size_t j = 0; j < T::Len; ++j)
            result[j] ^= u[j];
    }
    return std::string(reinterpret_cast<char *>(result), T::Len);
}

using CacheKey = std::tuple<std::string, std::string, int, int>;
std::map<CacheKey, std::string> &saltedCache()
{
    static std::map<CacheKey, std::string> cache;
    return cache;
}

} // namespace

std::string base64Encode(std::string_view in)
{
    std::string out(4 * ((in.size() + 2) / 3), '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char *>(out.data()),
                                  reinterpret_cast<const unsigned char *>(in.data()), int(in.size()));
    out.resize(size_t(n));
    return out;
}

bool base64Decode(std::string_view in, std::string &out)
{
    while (!in.empty() && (in.back() == '\n' || in.back() == '\r' || in.back() == ' '))
        in.remove_suffix(1);
    if (in.size() % 4 != 0)
        return false;
    out.assign(in.size() / 4 * 3, '\0');
    const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char *>(out.data()),
                                  reinterpret_cast<const unsigned char *>(in.data()), int(in.size()));
    if (n < 0)
        return false;
    size_t len = size_t(n);
    for (size_t i = in.size(); i > 0 && in[i - 1] == '='; --i)
        --len; // EVP_DecodeBlock counts padding as zero bytes
    out.resize(len);
    return true;
}

bool loadScramCache(const std::string &path, std::string &error)
{
    std::ifstream in(path);
    if (!in) {
        if (errno == ENOENT)
            return true; // nothing cached yet
        error = "cannot read " + path + ": " + std::strerror(errno);
        return false;
    }
    std::string hashName, password64, salt64, salted64, password, salt, salted;
    int iterations = 0;
    while (in >> hashName >> iterations >> password64 >> salt64 >> salted64) {
        if ((hashName != "sha1" && hashName != "sha256") || iterations <= 0 ||
            !base64Decode(password64, password) || !base64Decode(salt64, salt) ||
            !base64Decode(salted64, salted))
            continue;
        const auto hash = hashName == "sha1" ? ScramClient::Hash::Sha1 : ScramClient::Hash::Sha256;
        if (salted.size() != (hash == ScramClient::Hash::Sha1 ? Sha1Traits::Len : Sha256Traits::Len))
            continue;
        saltedCache()[CacheKey{password, salt, iterations, int(hash)}] = salted;
    }
    return true;
}

bool saveScramCache(const std::string &path, std::string &error)
{
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        for (const auto &[key, salted] : saltedCache()) {
            const auto &[password, salt, iterations, hash] = key;
            out << (hash == int(ScramClient::Hash::Sha1) ? "sha1" : "sha256") << ' ' << iterations << ' '
                << base64Encode(password) << ' ' << base64Encode(salt) << ' ' << base64Encode(salted) << '\n';
        }
        if (!out.flush()) {
            error = "cannot write " + temporary;
            return false;
        }
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        error = "cannot replace " + path + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

std::size_t scramCacheSize()
{
    return saltedCache().size();
}

ScramClient::ScramClient(Hash hash, std::string_view user, std::string_view password, std::string clientNonce)
    : m_hash(hash), m_user(saslName(user)), m_password(password), m_nonce(std::move(clientNonce))
{
    if (m_nonce.empty()) {
        unsigned char raw[18];
        RAND_bytes(raw, sizeof raw);
        m_nonce = base64Encode(std::string_view(reinterpret_cast<char *>(raw), sizeof raw));
    }
}

std::string ScramClient::clientFirst() const
{
    return "n,,n=" + m_user + ",r=" + m_nonce;
}

std::string ScramClient::saltedPassword(const std::string &salt, int iterations) const
{
    CacheKey key{m_password, salt, iterations, int(m_hash)};
    auto &cache = saltedCache();
    if (auto it = cache.find(key); it != cache.end())
        return it->second;
    std::string out = m_hash == Hash::Sha1 ? pbkdf2<Sha1Traits>(m_password, salt, iterations)
                                           : pbkdf2<Sha256Traits>(m_password, salt, iterations);
    cache.emplace(std::move(key), out);
    return out;
}

bool ScramClient::handleServerFirst(std::string_view serverFirst, std::string &clientFinal,
                                    std::string &error)
{
    std::string_view nonce, salt64, iter;
    if (!scramAttr(serverFirst, 'r', nonce) || !scramAttr(serverFirst, 's', salt64) ||
        !scramAttr(serverFirst, 'i', iter)) {
        error = "malformed SCRAM server-first-message";
        return false;
    }
    if (nonce.substr(0, m_nonce.size()) != m_nonce || nonce.size() <= m_nonce.size()) {
        error = "SCRAM server nonce does not extend the client nonce";
        return false;
    }
    std::string salt;
    const int iterations = std::atoi(std::string(iter).c_str());
    if (!base64Decode(salt64, salt) || iterations < 1) {
        error = "bad SCRAM salt or iteration count";
        return false;
    }
    const EVP_MD *m = md(m_hash);
    const std::string salted = saltedPassword(salt, iterations);
    const std::string clientKey = hmac(m, salted, "Client Key");
    const std::string storedKey = digest(m, clientKey);
    const std::string withoutProof = "c=biws,r=" + std::string(nonce);
    const std::string authMessage =
        clientFirst().substr(3) + "," + std::string(serverFirst) + "," + withoutProof;
    std::string proof = hmac(m, storedKey, authMessage);
    for (size_t i = 0; i < proof.size(); ++i)
        proof[i] = char(proof[i] ^ clientKey[i]);
    m_expectedServerSignature = hmac(m, hmac(m, salted, "Server Key"), authMessage);
    clientFinal = withoutProof + ",p=" + base64Encode(proof);
    return true;
}

bool ScramClient::verifyServerFinal(std::string_view serverFinal) const
{
    std::string_view v64;
    std::string v;
    return !m_expectedServerSignature.empty() && scramAttr(serverFinal, 'v', v64) && base64Decode(v64, v) &&
           v == m_expectedServerSignature;
}

std::string plainMessage(std::string_view user, std::string_view password)
{
    std::string m;
    m += '\0';
    m += user;
    m += '\0';
    m += password;
    return m;
}

bool scramSelfTest()
{
    struct Vector
    {
        ScramClient::Hash hash;
        const char *nonce, *serverFirst, *clientFinal, *serverFinal;
    };
    static const Vector vectors[] = {
        {ScramClient::Hash::Sha1, "fyko+d2lbbFgONRv9qkxdawL",
         "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096",
         "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=",
         "v=rmF9pqV8S7suAoZWja4dJRkFsKQ="},
        {ScramClient::Hash::Sha256, "rOprNGfwEbeRWgbNEkqO",
         "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
         "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+"
         "Ute9ytag9zjfMHgsqmmiz7AndVQ=",
         "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="},
    };
    bool ok = true;
    for (const Vector &v : vectors) {
        const char *name = v.hash == ScramClient::Hash::Sha1 ? "SCRAM-SHA-1" : "SCRAM-SHA-256";
        for (int round = 0; round < 2; ++round) { // the second round goes through the cache
            ScramClient c(v.hash, "user", "pencil", v.nonce);
            std::string final, error;
            if (c.clientFirst() != std::string("n,,n=user,r=") + v.nonce) {
                std::fprintf(stderr, "self-test %s: client-first differs\n", name);
                ok = false;
            }
            if (!c.handleServerFirst(v.serverFirst, final, error) || final != v.clientFinal) {
                std::fprintf(stderr, "self-test %s: client-final differs: %s %s\n", name, final.c_str(),
                             error.c_str());
                ok = false;
            }
            if (!c.verifyServerFinal(v.serverFinal) || c.verifyServerFinal("v=AAAA")) {
                std::fprintf(stderr, "self-test %s: server signature check wrong\n", name);
                ok = false;
            }
        }
    }
    // The hand-rolled PBKDF2 against OpenSSL's, with a password longer than the HMAC block.
    const std::string longPassword(100, 'p');
    unsigned char reference[SHA256_DIGEST_LENGTH];
    PKCS5_PBKDF2_HMAC(longPassword.data(), int(longPassword.size()),
                      reinterpret_cast<const unsigned char *>("salt"), 4, 7, EVP_sha256(), sizeof reference,
                      reference);
    if (pbkdf2<Sha256Traits>(longPassword, "salt", 7) !=
        std::string(reinterpret_cast<char *>(reference), sizeof reference)) {
        std::fprintf(stderr, "self-test: PBKDF2 differs from OpenSSL's\n");
        ok = false;
    }
    std::string decoded;
    if (base64Encode(plainMessage("u", "p")) != "AHUAcA==" || !base64Decode("AHUAcA==", decoded) ||
        decoded != plainMessage("u", "p")) {
        std::fprintf(stderr, "self-test: base64/PLAIN wrong\n");
        ok = false;
    }
    return ok;
}

} // namespace confab::bench
