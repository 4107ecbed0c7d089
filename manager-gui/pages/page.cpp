#include "pages/page.h"
#include "util/errortext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace confab::manager {

Page::Page(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_heading->setFont(f);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageBar"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    m_body = new QVBoxLayout;
    layout->addLayout(m_body, 1);
}

void Page::setHeading(const QString &text)
{
    m_heading->setText(text);
}

QString Page::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void Page::showError(const QString &text)
{
    m_message->setStyleSheet(QStringLiteral("background:#fdecea; color:#611a15; padding:6px; border-radius:4px;"));
    m_message->setText(text);
    m_message->show();
}

void Page::showInfo(const QString &text)
{
    m_message->setStyleSheet(QStringLiteral("background:#e8f4fd; color:#0d3c61; padding:6px; border-radius:4px;"));
    m_message->setText(text);
    m_message->show();
}

void Page::clearMessage()
{
    m_message->clear();
    m_message->hide();
}

void Page::request(const QString &method, const QJsonObject &params, OnResult onResult, OnError onError)
{
    m_session->call(this, method, params, [this, onResult, onError](const control::Response &r) {
        if (r.error) {
            showError(errorText(*r.error));
            if (onError)
                onError(*r.error);
            return;
        }
        if (onResult)
            onResult(r.result);
    });
}

} // namespace confab::manager
