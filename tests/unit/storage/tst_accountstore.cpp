#include "auth/saslprep.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/domainstore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace confab::storage;
using confab::auth::ScramHash;

namespace {
const QString domain = QStringLiteral("example.org");
const QString user = QStringLiteral("juliet");
const QString password = QStringLiteral("s3cret \u00e9t\u00e9");
} // namespace

class TstAccountStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_db.close(); }
    void addDerivesKeys();
    void checkPassword();
    void saslPrepIsApplied();
    void noPlaintextUnlessReversible();
    void setPassword();
    void addErrors();
    void disabled();
    void listSearchCount();
    void remove();
    void domainRemovalCascades();

private:
    QVariant column(const QString &name, const QString &u = user) const;
    QTemporaryDir m_dir;
    Database m_db;
};

void TstAccountStore::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("a.db")));
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("a.db"))).ok());
    QVERIFY(DomainStore(m_db).add(domain).ok());
}

QVariant TstAccountStore::column(const QString &name, const QString &u) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM accounts WHERE username = ? AND domain = ?").arg(name));
    q.addBindValue(u);
    q.addBindValue(domain);
    if (!q.exec() || !q.next())
        return QVariant(QStringLiteral("<no row>"));
    return q.value(0);
}

void TstAccountStore::addDerivesKeys()
{
    AccountStore store(m_db);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(store.add(user, domain, password).ok());
    QVERIFY(store.exists(user, domain));
    const auto sha1 = store.scram(user, domain, ScramHash::Sha1);
    const auto sha256 = store.scram(user, domain, ScramHash::Sha256);
    QVERIFY(sha1 && sha256);
    QCOMPARE(sha1->hash, ScramHash::Sha1);
    QCOMPARE(sha1->iterations, confab::auth::DefaultScramIterations);
    QCOMPARE(sha256->iterations, confab::auth::DefaultScramIterations);
    QCOMPARE(sha1->storedKey.size(), 20);
    QCOMPARE(sha256->storedKey.size(), 32);
    QCOMPARE(sha1->salt.size(), 16);
    QVERIFY(sha1->salt != sha256->salt); // independent salts
    // The stored keys are those of the SASLprep'ed password with the stored salt.
    const QByteArray prepared = confab::auth::saslPrep(password).value();
    const auto expected = confab::auth::deriveCredentials(ScramHash::Sha256, prepared, sha256->salt, 4096);
    QCOMPARE(sha256->storedKey, expected.storedKey);
    QCOMPARE(sha256->serverKey, expected.serverKey);
    const auto expected1 = confab::auth::deriveCredentials(ScramHash::Sha1, prepared, sha1->salt, 4096);
    QCOMPARE(sha1->storedKey, expected1.storedKey);

    const auto info = store.info(user, domain);
    QVERIFY(info);
    QCOMPARE(info->user, user);
    QCOMPARE(info->domain, domain);
    QVERIFY(!info->disabled);
    QVERIFY(info->created >= before && info->created <= QDateTime::currentDateTimeUtc().addSecs(1));
    QVERIFY(!store.info(QStringLiteral("romeo"), domain));
    QVERIFY(!store.scram(QStringLiteral("romeo"), domain, ScramHash::Sha1));
}

void TstAccountStore::checkPassword()
{
    AccountStore store(m_db);
    QVERIFY(store.add(user, domain, password).ok());
    QVERIFY(store.checkPassword(user, domain, password));
    QVERIFY(!store.checkPassword(user, domain, password + u'x'));
    QVERIFY(!store.checkPassword(user, domain, QString()));
    QVERIFY(!store.checkPassword(QStringLiteral("romeo"), domain, password));
    QVERIFY(!store.checkPassword(user, QStringLiteral("other.example"), password));
}

void TstAccountStore::saslPrepIsApplied()
{
    AccountStore store(m_db);
    // RFC 4013: U+00AD maps to nothing, U+2168 to "IX"; both spellings are the same password.
    QVERIFY(store.add(user, domain, QStringLiteral("pass\u00ADword\u2168")).ok());
    QVERIFY(store.checkPassword(user, domain, QStringLiteral("passwordIX")));
    const auto prohibited = store.add(QStringLiteral("romeo"), domain, QStringLiteral("bell\u0007"));
    QVERIFY(!prohibited.ok());
    QCOMPARE(prohibited.error().code, QStringLiteral("password.invalid"));
    QVERIFY(!store.exists(QStringLiteral("romeo"), domain));
}

void TstAccountStore::noPlaintextUnlessReversible()
{
    AccountStore store(m_db);
    QVERIFY(store.add(user, domain, password).ok());
    QVERIFY(column(QStringLiteral("plain")).isNull());
    QVERIFY(!store.reversiblePassword(user, domain));
    // Nothing stored anywhere in the row contains the password.
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT * FROM accounts")) && q.next());
    for (int i = 0; i < q.record().count(); ++i)
        QVERIFY(!q.value(i).toString().contains(QLatin1String("s3cret")));

    QVERIFY(store.add(QStringLiteral("legacy"), domain, password, true).ok());
    QCOMPARE(column(QStringLiteral("plain"), QStringLiteral("legacy")).toString(), password);
    QCOMPARE(store.reversiblePassword(QStringLiteral("legacy"), domain), std::optional<QString>(password));
    // Opting out again drops it.
    QVERIFY(store.setPassword(QStringLiteral("legacy"), domain, password, false).ok());
    QVERIFY(column(QStringLiteral("plain"), QStringLiteral("legacy")).isNull());
}

