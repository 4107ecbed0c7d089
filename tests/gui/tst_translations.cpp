// The eight translations are complete: no unfinished or empty entry, the same placeholders as the
// source, every log catalog text and setting description present, and each compiled catalog loads.
#include "shared/logcatalog.h"
#include "shared/settingsschema.h"
#include "util/languagemanager.h"

#include <QDomDocument>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace confab;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
    void switchesAtRunTime();
};

static QSet<QString> placeholders(const QString &text)
{
    QSet<QString> out;
    static const QRegularExpression re(QStringLiteral("\\{[A-Za-z_]+\\}|%n|%L?\\d"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured().replace(QLatin1String("%L"), QLatin1String("%")));
    return out;
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("code");
    for (const auto &l : manager::LanguageManager::languages())
        QTest::newRow(qPrintable(l.code)) << l.code;
}

void TestTranslations::complete()
{
    QFETCH(QString, code);
    QFile f(qEnvironmentVariable("CONFAB_SOURCE_DIR") + QStringLiteral("/translations/confab_") + code + QStringLiteral(".ts"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    QDomDocument doc;
    QVERIFY(doc.setContent(&f));
    QHash<QString, QSet<QString>> sources; // context -> source texts
    const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
    QVERIFY(messages.size() > 200);
    for (int i = 0; i < messages.size(); ++i) {
        const QDomElement m = messages.at(i).toElement();
        const QString context = m.parentNode().firstChildElement(QStringLiteral("name")).text();
        const QString source = m.firstChildElement(QStringLiteral("source")).text();
        const QDomElement tr = m.firstChildElement(QStringLiteral("translation"));
        sources[context].insert(source);
        QVERIFY2(tr.attribute(QStringLiteral("type")).isEmpty(),
                 qPrintable(QStringLiteral("%1 %2: %3").arg(code, tr.attribute(QStringLiteral("type")), source)));
        QStringList forms;
        if (m.attribute(QStringLiteral("numerus")) == u"yes") {
            for (QDomElement n = tr.firstChildElement(QStringLiteral("numerusform")); !n.isNull(); n = n.nextSiblingElement())
                forms.append(n.text());
        } else {
            forms.append(tr.text());
        }
        for (const QString &t : forms) {
            QVERIFY2(!t.trimmed().isEmpty(), qPrintable(code + u' ' + source));
            QSet<QString> expected = placeholders(source);
            // A singular form may say "one" instead of %n.
            QSet<QString> got = placeholders(t);
            expected.remove(QStringLiteral("%n"));
            got.remove(QStringLiteral("%n"));
            QVERIFY2(expected == got, qPrintable(QStringLiteral("%1: \"%2\" -> \"%3\"").arg(code, source, t)));
        }
    }
    for (auto e = log::catalogBegin(); e != log::catalogEnd(); ++e)
        QVERIFY2(sources.value(QStringLiteral("LogCatalog")).contains(QString::fromUtf8(e->text)), e->text);
    for (const settings::Key &k : settings::all())
        QVERIFY2(sources.value(QStringLiteral("Settings")).contains(QString::fromUtf8(k.description)), k.name);
    QVERIFY(sources.value(QStringLiteral("Errors")).size() > 40);
}

void TestTranslations::switchesAtRunTime()
{
    manager::LanguageManager languages;
    QSet<QString> seen;
    for (const auto &l : manager::LanguageManager::languages()) {
        QVERIFY(languages.setLanguage(l.code, false));
        seen.insert(QCoreApplication::translate("confab::manager::DashboardPage", "Dashboard"));
    }
    QVERIFY2(seen.size() >= 7, qPrintable(QStringList(seen.begin(), seen.end()).join(u',')));
    QVERIFY(!languages.setLanguage(QStringLiteral("xx"), false));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
