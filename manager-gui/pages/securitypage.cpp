#include "pages/securitypage.h"
#include "util/certificatefile.h"
#include "util/errortext.h"
#include "util/validation.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

namespace confab::manager {

namespace {
QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}
QString date(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat) : iso;
}
} // namespace

SecurityPage::SecurityPage(Session *session, QWidget *parent) : Page(session, parent)
{
    setHeading(title());
    auto *top = new QHBoxLayout;

    auto *required = new QGroupBox(tr("Send encrypted only"), this);
    auto *rl = new QVBoxLayout(required);
    auto *rIntro = new QLabel(tr("confabd talks to these remote domains only over TLS with a valid certificate."), required);
    rIntro->setWordWrap(true);
    rl->addWidget(rIntro);
    m_required = new QListWidget(required);
    rl->addWidget(m_required, 1);
    auto *addRow = new QHBoxLayout;
    m_pattern = new QLineEdit(required);
    m_pattern->setObjectName(QStringLiteral("tlsPattern"));
    m_pattern->setPlaceholderText(QStringLiteral("*.bank.example"));
    auto *add = new QPushButton(tr("Add"), required);
    auto *remove = new QPushButton(tr("Remove"), required);
    addRow->addWidget(m_pattern, 1);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    rl->addLayout(addRow);
    top->addWidget(required, 1);

    auto *trusted = new QGroupBox(tr("Trusted certificate authorities"), this);
    auto *tl = new QVBoxLayout(trusted);
    auto *tIntro = new QLabel(tr("Trusted for server-to-server TLS in addition to the system's."), trusted);
    tIntro->setWordWrap(true);
    tl->addWidget(tIntro);
    m_trusted = makeTable({tr("Subject"), tr("Valid until"), tr("SHA-256")}, trusted);
    tl->addWidget(m_trusted, 1);
    auto *tButtons = new QHBoxLayout;
    auto *trustAdd = new QPushButton(tr("Add from file…"), trusted);
    auto *trustRemove = new QPushButton(tr("Remove"), trusted);
    tButtons->addWidget(trustAdd);
    tButtons->addWidget(trustRemove);
    tButtons->addStretch();
    tl->addLayout(tButtons);
    top->addWidget(trusted, 2);
    body()->addLayout(top, 1);

    auto *certs = new QGroupBox(tr("Certificates of the hosted domains"), this);
    auto *cl = new QVBoxLayout(certs);
    m_certs = makeTable({tr("Domain"), tr("Valid until"), tr("Issued by"), tr("Names")}, certs);
    cl->addWidget(m_certs, 1);
    auto *import = new QPushButton(tr("Import certificate…"), certs);
    auto *cButtons = new QHBoxLayout;
    cButtons->addWidget(import);
    cButtons->addStretch();
    cl->addLayout(cButtons);
    body()->addWidget(certs, 1);

    connect(add, &QPushButton::clicked, this, &SecurityPage::addRequired);
    connect(m_pattern, &QLineEdit::returnPressed, this, &SecurityPage::addRequired);
    connect(m_pattern, &QLineEdit::textEdited, this, [this] { markValid(m_pattern); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (auto *item = m_required->currentItem())
            request(QStringLiteral("tls.required.remove"), {{"pattern", item->text()}}, [this](const QJsonValue &) { refresh(); });
    });
    connect(trustAdd, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Trust a CA certificate"), {},
                                                          tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty())
            addTrusted(path);
    });
    connect(trustRemove, &QPushButton::clicked, this, [this] {
        const auto rows = m_trusted->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            request(QStringLiteral("tls.trust.remove"), {{"id", m_trusted->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong()}},
                    [this](const QJsonValue &) { refresh(); });
    });
    connect(import, &QPushButton::clicked, this, &SecurityPage::openImportDialog);
}

