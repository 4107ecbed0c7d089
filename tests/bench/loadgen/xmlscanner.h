#pragma once
// Splits an XMPP stream into its header and its top-level stanzas (depth-1 elements) without
// building a tree: memchr to the next '<', a quote-aware search for the tag's '>', a depth count.
// Complete stanzas are handed out as views into the buffer; only an unfinished stanza's bytes are
// kept between reads. Comments and processing instructions are skipped; CDATA is not supported
// (XMPP forbids it in practice and no server under test sends it).
#include <cstring>
#include <string>
#include <string_view>

namespace confab::bench {

class StanzaScanner
{
public:
    // Handler: bool onHeader(std::string_view openTag); bool onStanza(std::string_view stanza);
    // bool onStreamEnd(). Returning false stops scanning, drops the rest of the input and
    // resets the scanner for a new stream (STARTTLS, SASL success, session closed).
    template <class Handler> void feed(const char *data, size_t n, Handler &h);
    void reset()
    {
        m_pending.clear();
        m_pending.shrink_to_fit();
        m_resume = 0;
        m_stanzaStart = 0;
        m_depth = 0;
    }
    bool malformed() const { return m_depth < 0; }

private:
    template <class Handler> size_t scan(const char *b, size_t n, Handler &h, bool &stopped);
    static size_t tagEnd(const char *b, size_t from, size_t n);

    std::string m_pending;    // unconsumed bytes: an unfinished stanza or tag
    size_t m_resume = 0;      // where scanning continues inside m_pending
    size_t m_stanzaStart = 0; // start of the open stanza (depth >= 2) inside the scanned buffer
    int m_depth = 0;
};

inline size_t StanzaScanner::tagEnd(const char *b, size_t from, size_t n)
{
    for (size_t i = from; i < n; ++i) {
        const char c = b[i];
        if (c == '>')
            return i;
        if (c == '"' || c == '\'') {
            const void *q = std::memchr(b + i + 1, c, n - i - 1);
            if (!q)
                return std::string_view::npos;
            i = size_t(static_cast<const char *>(q) - b);
        }
    }
    return std::string_view::npos;
}

// Scans b[m_resume..n); returns the offset from which bytes must be kept (n when none) and leaves
// in m_resume the offset where the next scan continues.
template <class Handler> size_t StanzaScanner::scan(const char *b, size_t n, Handler &h, bool &stopped)
{
    size_t i = m_resume;
    const auto incomplete = [&](size_t at) {
        m_resume = at;
        return m_depth >= 2 ? m_stanzaStart : at;
    };
    while (i < n) {
        const void *lt = std::memchr(b + i, '<', n - i);
        if (!lt)
            break;
        i = size_t(static_cast<const char *>(lt) - b);
        if (i + 1 >= n)
            return incomplete(i);
        const char c = b[i + 1];
        size_t end;
        if (c == '?' || c == '!') {
            const std::string_view rest(b + i, n - i);
            const size_t close = rest.find(c == '?' ? "?>" : "-->");
            if (close == std::string_view::npos)
                return incomplete(i);
            i += close + (c == '?' ? 2 : 3);
            continue;
        }
        end = tagEnd(b, i + 1, n);
        if (end == std::string_view::npos)
            return incomplete(i);
        const bool selfClosing = b[end - 1] == '/';
        bool go = true;
        if (c == '/') {
            --m_depth;
            if (m_depth == 1)
                go = h.onStanza(std::string_view(b + m_stanzaStart, end + 1 - m_stanzaStart));
            else if (m_depth <= 0)
                go = h.onStreamEnd();
        } else if (m_depth == 0) {
            go = h.onHeader(std::string_view(b + i, end + 1 - i));
            m_depth = selfClosing ? 0 : 1;
        } else if (m_depth == 1) {
            if (selfClosing)
                go = h.onStanza(std::string_view(b + i, end + 1 - i));
            else
                m_stanzaStart = i, m_depth = 2;
        } else if (!selfClosing) {
            ++m_depth;
        }
        i = end + 1;
        if (!go) {
            stopped = true;
            return n;
        }
    }
    return incomplete(n);
}

template <class Handler> void StanzaScanner::feed(const char *data, size_t n, Handler &h)
{
    bool stopped = false;
    if (m_pending.empty()) {
        m_resume = 0;
        const size_t keep = scan(data, n, h, stopped);
        if (stopped) {
            reset();
            return;
        }
        if (keep < n) {
            m_pending.assign(data + keep, n - keep);
            m_resume -= keep;
            if (m_depth >= 2)
                m_stanzaStart -= keep;
        }
        return;
    }
    m_pending.append(data, n);
    const size_t keep = scan(m_pending.data(), m_pending.size(), h, stopped);
    if (stopped) {
        reset();
        return;
    }
    m_resume -= keep;
    if (m_depth >= 2)
        m_stanzaStart -= keep;
    m_pending.erase(0, keep);
    if (m_pending.empty())
        m_pending.shrink_to_fit();
}

} // namespace confab::bench