void TstAccountStore::setPassword()
{
    AccountStore store(m_db);
    QVERIFY(store.add(user, domain, password).ok());
    const auto oldKeys = store.scram(user, domain, ScramHash::Sha256);
    QVERIFY(store.setPassword(user, domain, QStringLiteral("new password")).ok());
    QVERIFY(!store.checkPassword(user, domain, password));
    QVERIFY(store.checkPassword(user, domain, QStringLiteral("new password")));
    QVERIFY(store.scram(user, domain, ScramHash::Sha256)->salt != oldKeys->salt); // fresh salt
    QCOMPARE(store.setPassword(QStringLiteral("romeo"), domain, password).error().code,
             QStringLiteral("account.not_found"));
    QCOMPARE(store.setPassword(user, domain, QString()).error().code, QStringLiteral("password.invalid"));
    QVERIFY(store.checkPassword(user, domain, QStringLiteral("new password")));
}

void TstAccountStore::addErrors()
{
    AccountStore store(m_db);
    QVERIFY(store.add(user, domain, password).ok());
    const auto duplicate = store.add(user, domain, QStringLiteral("other"));
    QCOMPARE(duplicate.error().code, QStringLiteral("account.exists"));
    QCOMPARE(duplicate.error().message, QStringLiteral("Account juliet@example.org already exists"));
    QVERIFY(store.checkPassword(user, domain, password)); // untouched
    QCOMPARE(store.add(user, QStringLiteral("nope.example"), password).error().code,
             QStringLiteral("domain.not_found"));
    QCOMPARE(store.add(QStringLiteral("romeo"), domain, QString()).error().code,
             QStringLiteral("password.invalid"));
    QCOMPARE(store.add(QStringLiteral("romeo"), domain, QStringLiteral("\u00AD")).error().code,
             QStringLiteral("password.invalid")); // prepares to nothing
    QCOMPARE(store.count(), 1);
}

void TstAccountStore::disabled()
{
    AccountStore store(m_db);
    QVERIFY(store.add(user, domain, password).ok());
    QVERIFY(store.setDisabled(user, domain, true).ok());
    QVERIFY(store.info(user, domain)->disabled);
    QVERIFY(!store.checkPassword(user, domain, password));
    QVERIFY(!store.scram(user, domain, ScramHash::Sha256));
    QVERIFY(store.setDisabled(user, domain, false).ok());
    QVERIFY(!store.info(user, domain)->disabled);
    QVERIFY(store.checkPassword(user, domain, password));
    QCOMPARE(store.setDisabled(QStringLiteral("romeo"), domain, true).error().code,
             QStringLiteral("account.not_found"));
}

void TstAccountStore::listSearchCount()
{
    AccountStore store(m_db);
    QVERIFY(DomainStore(m_db).add(QStringLiteral("other.example")).ok());
    for (const char *name : {"romeo", "juliet", "benvolio", "mercutio", "100%_real"})
        QVERIFY(store.add(QLatin1String(name), domain, QStringLiteral("pw")).ok());
    QVERIFY(store.add(QStringLiteral("romeo"), QStringLiteral("other.example"), QStringLiteral("pw")).ok());

    QCOMPARE(store.count(), 6);
    QCOMPARE(store.count(domain), 5);
    QCOMPARE(store.count(QStringLiteral("other.example")), 1);
    QCOMPARE(store.count(QStringLiteral("nope.example")), 0);

    auto users = [](const QList<AccountInfo> &list) {
        QStringList out;
        for (const AccountInfo &a : list)
            out << a.user + u'@' + a.domain;
        return out;
    };
    QCOMPARE(users(store.list(domain)),
             (QStringList{QStringLiteral("100%_real@example.org"), QStringLiteral("benvolio@example.org"),
                          QStringLiteral("juliet@example.org"), QStringLiteral("mercutio@example.org"),
                          QStringLiteral("romeo@example.org")}));
    QCOMPARE(users(store.list(domain, QStringLiteral("o"))).size(), 3); // romeo, benvolio, mercutio
    QCOMPARE(users(store.list({}, QStringLiteral("rom"))),
             (QStringList{QStringLiteral("romeo@example.org"), QStringLiteral("romeo@other.example")}));
    // LIKE wildcards in the search text are literal.
    QCOMPARE(users(store.list(domain, QStringLiteral("%_"))),
             QStringList{QStringLiteral("100%_real@example.org")});
    QVERIFY(store.list(domain, QStringLiteral("_o")).isEmpty());
    // Paging.
    QCOMPARE(users(store.list(domain, {}, 2, 1)),
             (QStringList{QStringLiteral("benvolio@example.org"), QStringLiteral("juliet@example.org")}));
    QCOMPARE(store.list({}, {}, 1000, 6).size(), 0);
}

void TstAccountStore::remove()
{
    AccountStore store(m_db);
    QVERIFY(store.add(user, domain, password).ok());
    QVERIFY(store.remove(user, domain).ok());
    QVERIFY(!store.exists(user, domain));
    QCOMPARE(store.remove(user, domain).error().code, QStringLiteral("account.not_found"));
    QVERIFY(store.add(user, domain, password).ok()); // the name is free again
}

void TstAccountStore::domainRemovalCascades()
{
    AccountStore store(m_db);
    DomainStore domains(m_db);
    QVERIFY(domains.add(QStringLiteral("other.example")).ok());
    QVERIFY(store.add(user, domain, password).ok());
    QVERIFY(store.add(QStringLiteral("romeo"), domain, password).ok());
    QVERIFY(store.add(user, QStringLiteral("other.example"), password).ok());
    QVERIFY(domains.remove(domain).ok());
    QCOMPARE(store.count(domain), 0);
    QVERIFY(!store.exists(user, domain));
    QVERIFY(store.exists(user, QStringLiteral("other.example")));
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE domain = 'example.org'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TstAccountStore)
#include "tst_accountstore.moc"
