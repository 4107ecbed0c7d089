#include "pages/userspage.h"
#include "util/validation.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

namespace confab::manager {

namespace {

// A small dialog: an optional account field and a password entered twice.
struct PasswordForm
{
    QDialog dialog;
    QLineEdit *jid = nullptr;
    QLineEdit *password = nullptr;
    QLineEdit *confirm = nullptr;

    PasswordForm(QWidget *parent, const QString &title, const QString &fixedJid, const QStringList &domains)
        : dialog(parent)
    {
        dialog.setWindowTitle(title);
        auto *form = new QFormLayout(&dialog);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        jid = new QLineEdit(fixedJid, &dialog);
        jid->setReadOnly(!fixedJid.isEmpty());
        if (fixedJid.isEmpty() && !domains.isEmpty())
            jid->setPlaceholderText(QStringLiteral("alice@") + domains.first());
        password = new QLineEdit(&dialog);
        password->setEchoMode(QLineEdit::Password);
        confirm = new QLineEdit(&dialog);
        confirm->setEchoMode(QLineEdit::Password);
        form->addRow(UsersPage::tr("Address (user@domain):"), jid);
        form->addRow(UsersPage::tr("Password:"), password);
        form->addRow(UsersPage::tr("Repeat password:"), confirm);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        form->addRow(buttons);
    }
};

} // namespace

UsersPage::UsersPage(Session *session, QWidget *parent) : Page(session, parent)
{
    setHeading(title());
    auto *filters = new QHBoxLayout;
    m_domain = new QComboBox(this);
    m_domain->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(tr("Search user names"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(new QLabel(tr("Domain:"), this));
    filters->addWidget(m_domain);
    filters->addWidget(m_search, 1);
    body()->addLayout(filters);

    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Address"), tr("Status"), tr("Created")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    body()->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add user…"), this);
    auto *passwd = new QPushButton(tr("Set password…"), this);
    auto *disable = new QPushButton(tr("Disable / enable"), this);
    auto *remove = new QPushButton(tr("Remove…"), this);
    for (auto *b : {add, passwd, disable, remove})
        buttons->addWidget(b);
    buttons->addStretch();
    body()->addLayout(buttons);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(debounce, &QTimer::timeout, this, &UsersPage::loadUsers);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_domain, &QComboBox::activated, this, &UsersPage::loadUsers);
    connect(add, &QPushButton::clicked, this, &UsersPage::openAddDialog);
    connect(passwd, &QPushButton::clicked, this, &UsersPage::openPasswordDialog);
    connect(disable, &QPushButton::clicked, this, [this] {
        if (!selectedJid().isEmpty())
            setDisabled(selectedJid(), !selectedDisabled());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QString jid = selectedJid();
        if (!jid.isEmpty() &&
            QMessageBox::warning(this, tr("Remove user"), tr("Delete the account %1 and everything stored for it?").arg(jid),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes)
            removeUser(jid);
    });
}

void UsersPage::refresh()
{
    loadDomains();
    loadUsers();
}

void UsersPage::loadDomains()
{
    request(QStringLiteral("domains.list"), {}, [this](const QJsonValue &r) {
        const QString keep = m_domain->currentData().toString();
        m_domain->clear();
        m_domain->addItem(tr("All domains"), QString());
        for (const QJsonValue &v : r.toArray())
            m_domain->addItem(v.toObject().value("domain").toString(), v.toObject().value("domain").toString());
        m_domain->setCurrentIndex(std::max(0, m_domain->findData(keep)));
    });
}

void UsersPage::loadUsers()
{
    QJsonObject params{{"limit", 1000}};
    if (!m_domain->currentData().toString().isEmpty())
        params.insert("domain", m_domain->currentData().toString());
    if (!m_search->text().trimmed().isEmpty())
        params.insert("search", m_search->text().trimmed());
    request(QStringLiteral("users.list"), params, [this](const QJsonValue &r) {
        const QJsonArray users = r.toObject().value("users").toArray();
        m_table->setRowCount(int(users.size()));
        for (int i = 0; i < users.size(); ++i) {
            const QJsonObject u = users[i].toObject();
            auto *jid = new QTableWidgetItem(u.value("jid").toString());
            jid->setData(Qt::UserRole, u.value("disabled").toBool());
            m_table->setItem(i, 0, jid);
            m_table->setItem(i, 1, new QTableWidgetItem(u.value("disabled").toBool() ? tr("disabled") : tr("active")));
            const QDateTime created = QDateTime::fromString(u.value("created").toString(), Qt::ISODate);
            m_table->setItem(i, 2, new QTableWidgetItem(created.isValid() ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat)
                                                                          : u.value("created").toString()));
        }
    });
}

QString UsersPage::selectedJid() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->text();
}

bool UsersPage::selectedDisabled() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return !rows.isEmpty() && m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toBool();
}

QString UsersPage::passwordProblem(const QString &password, const QString &confirm) const
{
    if (password.size() < 8)
        return tr("The password must have at least 8 characters.");
    if (password != confirm)
        return tr("The two passwords are not the same.");
    return {};
}

void UsersPage::openAddDialog()
{
    QStringList domains;
    for (int i = 1; i < m_domain->count(); ++i)
        domains.append(m_domain->itemData(i).toString());
    PasswordForm f(this, tr("Add user"), {}, domains);
    if (f.dialog.exec() == QDialog::Accepted)
        addUser(f.jid->text(), f.password->text(), f.confirm->text());
}

void UsersPage::openPasswordDialog()
{
    const QString jid = selectedJid();
    if (jid.isEmpty()) {
        showError(tr("Select a user first."));
        return;
    }
    PasswordForm f(this, tr("Set password"), jid, {});
    if (f.dialog.exec() == QDialog::Accepted)
        setPassword(jid, f.password->text(), f.confirm->text());
}

void UsersPage::addUser(const QString &jidText, const QString &password, const QString &confirm)
{
    const auto jid = checkBareJid(jidText);
    if (!jid) {
        showError(tr("“%1” is not an address of the form user@domain.").arg(jidText));
        return;
    }
    if (const QString p = passwordProblem(password, confirm); !p.isEmpty()) {
        showError(p);
        return;
    }
    request(QStringLiteral("users.add"), {{"jid", *jid}, {"password", password}}, [this](const QJsonValue &r) {
        showInfo(tr("The account %1 was created.").arg(r.toObject().value("jid").toString()));
        loadUsers();
    });
}

void UsersPage::setPassword(const QString &jid, const QString &password, const QString &confirm)
{
    if (const QString p = passwordProblem(password, confirm); !p.isEmpty()) {
        showError(p);
        return;
    }
    request(QStringLiteral("users.passwd"), {{"jid", jid}, {"password", password}},
            [this, jid](const QJsonValue &) { showInfo(tr("The password of %1 was changed.").arg(jid)); });
}

void UsersPage::setDisabled(const QString &jid, bool disabled)
{
    request(QStringLiteral("users.disable"), {{"jid", jid}, {"disabled", disabled}}, [this, jid, disabled](const QJsonValue &) {
        showInfo(disabled ? tr("%1 can no longer log in.").arg(jid) : tr("%1 can log in again.").arg(jid));
        loadUsers();
    });
}

void UsersPage::removeUser(const QString &jid)
{
    request(QStringLiteral("users.remove"), {{"jid", jid}}, [this, jid](const QJsonValue &) {
        showInfo(tr("The account %1 was deleted.").arg(jid));
        loadUsers();
    });
}

} // namespace confab::manager
