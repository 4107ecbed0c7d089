#pragma once
// The ordered relay-override rules (first match wins): add, edit, remove, reorder by dragging,
// and test which rule a domain would take.
#include "pages/page.h"

#include <QJsonArray>
#include <QTreeWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace confab::manager {

// The rule list; reports a drag-and-drop move as (rule id, new position).
class RuleTree : public QTreeWidget
{
    Q_OBJECT
public:
    using QTreeWidget::QTreeWidget;
signals:
    void ruleMoved(qint64 id, int position);

protected:
    void dropEvent(QDropEvent *event) override;
};

class RoutingPage : public Page
{
    Q_OBJECT
public:
    explicit RoutingPage(Session *session, QWidget *parent = nullptr);
    QString title() const override { return tr("Routing"); }
    void refresh() override;

    QLineEdit *patternField() const { return m_pattern; }
    QLineEdit *relayField() const { return m_relay; }
    QComboBox *actionField() const { return m_action; }
    QLineEdit *testField() const { return m_test; }
    QLabel *testResult() const { return m_testResult; }
    RuleTree *tree() const { return m_tree; }
    void addRule();
    void updateRule();
    void moveRule(qint64 id, int position);
    void testDomain();

private:
    std::optional<QJsonObject> ruleFromForm();
    void onSelected();
    qint64 selectedId() const;

    RuleTree *m_tree;
    QJsonArray m_rules;
    QLineEdit *m_pattern;
    QComboBox *m_action;
    QLineEdit *m_relay;
    QSpinBox *m_port;
    QLineEdit *m_comment;
    QLineEdit *m_test;
    QLabel *m_testResult;
};

} // namespace confab::manager
