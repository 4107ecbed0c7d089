#pragma once
// Read-only helpers over one serialized stanza (a view handed out by StanzaScanner): the element
// name, an attribute of the top-level tag, whether a child element occurs, a child's text. They
// search the bytes; that is enough for the few fixed elements the session state machine reads.
#include <string_view>

namespace confab::bench::xmlview {

inline bool isNameEnd(char c)
{
    return c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\r' || c == '\n';
}

// "<stream:features ...>" -> "stream:features"
inline std::string_view name(std::string_view stanza)
{
    size_t i = 1;
    while (i < stanza.size() && !isNameEnd(stanza[i]))
        ++i;
    return stanza.substr(1, i - 1);
}

inline std::string_view localName(std::string_view qname)
{
    const size_t colon = qname.find(':');
    return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

// The raw (unescaped) value of attribute `attr` in the stanza's first tag.
inline std::string_view attribute(std::string_view stanza, std::string_view attr)
{
    size_t i = 1 + name(stanza).size();
    while (i < stanza.size()) {
        while (i < stanza.size() &&
               (stanza[i] == ' ' || stanza[i] == '\t' || stanza[i] == '\r' || stanza[i] == '\n'))
            ++i;
        if (i >= stanza.size() || stanza[i] == '>' || stanza[i] == '/')
            return {};
        const size_t eq = stanza.find('=', i);
        if (eq == std::string_view::npos)
            return {};
        size_t nameEnd = eq;
        while (nameEnd > i && (stanza[nameEnd - 1] == ' ' || stanza[nameEnd - 1] == '\t'))
            --nameEnd;
        size_t q = eq + 1;
        while (q < stanza.size() && stanza[q] != '"' && stanza[q] != '\'')
            ++q;
        if (q >= stanza.size())
            return {};
        const size_t close = stanza.find(stanza[q], q + 1);
        if (close == std::string_view::npos)
            return {};
        if (stanza.substr(i, nameEnd - i) == attr)
            return stanza.substr(q + 1, close - q - 1);
        i = close + 1;
    }
    return {};
}

// Offset of the first child start tag `<childName` (exact name) after `from`, or npos.
inline size_t findChild(std::string_view stanza, std::string_view childName, size_t from = 1)
{
    while (true) {
        const size_t lt = stanza.find('<', from);
        if (lt == std::string_view::npos)
            return lt;
        const size_t end = lt + 1 + childName.size();
        if (end < stanza.size() && stanza.substr(lt + 1, childName.size()) == childName &&
            isNameEnd(stanza[end]))
            return lt;
        from = lt + 1;
    }
}

inline bool hasChild(std::string_view stanza, std::string_view childName)
{
    return findChild(stanza, childName) != std::string_view::npos;
}

// Text directly inside the first <childName>…</childName> (empty when self-closing or absent).
inline std::string_view childText(std::string_view stanza, std::string_view childName, size_t from = 1)
{
    const size_t at = findChild(stanza, childName, from);
    if (at == std::string_view::npos)
        return {};
    const size_t gt = stanza.find('>', at);
    if (gt == std::string_view::npos || stanza[gt - 1] == '/')
        return {};
    const size_t lt = stanza.find('<', gt);
    return lt == std::string_view::npos ? std::string_view{} : stanza.substr(gt + 1, lt - gt - 1);
}

// The whole child element <childName …/> or <childName …>…</childName> (first occurrence).
inline std::string_view childElement(std::string_view stanza, std::string_view childName)
{
    const size_t at = findChild(stanza, childName);
    if (at == std::string_view::npos)
        return {};
    const size_t gt = stanza.find('>', at);
    if (gt == std::string_view::npos)
        return {};
    if (stanza[gt - 1] == '/')
        return stanza.substr(at, gt + 1 - at);
    const size_t close = stanza.find("</", gt);
    return stanza.substr(at, close == std::string_view::npos ? std::string_view::npos : close - at);
}

// Name of the first child element (a stanza or stream error's condition), skipping <text>.
inline std::string_view firstChildName(std::string_view stanza, size_t from = 1)
{
    while (true) {
        const size_t lt = stanza.find('<', from);
        if (lt == std::string_view::npos || lt + 1 >= stanza.size() || stanza[lt + 1] == '/')
            return {};
        const std::string_view n = name(stanza.substr(lt));
        if (n != "text" && n != "error")
            return n;
        from = lt + 1;
    }
}

} // namespace confab::bench::xmlview
