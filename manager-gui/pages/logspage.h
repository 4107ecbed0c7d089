#pragma once
// confabd's log in the admin's language: history (log.tail) and live records (log events),
// filtered by level, tag and text, exportable to a file.
#include "pages/page.h"
#include "shared/logrecord.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableWidget;

namespace confab::manager {

class LogsPage : public Page
{
    Q_OBJECT
public:
    explicit LogsPage(Session *session, QWidget *parent = nullptr);
    QString title() const override { return tr("Logs"); }
    void refresh() override;

    QTableWidget *table() const { return m_table; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *levelFilter() const { return m_level; }
    // Writes the records that pass the filters, as shown, one line each; false on failure.
    bool exportTo(const QString &path);

private:
    void onEvent(const control::Event &event);
    void append(const log::Record &record);
    bool passes(const log::Record &record) const;
    void rebuild();
    void addRow(const log::Record &record);
    QString line(const log::Record &record) const;

    QList<log::Record> m_records;
    quint64 m_lastSeq = 0;
    QComboBox *m_level;
    QComboBox *m_tag;
    QLineEdit *m_text;
    QCheckBox *m_follow;
    QTableWidget *m_table;
};

QString levelDisplayName(log::Level level);

} // namespace confab::manager
