// Pieces of the manager that need no confabd: error texts, validation, pattern matching, SRV
// records, the settings form's checks.
#include "pages/settingsform.h"
#include "util/errortext.h"
#include "util/validation.h"
#include "wizard/setupwizard.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QTranslator>

using namespace confab;
using namespace confab::manager;

class TestManagerUnits : public QObject
{
    Q_OBJECT
private slots:
    void errorTemplateRestoresPlaceholders();
    void errorTextTranslates();
    void validation();
    void patterns_data();
    void patterns();
    void srvRecords();
    void settingsFormMarksBadValues();
    void everySettingHasALabel();
};

void TestManagerUnits::errorTemplateRestoresPlaceholders()
{
    const Error e = makeError(QStringLiteral("domain.exists"), "Domain {domain} already exists", {{"domain", "example.com"}});
    QCOMPARE(errorTemplate(e), QStringLiteral("Domain {domain} already exists"));
    // Longest value first: "example" is part of "example.com".
    const Error two = makeError(QStringLiteral("x"), "{a} and {b}", {{"a", "example"}, {"b", "example.com"}});
    QCOMPARE(errorTemplate(two), QStringLiteral("{a} and {b}"));
    const Error number = makeError(QStringLiteral("x"), "no rule {id}", {{"id", 7}});
    QCOMPARE(errorTemplate(number), QStringLiteral("no rule {id}"));
}

void TestManagerUnits::errorTextTranslates()
{
    const Error e = makeError(QStringLiteral("domain.exists"), "Domain {domain} already exists", {{"domain", "example.com"}});
    QCOMPARE(errorText(e), QStringLiteral("Domain example.com already exists")); // no translator: English
    QTranslator de;
    QVERIFY(de.load(QStringLiteral(":/i18n/confab_de")));
    QCoreApplication::installTranslator(&de);
    const QString german = errorText(e);
    QCoreApplication::removeTranslator(&de);
    QVERIFY2(german.contains(QLatin1String("example.com")) && german != e.message, qPrintable(german));
    // A message the catalog does not know stays English rather than turning into a code.
    const Error unknown = makeError(QStringLiteral("new.code"), "Something new about {x}", {{"x", "y"}});
    QCOMPARE(errorText(unknown), QStringLiteral("Something new about y"));
    QVERIFY(errorText(Error{QStringLiteral("connection.refused"), {}, {}}).contains(QLatin1String("refused")));
}

void TestManagerUnits::validation()
{
    QCOMPARE(checkDomain(QStringLiteral("Example.COM")), std::optional<QString>(QStringLiteral("example.com")));
    QVERIFY(!checkDomain(QStringLiteral("bad domain")));
    QVERIFY(!checkDomain(QStringLiteral("a..b")));
    QVERIFY(!checkDomain(QStringLiteral("*.example.com")));
    QCOMPARE(checkBareJid(QStringLiteral("Alice@Example.com")), std::optional<QString>(QStringLiteral("alice@example.com")));
    QVERIFY(!checkBareJid(QStringLiteral("example.com")));
    QVERIFY(!checkBareJid(QStringLiteral("alice@example.com/phone")));
    QCOMPARE(checkPattern(QStringLiteral("*.Example.com")), std::optional<QString>(QStringLiteral("*.example.com")));
    QVERIFY(!checkPattern(QStringLiteral("bad pattern")));
    QVERIFY(!checkPattern(QStringLiteral("")));
    QVERIFY(checkHost(QStringLiteral("[2001:db8::1]")));
    QVERIFY(checkHost(QStringLiteral("192.0.2.1")));
    QVERIFY(!checkHost(QStringLiteral("relay host")));
}

void TestManagerUnits::patterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "company.dom" << "company.dom" << true;
    QTest::newRow("exact other") << "company.dom" << "other.dom" << false;
    QTest::newRow("sub") << "*.company.dom" << "chat.company.dom" << true;
    QTest::newRow("sub not self") << "*.company.dom" << "company.dom" << false;
    QTest::newRow("all") << "*" << "anything.example" << true;
    QTest::newRow("middle") << "chat.*.dom" << "chat.x.y.dom" << true;
    QTest::newRow("case") << "*.Company.DOM" << "a.company.dom" << true;
}

void TestManagerUnits::patterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, domain);
    QFETCH(bool, matches);
    QCOMPARE(patternMatches(pattern, domain), matches);
}

void TestManagerUnits::srvRecords()
{
    const QString r = SetupWizard::srvRecords(QStringLiteral("example.com"), QStringLiteral("xmpp.example.com"), 5222, 5269, 5223);
    QCOMPARE(r.split(u'\n'),
             QStringList({QStringLiteral("_xmpp-client._tcp.example.com. 86400 IN SRV 5 0 5222 xmpp.example.com."),
                          QStringLiteral("_xmpps-client._tcp.example.com. 86400 IN SRV 5 0 5223 xmpp.example.com."),
                          QStringLiteral("_xmpp-server._tcp.example.com. 86400 IN SRV 5 0 5269 xmpp.example.com.")}));
}

void TestManagerUnits::settingsFormMarksBadValues()
{
    SettingsForm form(settings::Scope::Domain);
    QJsonObject values;
    for (const settings::Key &k : settings::all())
        if (k.scope == settings::Scope::Domain)
            values.insert(QString::fromLatin1(k.name), k.defaultValue);
    form.setValues(values);
    QCOMPARE(form.changes(), std::optional<QJsonObject>(QJsonObject()));
    auto *extra = qobject_cast<QLineEdit *>(form.editor(QStringLiteral("disco.extra_items")));
    extra->setText(QStringLiteral("ok.example, bad@@"));
    QVERIFY(!form.changes());
    QVERIFY(isMarkedInvalid(extra));
    extra->setText(QStringLiteral("ok.example"));
    qobject_cast<QCheckBox *>(form.editor(QStringLiteral("auth.anonymous")))->setChecked(true);
    const auto changes = form.changes();
    QVERIFY(changes);
    QCOMPARE(changes->value("auth.anonymous").toBool(), true);
    QCOMPARE(changes->value("disco.extra_items").toArray(), QJsonArray{QStringLiteral("ok.example")});
    QCOMPARE(changes->size(), 2);
}

// The settings page shows a name, not a key, for every setting (server.io_threads once showed
// its key); and the automatic I/O thread count reads as a word, not as -1.
void TestManagerUnits::everySettingHasALabel()
{
    for (const settings::Key &k : settings::all()) {
        const QString key = QString::fromLatin1(k.name);
        QVERIFY2(settingLabel(key) != key, qPrintable(key));
    }
    SettingsForm form(settings::Scope::Global);
    auto *threads = qobject_cast<QSpinBox *>(form.editor(QStringLiteral("server.io_threads")));
    QVERIFY(threads);
    threads->setValue(-1);
    QCOMPARE(threads->text(), QStringLiteral("Automatic"));
}

QTEST_MAIN(TestManagerUnits)
#include "tst_managerunits.moc"
