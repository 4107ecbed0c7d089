#include "pages/logspage.h"
#include "shared/logcatalog.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>

namespace confab::manager {

namespace {
constexpr int MaxRecords = 20000;
}

QString levelDisplayName(log::Level level)
{
    switch (level) {
    case log::Level::Nothing:
        return LogsPage::tr("nothing");
    case log::Level::Major:
        return LogsPage::tr("major");
    case log::Level::Problems:
        return LogsPage::tr("problem");
    case log::Level::LowLevel:
        return LogsPage::tr("low level");
    case log::Level::All:
        return LogsPage::tr("detail");
    }
    return {};
}

LogsPage::LogsPage(Session *session, QWidget *parent) : Page(session, parent)
{
    setHeading(title());
    auto *filters = new QHBoxLayout;
    m_level = new QComboBox(this);
    m_level->addItem(tr("Major events only"), int(log::Level::Major));
    m_level->addItem(tr("Problems and major events"), int(log::Level::Problems));
    m_level->addItem(tr("Also low-level events"), int(log::Level::LowLevel));
    m_level->addItem(tr("Everything"), int(log::Level::All));
    m_level->setCurrentIndex(3);
    m_tag = new QComboBox(this);
    m_tag->addItem(tr("All tags"), QString());
    for (const QString &t : log::allTags())
        m_tag->addItem(t, t);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setPlaceholderText(tr("Filter text"));
    m_text->setClearButtonEnabled(true);
    m_follow = new QCheckBox(tr("Follow"), this);
    m_follow->setChecked(true);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    filters->addWidget(m_level);
    filters->addWidget(m_tag);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_follow);
    filters->addWidget(exportButton);
    body()->addLayout(filters);

    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Level"), tr("Tag"), tr("Connection"), tr("Message")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    body()->addWidget(m_table, 1);

    connect(m_level, &QComboBox::currentIndexChanged, this, &LogsPage::rebuild);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &LogsPage::rebuild);
    connect(m_text, &QLineEdit::textChanged, this, &LogsPage::rebuild);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export log"), QStringLiteral("confabd-log.txt"),
                                                          tr("Text files (*.txt);;All files (*)"));
        if (!path.isEmpty() && exportTo(path))
            showInfo(tr("The log was saved to %1.").arg(path));
    });
    connect(session, &Session::eventReceived, this, &LogsPage::onEvent);
}

void LogsPage::refresh()
{
    request(QStringLiteral("log.tail"), {{"limit", 2000}}, [this](const QJsonValue &r) {
        const QJsonArray tail = r.toArray();
        if (!tail.isEmpty() && quint64(tail.last().toObject().value("seq").toInteger()) < m_lastSeq)
            m_lastSeq = 0; // confabd restarted and numbers its records from 1 again
        for (const QJsonValue &v : tail)
            if (auto rec = log::Record::fromJson(v.toObject()); rec && rec->seq > m_lastSeq)
                append(*rec);
    });
}

void LogsPage::onEvent(const control::Event &event)
{
    if (event.event != u"log")
        return;
    if (auto rec = log::Record::fromJson(event.data); rec && (rec->seq > m_lastSeq || rec->seq == 0))
        append(*rec);
}

void LogsPage::append(const log::Record &record)
{
    m_lastSeq = record.seq;
    m_records.append(record);
    if (m_records.size() > MaxRecords) {
        m_records.remove(0, m_records.size() - MaxRecords);
        if (m_table->rowCount() > MaxRecords)
            m_table->removeRow(0);
    }
    if (passes(record))
        addRow(record);
}

bool LogsPage::passes(const log::Record &record) const
{
    if (int(record.level) > m_level->currentData().toInt())
        return false;
    const QString tag = m_tag->currentData().toString();
    if (!tag.isEmpty() && record.tag != tag)
        return false;
    const QString text = m_text->text().trimmed();
    return text.isEmpty() || log::renderMessage(record, true).contains(text, Qt::CaseInsensitive) ||
           record.key.contains(text, Qt::CaseInsensitive);
}

void LogsPage::addRow(const log::Record &record)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList cells{QLocale().toString(record.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            levelDisplayName(record.level), record.tag,
                            record.connection ? QString::number(record.connection) : QString(),
                            log::renderMessage(record, true)};
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (c == 4) // long messages are elided in the column
            item->setToolTip(cells[c] + QStringLiteral("\n(") + record.key + u')');
        if (record.level <= log::Level::Problems)
            item->setForeground(record.level == log::Level::Major ? QColor(0x0d, 0x47, 0xa1) : QColor(0xb7, 0x1c, 0x1c));
        m_table->setItem(row, c, item);
    }
    if (m_follow->isChecked())
        m_table->scrollToBottom();
}

void LogsPage::rebuild()
{
    m_table->setRowCount(0);
    m_table->setUpdatesEnabled(false);
    for (const log::Record &r : std::as_const(m_records))
        if (passes(r))
            addRow(r);
    m_table->setUpdatesEnabled(true);
}

QString LogsPage::line(const log::Record &record) const
{
    return QStringLiteral("%1 %2 [%3] %4: %5")
        .arg(record.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")), record.tag)
        .arg(record.connection)
        .arg(levelDisplayName(record.level), log::renderMessage(record, true));
}

bool LogsPage::exportTo(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        showError(tr("Cannot write %1: %2").arg(path, f.errorString()));
        return false;
    }
    for (const log::Record &r : std::as_const(m_records))
        if (passes(r))
            f.write(line(r).toUtf8() + '\n');
    return true;
}

} // namespace confab::manager
