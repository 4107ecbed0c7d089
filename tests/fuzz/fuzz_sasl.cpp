// SASL server mechanisms on arbitrary client messages: SCRAM (client-first, client-final, and one
// step too many) against a fixed account and a fixed server nonce, so RFC 5802 / RFC 7677 seeds
// reach the proof check and success; and PLAIN. The first byte picks the mechanism and context,
// the rest is split at the first newline into the messages.
#include "sasl/plainmechanism.h"
#include "sasl/scrammechanism.h"

#include <QList>

#include <cstdint>

using namespace confab;
using namespace confab::sasl;
using auth::ScramHash;

namespace {

// "user" / "pencil" with the RFC example salts; derived once (4096 PBKDF2 rounds per input would
// make the fuzzer crawl).
const auth::ScramCredentials &credentials(ScramHash hash)
{
    static const auth::ScramCredentials sha1 =
        auth::deriveCredentials(ScramHash::Sha1, "pencil", QByteArray::fromBase64("QSXCR+Q6sek8bf92"), 4096);
    static const auth::ScramCredentials sha256 = auth::deriveCredentials(
        ScramHash::Sha256, "pencil", QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096);
    return hash == ScramHash::Sha1 ? sha1 : sha256;
}

Backend backend()
{
    Backend b;
    b.scramCredentials = [](const QString &user, ScramHash hash) -> std::optional<auth::ScramCredentials> {
        if (user != QLatin1String("user"))
            return std::nullopt;
        return credentials(hash);
    };
    b.checkPassword = [](const QString &user, const QString &password) {
        return user == QLatin1String("user") && password == QLatin1String("pencil");
    };
    return b;
}

void run(Mechanism &mechanism, const QList<QByteArray> &messages)
{
    Step step = mechanism.start(messages.value(0), !messages.isEmpty());
    for (qsizetype i = 1; i < messages.size() && step.kind == Step::Challenge; ++i)
        step = mechanism.step(messages[i]);
    if (step.kind != Step::Failure)
        (void)mechanism.step(QByteArray("x")); // a step after the end must fail, not crash
    (void)mechanism.authenticatedUser();
    (void)mechanism.attemptedUser();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t mode = data[0];
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QList<QByteArray> messages = rest.split('\n').mid(0, 3);

    Context context;
    context.domain = QStringLiteral("example.com");
    context.tlsActive = mode & 0x10;
    if (context.tlsActive)
        context.tlsServerEndPoint = QByteArray(32, '\x5a');
    context.channelBindingOffered = mode & 0x20;
    context.tolerateBindingTypeMismatch = mode & 0x40;

    switch (mode % 5) {
    case 0:
    case 1:
    case 2:
    case 3: {
        MechanismOptions options;
        const ScramHash hash = mode & 1 ? ScramHash::Sha256 : ScramHash::Sha1;
        // The RFC examples' server nonces, so the examples' client-final messages verify.
        options.fixedNonce = hash == ScramHash::Sha1 ? QByteArray("3rfcNHYJY1ZVvWVs7j")
                                                     : QByteArray("%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0");
        ScramMechanism scram(hash, mode & 2, backend(), context, options);
        run(scram, messages);
        break;
    }
    default: {
        PlainMechanism plain(backend(), context);
        run(plain, {rest});
        break;
    }
    }
    (void)ScramMechanism::decodeSaslName(rest);
    return 0;
}
