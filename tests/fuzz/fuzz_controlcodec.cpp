// The control protocol's LineCodec (line-delimited JSON from a local client) on arbitrary bytes,
// fed in two chunks split where the first byte says, with a small line limit so the too-long
// path is reached too.
#include "shared/controlprotocol.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype split = data[0] % size;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    confab::control::LineCodec codec(64 + (data[0] & 0x3f) * 16);
    for (const QByteArray &chunk : {bytes.left(split), bytes.mid(split)}) {
        for (const auto &item : codec.feed(chunk)) {
            // Re-encoding what was decoded must not crash either (responses go back this way).
            if (item.message) {
                if (const auto *r = std::get_if<confab::control::Request>(&*item.message))
                    (void)confab::control::encode(*r);
                else if (const auto *e = std::get_if<confab::control::Event>(&*item.message))
                    (void)confab::control::encode(*e);
                else
                    (void)confab::control::encode(std::get<confab::control::Response>(*item.message));
            }
        }
    }
    return 0;
}
