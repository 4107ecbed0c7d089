#pragma once
// The method table and what a handler gets. Each method group registers its handlers from its own
// file in handlers/; the server only dispatches.
#include "control/controlserver.h"
#include <QHash>
#include <QJsonValue>

namespace confab::control {

class ControlConnection;

struct Call
{
    ControlContext &ctx;
    ControlConnection &connection;
    const QJsonObject &params;
};

// Handlers answer synchronously: a result value or an Error (never an exception).
using Handler = Result<QJsonValue> (*)(Call &call);

struct MethodTable
{
    QHash<QString, Handler> methods;
    void add(const char *name, Handler handler) { methods.insert(QString::fromLatin1(name), handler); }
};

void addServerMethods(MethodTable &table);   // server.status
void addDomainMethods(MethodTable &table);   // domains.*
void addUserMethods(MethodTable &table);     // users.*
void addSettingsMethods(MethodTable &table); // settings.*
void addRouteMethods(MethodTable &table);    // routes.*
void addTlsMethods(MethodTable &table);      // tls.required.*, tls.trust.*
void addCertificateMethods(MethodTable &table); // tls.cert.import
void addLogMethods(MethodTable &table);      // log.*
void addSessionMethods(MethodTable &table);  // sessions.*

// Writes an admin change to the log (tag CTRL, level Major) with the connection's id.
void logChange(const Call &call, const char *key, const QJsonObject &args = {});

} // namespace confab::control
