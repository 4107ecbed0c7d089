#include "connection/passwordvault.h"

#include <qt6keychain/keychain.h>

namespace confab::manager {

namespace {

QString problemOf(QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
        return {};
    return PasswordVault::tr("The system keychain cannot be used (%1). The manager works without it, "
                             "but asks for the password each time.")
        .arg(job->errorString());
}

} // namespace

PasswordVault::PasswordVault(QObject *parent) : QObject(parent) {}

void PasswordVault::read(const QString &account, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(account);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        auto *rj = static_cast<QKeychain::ReadPasswordJob *>(j);
        done(j->error() == QKeychain::NoError, rj->textData(), problemOf(j));
    });
    job->start();
}

void PasswordVault::write(const QString &account, const QString &password, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(account);
    job->setTextData(password);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) { done(problemOf(j)); });
    job->start();
}

void PasswordVault::remove(const QString &account, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(account);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) { done(problemOf(j)); });
    job->start();
}

} // namespace confab::manager
