#include "pages/routingpage.h"
#include "util/validation.h"

#include <QComboBox>
#include <QDropEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace confab::manager {

void RuleTree::dropEvent(QDropEvent *event)
{
    QTreeWidgetItem *moved = currentItem();
    const qint64 id = moved ? moved->data(0, Qt::UserRole).toLongLong() : 0;
    QTreeWidget::dropEvent(event);
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id && id != 0)
            emit ruleMoved(id, i);
}

namespace {
QString actionText(const QJsonObject &rule)
{
    if (rule.value("action").toString() == u"refuse")
        return RoutingPage::tr("refuse");
    const int port = rule.value("port").toInt();
    return RoutingPage::tr("relay to %1").arg(rule.value("relay").toString() + (port ? u':' + QString::number(port) : QString()));
}
} // namespace

RoutingPage::RoutingPage(Session *session, QWidget *parent) : Page(session, parent)
{
    setHeading(title());
    auto *intro = new QLabel(tr("Traffic to other servers normally goes to the servers their DNS names. These rules "
                                "override that: the first rule whose pattern matches the remote domain decides. "
                                "Drag rules to change their order. * stands for any characters."),
                             this);
    intro->setWordWrap(true);
    body()->addWidget(intro);

    m_tree = new RuleTree(this);
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Position"), tr("Pattern"), tr("Action"), tr("Comment")});
    m_tree->setRootIsDecorated(false);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    body()->addWidget(m_tree, 1);

    auto *editor = new QGroupBox(tr("Rule"), this);
    auto *form = new QFormLayout(editor);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_pattern = new QLineEdit(editor);
    m_pattern->setObjectName(QStringLiteral("rulePattern"));
    m_pattern->setPlaceholderText(QStringLiteral("*.example.com"));
    m_action = new QComboBox(editor);
    m_action->addItem(tr("Relay through another server"), QStringLiteral("relay"));
    m_action->addItem(tr("Refuse"), QStringLiteral("refuse"));
    m_relay = new QLineEdit(editor);
    m_relay->setObjectName(QStringLiteral("ruleRelay"));
    m_relay->setPlaceholderText(QStringLiteral("relay.example.net"));
    m_port = new QSpinBox(editor);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5269)"));
    m_comment = new QLineEdit(editor);
    form->addRow(tr("Remote domain pattern:"), m_pattern);
    form->addRow(tr("Action:"), m_action);
    form->addRow(tr("Relay host:"), m_relay);
    form->addRow(tr("Relay port:"), m_port);
    form->addRow(tr("Comment:"), m_comment);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add rule"), editor);
    add->setObjectName(QStringLiteral("addRule"));
    auto *save = new QPushButton(tr("Save selected rule"), editor);
    auto *remove = new QPushButton(tr("Remove selected rule"), editor);
    for (auto *b : {add, save, remove})
        buttons->addWidget(b);
    buttons->addStretch();
    form->addRow(buttons);
    body()->addWidget(editor);

    auto *test = new QGroupBox(tr("Test a domain"), this);
    auto *tl = new QVBoxLayout(test);
    auto *row = new QHBoxLayout;
    m_test = new QLineEdit(test);
    m_test->setPlaceholderText(tr("Remote domain, e.g. %1").arg(QStringLiteral("chat.partner.example")));
    auto *run = new QPushButton(tr("Test"), test);
    row->addWidget(m_test, 1);
    row->addWidget(run);
    tl->addLayout(row);
    m_testResult = new QLabel(test);
    m_testResult->setWordWrap(true);
    tl->addWidget(m_testResult);
    body()->addWidget(test);

    connect(m_tree, &RuleTree::ruleMoved, this, &RoutingPage::moveRule);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &RoutingPage::onSelected);
    connect(add, &QPushButton::clicked, this, &RoutingPage::addRule);
    connect(save, &QPushButton::clicked, this, &RoutingPage::updateRule);
    connect(remove, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        if (id && QMessageBox::question(this, tr("Remove rule"), tr("Remove the selected rule?")) == QMessageBox::Yes)
            request(QStringLiteral("routes.remove"), {{"id", id}}, [this](const QJsonValue &) { refresh(); });
    });
    connect(run, &QPushButton::clicked, this, &RoutingPage::testDomain);
    connect(m_test, &QLineEdit::returnPressed, this, &RoutingPage::testDomain);
    connect(m_action, &QComboBox::currentIndexChanged, this, [this] {
        const bool relay = m_action->currentData().toString() == u"relay";
        m_relay->setEnabled(relay);
        m_port->setEnabled(relay);
    });
    for (QLineEdit *f : {m_pattern, m_relay, m_test})
        connect(f, &QLineEdit::textEdited, this, [f] { markValid(f); });
}

