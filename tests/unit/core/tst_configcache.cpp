// ConfigCache: effective values from the schema's defaults and the stored settings, and a loud
// report (not a silent 0) when code asks for a key the schema does not have — the symptom of a
// binary built from a half-edited settings table, which once looked like a login timeout.
#include "core/configcache.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace confab;

class TestConfigCache : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    storage::Database m_db;

private slots:
    void initTestCase() { QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("t.db"))).ok()); }

    void defaultsStoredValuesAndOverrides()
    {
        core::ConfigCache config(m_db);
        config.reload();
        QCOMPARE(config.globalInt("xml.max_attributes"), 64);
        QVERIFY(storage::SettingsStore(m_db).set(QStringLiteral("xml.max_attributes"), 100).ok());
        config.reload();
        QCOMPARE(config.globalInt("xml.max_attributes"), 100);
        config.setOverride(QStringLiteral("xml.max_attributes"), 7);
        QCOMPARE(config.globalInt("xml.max_attributes"), 7);
    }

    void unknownKeyIsReported()
    {
        core::ConfigCache config(m_db);
        config.reload();
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression("no\\.such\\.key.*not in the settings schema"));
        QVERIFY(config.global("no.such.key").isUndefined() || config.global("no.such.key").isNull());
    }
};

QTEST_GUILESS_MAIN(TestConfigCache)
#include "tst_configcache.moc"
