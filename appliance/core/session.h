#pragma once
// A bound client resource as the router sees it: something with a full JID that stanzas can be
// delivered to. ClientSession implements it; the core never touches sockets.
#include "shared/jid.h"
#include "xml/streamerror.h"
#include <QString>

namespace confab::xml {
class Element;
}

namespace confab::core {

class Session
{
public:
    virtual ~Session() = default;
    virtual const Jid &jid() const = 0; // full JID once bound
    virtual QString id() const = 0;     // connection id as a string, for the control socket
    // Writes the stanza to this session's stream (its `to` is already set by the sender).
    virtual void deliver(const xml::Element &stanza) = 0;
    // Ends the stream with a stream error (e.g. <conflict/> when a newer session takes the resource).
    virtual void closeWithError(xml::StreamErrorCondition condition, const QString &text = {}) = 0;

    // Presence state the delivery rules (RFC 6121 §8) need: set by the presence handling.
    bool isAvailable() const { return m_available; }
    int priority() const { return m_priority; }
    void setPresence(bool available, int priority)
    {
        m_available = available;
        m_priority = priority;
    }
    bool isInterested() const { return m_interested; } // requested the roster (RFC 6121 §2.1.6)
    void setInterested(bool v) { m_interested = v; }

private:
    bool m_available = false;
    int m_priority = 0;
    bool m_interested = false;
};

} // namespace confab::core
