#include "connectpage.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace confab::manager {

ConnectPage::ConnectPage(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *center = new QWidget(this);
    center->setMaximumWidth(720);
    auto *layout = new QVBoxLayout(center);
    auto *title = new QLabel(tr("Connect to confabd"), center);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("The manager talks to the Confab service on this computer through its control socket."), center);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_socket = new QLineEdit(center);
    m_socket->setObjectName(QStringLiteral("socketPath"));
    auto *browse = new QPushButton(tr("Browse…"), center);
    auto *socketRow = new QHBoxLayout;
    socketRow->addWidget(m_socket, 1);
    socketRow->addWidget(browse);
    form->addRow(tr("Control socket:"), socketRow);
    m_password = new QLineEdit(center);
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Admin password:"), m_password);
    m_remember = new QCheckBox(tr("Remember the password in the system keychain"), center);
    m_remember->setChecked(true);
    form->addRow(m_remember);
    layout->addLayout(form);

    m_connect = new QPushButton(tr("Connect"), center);
    m_connect->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_connect);
    layout->addLayout(buttons);
    m_status = new QLabel(center);
    m_status->setObjectName(QStringLiteral("connectStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_keychain = new QLabel(center);
    m_keychain->setWordWrap(true);
    m_keychain->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_keychain);

    auto *h = new QHBoxLayout;
    h->addStretch(1);
    h->addWidget(center, 4);
    h->addStretch(1);
    outer->addLayout(h);
    outer->addStretch(2);

    auto request = [this] { emit connectRequested(m_socket->text().trimmed(), m_password->text(), m_remember->isChecked()); };
    connect(m_connect, &QPushButton::clicked, this, request);
    connect(m_password, &QLineEdit::returnPressed, this, request);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p = QFileDialog::getOpenFileName(this, tr("Choose the control socket"), m_socket->text());
        if (!p.isEmpty())
            m_socket->setText(p);
    });
}

void ConnectPage::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("background:#fdecea; color:#611a15; padding:6px; border-radius:4px;")
                                    : QString());
}

QString ConnectPage::statusText() const
{
    return m_status->text();
}

void ConnectPage::setKeychainNote(const QString &text)
{
    m_keychain->setText(text);
}

QString ConnectPage::keychainNote() const
{
    return m_keychain->text();
}

} // namespace confab::manager
