#pragma once
// What every manager page has: the session, a message bar for confabd's answers (in the admin's
// language) and a way to send requests whose errors end up in that bar.
#include "connection/session.h"

#include <QJsonValue>
#include <QWidget>
#include <functional>

class QLabel;
class QVBoxLayout;

namespace confab::manager {

class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(Session *session, QWidget *parent = nullptr);
    virtual QString title() const = 0;
    // Loads the page's data from confabd (when shown and after every reconnect).
    virtual void refresh() = 0;

    // The text in the message bar (for tests and screen readers).
    QString messageText() const;
    void showError(const QString &text);
    void showInfo(const QString &text);
    void clearMessage();

protected:
    using OnResult = std::function<void(const QJsonValue &result)>;
    using OnError = std::function<void(const Error &error)>;
    // Sends a request; an error is shown in the message bar (and passed to onError if given).
    void request(const QString &method, const QJsonObject &params, OnResult onResult, OnError onError = {});
    QVBoxLayout *body() const { return m_body; }
    Session *session() const { return m_session; }
    void setHeading(const QString &text);

private:
    Session *m_session;
    QLabel *m_heading;
    QLabel *m_message;
    QVBoxLayout *m_body;
};

} // namespace confab::manager