void RoutingPage::refresh()
{
    request(QStringLiteral("routes.list"), {}, [this](const QJsonValue &r) {
        m_rules = r.toArray();
        const qint64 keep = selectedId();
        const QSignalBlocker blocker(m_tree);
        m_tree->clear();
        for (const QJsonValue &v : m_rules) {
            const QJsonObject rule = v.toObject();
            auto *item = new QTreeWidgetItem(m_tree, {QString::number(rule.value("position").toInt() + 1),
                                                      rule.value("pattern").toString(), actionText(rule),
                                                      rule.value("comment").toString()});
            item->setData(0, Qt::UserRole, rule.value("id").toVariant());
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
            if (rule.value("id").toInteger() == keep)
                item->setSelected(true);
        }
    });
}

qint64 RoutingPage::selectedId() const
{
    const auto items = m_tree->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(0, Qt::UserRole).toLongLong();
}

void RoutingPage::onSelected()
{
    const qint64 id = selectedId();
    for (const QJsonValue &v : std::as_const(m_rules)) {
        const QJsonObject rule = v.toObject();
        if (rule.value("id").toInteger() != id)
            continue;
        m_pattern->setText(rule.value("pattern").toString());
        m_action->setCurrentIndex(std::max(0, m_action->findData(rule.value("action").toString())));
        m_relay->setText(rule.value("relay").toString());
        m_port->setValue(rule.value("port").toInt());
        m_comment->setText(rule.value("comment").toString());
    }
}

std::optional<QJsonObject> RoutingPage::ruleFromForm()
{
    bool ok = true;
    const auto pattern = checkPattern(m_pattern->text());
    if (!pattern) {
        markInvalid(m_pattern, tr("Use a domain name where * stands for any characters, e.g. *.example.com."));
        ok = false;
    }
    const bool relay = m_action->currentData().toString() == u"relay";
    const auto host = checkHost(m_relay->text());
    if (relay && !host) {
        markInvalid(m_relay, tr("Give the host name or IP address of the relay server."));
        ok = false;
    }
    if (!ok) {
        showError(tr("Some values are not valid; they are marked. Nothing was changed."));
        return std::nullopt;
    }
    QJsonObject rule{{"pattern", *pattern}, {"action", m_action->currentData().toString()}, {"comment", m_comment->text().trimmed()}};
    if (relay) {
        rule.insert("relay", *host);
        rule.insert("port", m_port->value());
    }
    return rule;
}

void RoutingPage::addRule()
{
    const auto rule = ruleFromForm();
    if (!rule)
        return;
    request(QStringLiteral("routes.add"), *rule, [this](const QJsonValue &r) {
        showInfo(tr("Rule for %1 added.").arg(r.toObject().value("pattern").toString()));
        m_pattern->clear();
        m_relay->clear();
        m_comment->clear();
        refresh();
    });
}

void RoutingPage::updateRule()
{
    const qint64 id = selectedId();
    if (!id) {
        showError(tr("Select a rule first."));
        return;
    }
    auto rule = ruleFromForm();
    if (!rule)
        return;
    rule->insert("id", id);
    request(QStringLiteral("routes.update"), *rule, [this](const QJsonValue &) {
        showInfo(tr("Rule saved."));
        refresh();
    });
}

void RoutingPage::moveRule(qint64 id, int position)
{
    request(QStringLiteral("routes.move"), {{"id", id}, {"position", position}}, [this](const QJsonValue &) { refresh(); },
            [this](const Error &) { refresh(); });
}

void RoutingPage::testDomain()
{
    const auto domain = checkDomain(m_test->text());
    if (!domain) {
        markInvalid(m_test, tr("“%1” is not a valid domain name.").arg(m_test->text()));
        m_testResult->setText(tr("“%1” is not a valid domain name.").arg(m_test->text()));
        return;
    }
    for (int i = 0; i < m_rules.size(); ++i) {
        const QJsonObject rule = m_rules[i].toObject();
        if (!patternMatches(rule.value("pattern").toString(), *domain))
            continue;
        m_tree->clearSelection();
        if (auto *item = m_tree->topLevelItem(i))
            item->setSelected(true);
        m_testResult->setText(tr("%1 matches rule %2 (%3): %4.")
                                  .arg(*domain, QString::number(i + 1), rule.value("pattern").toString(), actionText(rule)));
        return;
    }
    m_testResult->setText(tr("No rule matches %1: confabd looks up its servers in DNS (SRV records).").arg(*domain));
}

} // namespace confab::manager