void SecurityPage::refresh()
{
    request(QStringLiteral("tls.required.list"), {}, [this](const QJsonValue &r) {
        m_required->clear();
        for (const QJsonValue &v : r.toArray())
            m_required->addItem(v.toString());
    });
    request(QStringLiteral("tls.trust.list"), {}, [this](const QJsonValue &r) {
        const QJsonArray list = r.toArray();
        m_trusted->setRowCount(int(list.size()));
        for (int i = 0; i < list.size(); ++i) {
            const QJsonObject c = list[i].toObject();
            auto *subject = new QTableWidgetItem(c.value("subject").toString());
            subject->setData(Qt::UserRole, c.value("id").toVariant());
            m_trusted->setItem(i, 0, subject);
            m_trusted->setItem(i, 1, new QTableWidgetItem(date(c.value("notAfter").toString())));
            m_trusted->setItem(i, 2, new QTableWidgetItem(c.value("sha256").toString()));
        }
    });
    request(QStringLiteral("server.status"), {}, [this](const QJsonValue &r) {
        const QJsonArray list = r.toObject().value("certificates").toArray();
        m_certs->setRowCount(int(list.size()));
        for (int i = 0; i < list.size(); ++i) {
            const QJsonObject c = list[i].toObject();
            QStringList names;
            for (const QJsonValue &n : c.value("names").toArray())
                names.append(n.toString());
            m_certs->setItem(i, 0, new QTableWidgetItem(c.value("domain").toString()));
            m_certs->setItem(i, 1, new QTableWidgetItem(date(c.value("notAfter").toString())));
            m_certs->setItem(i, 2, new QTableWidgetItem(c.value("selfSigned").toBool() ? tr("self-signed") : tr("a certificate authority")));
            m_certs->setItem(i, 3, new QTableWidgetItem(names.join(QLatin1String(", "))));
        }
    });
}

void SecurityPage::addRequired()
{
    const auto pattern = checkPattern(m_pattern->text());
    if (!pattern) {
        const QString why = tr("Use a domain name where * stands for any characters, e.g. *.example.com.");
        markInvalid(m_pattern, why);
        showError(why);
        return;
    }
    request(QStringLiteral("tls.required.add"), {{"pattern", *pattern}}, [this](const QJsonValue &) {
        m_pattern->clear();
        clearMessage();
        refresh();
    });
}

void SecurityPage::addTrusted(const QString &pemPath)
{
    QFile f(pemPath);
    if (!f.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1.").arg(pemPath));
        return;
    }
    request(QStringLiteral("tls.trust.add"), {{"pem", QString::fromUtf8(f.readAll())}}, [this](const QJsonValue &r) {
        showInfo(tr("%n certificate(s) added.", nullptr, int(r.toArray().size())));
        refresh();
    });
}

void SecurityPage::importCertificate(const QString &domain, const QString &certificatePath, const QString &keyPath,
                                     const QString &passphrase)
{
    const auto bundle = loadCertificate(certificatePath, keyPath, passphrase);
    if (!bundle) {
        showError(bundle.error().message);
        return;
    }
    request(QStringLiteral("tls.cert.import"),
            {{"domain", domain}, {"certificate", QString::fromUtf8(bundle->chainPem)}, {"key", QString::fromUtf8(bundle->keyPem)}},
            [this, domain](const QJsonValue &r) {
                showInfo(tr("%1 now uses the certificate for %2.").arg(domain, r.toObject().value("subject").toString()));
                refresh();
            });
}

void SecurityPage::openImportDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Import certificate"));
    auto *form = new QFormLayout(&dialog);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *domain = new QComboBox(&dialog);
    for (int i = 0; i < m_certs->rowCount(); ++i)
        domain->addItem(m_certs->item(i, 0)->text());
    auto *cert = new QLineEdit(&dialog);
    auto *key = new QLineEdit(&dialog);
    auto *pass = new QLineEdit(&dialog);
    pass->setEchoMode(QLineEdit::Password);
    auto browse = [&dialog, this](QLineEdit *target) {
        const QString p = QFileDialog::getOpenFileName(&dialog, tr("Choose a file"), {},
                                                       tr("Certificates and keys (*.pem *.crt *.key *.pfx *.p12);;All files (*)"));
        if (!p.isEmpty())
            target->setText(p);
    };
    auto row = [&](QLineEdit *field) {
        auto *l = new QHBoxLayout;
        auto *b = new QPushButton(tr("Browse…"), &dialog);
        connect(b, &QPushButton::clicked, &dialog, [browse, field] { browse(field); });
        l->addWidget(field, 1);
        l->addWidget(b);
        return l;
    };
    form->addRow(tr("Domain:"), domain);
    form->addRow(tr("Certificate (PEM or PFX):"), row(cert));
    form->addRow(tr("Private key (PEM; not for PFX):"), row(key));
    form->addRow(tr("Passphrase (PFX or encrypted key):"), pass);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        importCertificate(domain->currentText(), cert->text(), key->text(), pass->text());
}

} // namespace confab::manager
