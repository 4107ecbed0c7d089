#pragma once

namespace confab::bench {
// RFC 5802/7677 SCRAM vectors and the stanza scanner; reasons go to stderr.
bool selfTest();
} // namespace confab::bench
