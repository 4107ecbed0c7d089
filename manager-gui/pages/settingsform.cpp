#include "pages/settingsform.h"
#include "util/errortext.h"
#include "util/validation.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

namespace confab::manager {

QString settingLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {"server.channels", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Connection limit")},
        {"server.io_threads", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Network threads")},
        {"s2s.max_queue", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Outgoing server queue (stanzas)")},
        {"c2s.max_send_buffer_bytes", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Client send buffer (bytes)")},
        {"server.max_connections_per_address_per_minute", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "New connections per address per minute")},
        {"c2s.max_stanzas_per_second", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Stanzas per second per client")},
        {"xml.max_attributes", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Attributes per element")},
        {"xml.max_attribute_bytes", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Largest attribute value (bytes)")},
        {"roster.max_items", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Contacts per user")},
        {"control.max_request_bytes", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Largest admin request (bytes)")},
        {"log.level", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Log level")},
        {"listen.address", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Listen address")},
        {"listen.c2s_port", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Client port")},
        {"listen.s2s_port", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Server-to-server port")},
        {"listen.c2s_tls_port", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Client port (direct TLS)")},
        {"c2s.require_tls", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Clients must use TLS")},
        {"xml.max_stanza_bytes", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Largest stanza (bytes)")},
        {"xml.max_depth", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Deepest XML nesting")},
        {"c2s.auth_timeout_seconds", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Login timeout (seconds)")},
        {"c2s.idle_timeout_seconds", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Client idle timeout (seconds)")},
        {"auth.failure_delay_ms", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Delay after a failed login (ms)")},
        {"s2s.idle_timeout_seconds", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Server idle timeout (seconds)")},
        {"s2s.queue_timeout_seconds", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Queue timeout for remote servers (seconds)")},
        {"dns.server", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "DNS server")},
        {"version.hide_os", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Hide the operating system in version answers")},
        {"offline.max_messages", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Offline messages kept per user")},
        {"registration.max_per_hour_per_address", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "New accounts per address and hour")},
        {"enabled", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Domain is served")},
        {"registration.free", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Free registration from XMPP clients")},
        {"registration.allow_password_change", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Users may change their password")},
        {"auth.anonymous", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Anonymous login")},
        {"auth.legacy", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Old authentication methods")},
        {"auth.mechanisms", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "SASL methods allowed")},
        {"disco.extra_items", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Extra service discovery items")},
        {"tls.certificate", QT_TRANSLATE_NOOP("confab::manager::SettingsForm", "Certificate file")},
    };
    const char *label = labels.value(key);
    return label ? SettingsForm::tr(label) : key;
}

namespace {

QString levelLabel(const QString &level)
{
    if (level == u"nothing")
        return SettingsForm::tr("Nothing");
    if (level == u"major")
        return SettingsForm::tr("Major events");
    if (level == u"problems")
        return SettingsForm::tr("Problems");
    if (level == u"low")
        return SettingsForm::tr("Low level");
    if (level == u"all")
        return SettingsForm::tr("All");
    return level;
}

} // namespace

SettingsForm::SettingsForm(settings::Scope scope, QWidget *parent) : QWidget(parent), m_scope(scope)
{
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const settings::Key &key : settings::all()) {
        if (key.scope != scope)
            continue;
        const QString name = QString::fromLatin1(key.name);
        QWidget *editor = nullptr;
        switch (key.type) {
        case settings::Type::Bool: {
            auto *box = new QCheckBox(settingLabel(name), this);
            connect(box, &QCheckBox::toggled, this, &SettingsForm::edited);
            editor = box;
            break;
        }
        case settings::Type::Int: {
            auto *spin = new QSpinBox(this);
            spin->setRange(int(key.min), int(key.max));
            if (name == u"server.io_threads") // -1: confabd chooses from the processor count
                spin->setSpecialValueText(tr("Automatic"));
            connect(spin, &QSpinBox::valueChanged, this, &SettingsForm::edited);
            editor = spin;
            break;
        }
        case settings::Type::Enum: {
            auto *combo = new QComboBox(this);
            for (const QString &c : key.choices)
                combo->addItem(name == u"log.level" ? levelLabel(c) : c, c);
            connect(combo, &QComboBox::currentIndexChanged, this, &SettingsForm::edited);
            editor = combo;
            break;
        }
        case settings::Type::StringList:
            if (!key.choices.isEmpty()) {
                auto *list = new QListWidget(this);
                list->setDragDropMode(QAbstractItemView::InternalMove);
                list->setMaximumHeight(150);
                connect(list, &QListWidget::itemChanged, this, &SettingsForm::edited);
                editor = list;
                break;
            }
            [[fallthrough]];
        case settings::Type::String: {
            auto *line = new QLineEdit(this);
            if (key.type == settings::Type::StringList)
                line->setPlaceholderText(tr("Comma-separated, e.g. %1").arg(QStringLiteral("gateway.example.com, bot@example.com")));
            connect(line, &QLineEdit::textEdited, this, &SettingsForm::edited);
            editor = line;
            break;
        }
        }
        editor->setObjectName(name);
        m_editors.insert(name, editor);
        auto *help = new QLabel(QCoreApplication::translate("Settings", key.description), this);
        help->setWordWrap(true);
        help->setStyleSheet(QStringLiteral("color: palette(mid);"));
        help->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (key.type == settings::Type::Bool) {
            form->addRow(editor);
        } else {
            // Not word-wrapped: a wrapped label gets the height of its field and is cut off; a long
            // label instead puts its field on the next row (WrapLongRows).
            auto *label = new QLabel(settingLabel(name), this);
            label->setBuddy(editor);
            form->addRow(label, editor);
        }
        form->addRow(help);
    }
}

void SettingsForm::setValues(const QJsonObject &values)
{
    m_loaded = values;
    const QSignalBlocker blocker(this);
    for (const settings::Key &key : settings::all()) {
        if (key.scope != m_scope)
            continue;
        QWidget *w = m_editors.value(QString::fromLatin1(key.name));
        const QJsonValue v = values.value(QString::fromLatin1(key.name));
        markValid(w);
        if (auto *box = qobject_cast<QCheckBox *>(w)) {
            box->setChecked(v.toBool());
        } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            spin->setValue(v.toInt());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            combo->setCurrentIndex(std::max(0, combo->findData(v.toString())));
        } else if (auto *list = qobject_cast<QListWidget *>(w)) {
            list->clear();
            QStringList order;
            for (const QJsonValue &item : v.toArray())
                order.append(item.toString());
            QStringList rest = key.choices;
            for (const QString &o : order)
                rest.removeAll(o);
            for (const QString &c : order + rest) {
                auto *item = new QListWidgetItem(c, list);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
                item->setCheckState(order.contains(c) ? Qt::Checked : Qt::Unchecked);
            }
        } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
            line->setText(v.isArray() ? settings::formatValue(v).replace(u',', QLatin1String(", ")) : v.toString());
        }
    }
}

QJsonValue SettingsForm::currentValue(const settings::Key &key) const
{
    QWidget *w = m_editors.value(QString::fromLatin1(key.name));
    if (auto *box = qobject_cast<QCheckBox *>(w))
        return box->isChecked();
    if (auto *spin = qobject_cast<QSpinBox *>(w))
        return spin->value();
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentData().toString();
    if (auto *list = qobject_cast<QListWidget *>(w)) {
        QJsonArray out;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                out.append(list->item(i)->text());
        return out;
    }
    const QString text = qobject_cast<QLineEdit *>(w)->text().trimmed();
    if (key.type == settings::Type::StringList) {
        QJsonArray out;
        for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                out.append(part.trimmed());
        return out;
    }
    return text;
}

std::optional<QJsonObject> SettingsForm::changes()
{
    QJsonObject out;
    bool valid = true;
    for (const settings::Key &key : settings::all()) {
        if (key.scope != m_scope)
            continue;
        const QString name = QString::fromLatin1(key.name);
        QWidget *w = m_editors.value(name);
        const auto normalized = settings::normalize(key, currentValue(key));
        if (!normalized) {
            markInvalid(w, errorText(normalized.error()));
            valid = false;
            continue;
        }
        markValid(w);
        if (*normalized != m_loaded.value(name))
            out.insert(name, *normalized);
    }
    if (!valid)
        return std::nullopt;
    return out;
}

} // namespace confab::manager
