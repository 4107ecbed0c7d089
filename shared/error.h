#pragma once
// An error a peer or an admin caused: a stable code (e.g. "domain.exists"), the English message
// (a catalog text in the "Errors" context, with {name} arguments) and the arguments. Used by the
// stores, the control protocol and both front ends, which translate the message from the code.
#include <QJsonObject>
#include <QString>
#include <optional>
#include <variant>

namespace confab {

struct Error
{
    QString code;
    QString message; // English, with {name} placeholders already substituted
    QJsonObject args;

    QJsonObject toJson() const;
    static Error fromJson(const QJsonObject &obj);
};

// A value or an Error. Small on purpose: std::expected is C++23.
template <typename T> class Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}
    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<0>(m_v); }
    T &value() { return std::get<0>(m_v); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

struct Ok
{
};
using Status = Result<Ok>;
inline Status ok()
{
    return Ok{};
}

// Builds an Error whose message is `text` with each {name} replaced by args[name].
Error makeError(const QString &code, const char *text, const QJsonObject &args = {});

// `text` with each {name} replaced by args[name] (strings as they are, numbers and booleans in
// their JSON form, arrays/objects as compact JSON). Placeholders without an argument stay as written,
// so a missing argument is visible instead of silently dropped.
QString substituteArgs(const QString &text, const QJsonObject &args);

} // namespace confab
