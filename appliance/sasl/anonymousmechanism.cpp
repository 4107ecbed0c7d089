#include "sasl/anonymousmechanism.h"

#include "sasl/mechanisms.h"

#include <QRandomGenerator>
#include <QStringDecoder>

namespace confab::sasl {

namespace {

// 128 random bits, lower-case hex: always a valid, already-prepared localpart.
QString randomUserPart()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

QString AnonymousMechanism::name() const
{
    return QLatin1String(mech::Anonymous);
}

Step AnonymousMechanism::start(const QByteArray &initialResponse, bool hasInitialResponse)
{
    if (!hasInitialResponse)
        return Step::challenge({});
    return step(initialResponse);
}

Step AnonymousMechanism::step(const QByteArray &response)
{
    if (m_done)
        return Step::fail(Failure::MalformedRequest);
    m_done = true;
    // RFC 4505 §3: the trace is at most 255 UTF-8 characters (not bytes).
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString trace = decoder(response);
    if (decoder.hasError() || trace.toUcs4().size() > MaxTraceCharacters)
        return Step::fail(Failure::MalformedRequest);
    setAuthenticated(randomUserPart(), {});
    return Step::success();
}

} // namespace confab::sasl
